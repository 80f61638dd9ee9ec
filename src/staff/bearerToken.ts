// Checks an "Authorization: Bearer <token>" header against the configured service-account token, in constant time.
import { createHash, timingSafeEqual } from 'node:crypto';
import { HttpError } from '../errors';

const digest = (value: string) => createHash('sha256').update(value).digest();

export function requireBearer(authorization: string | undefined, expected: string | undefined): void {
  if (!expected) throw new HttpError(401, 'staff_api_disabled', 'STAFF_API_TOKEN is not configured on this server');
  const match = /^Bearer\s+(\S+)$/.exec(authorization ?? '');
  if (!match) throw new HttpError(401, 'unauthorized', 'Authorization: Bearer <token> is required');
  if (!timingSafeEqual(digest(match[1]), digest(expected))) throw new HttpError(401, 'unauthorized', 'token is not valid');
}
