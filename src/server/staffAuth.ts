// Who is calling a staff route: a service account by bearer token (API) or a person by session cookie (pages); and from where.
import type { Request } from 'restify';
import { HttpError } from '../errors';
import type { StaffAccounts } from '../staff/accounts';
import type { StaffActor } from '../staff/actor';
import type { StaffSession, StaffSessions } from '../staff/sessions';

export const SESSION_COOKIE = 'sw_staff';

export function clientAddress(req: Request, trustProxy: boolean): string {
  const forwarded = trustProxy ? req.header('x-forwarded-for')?.split(',')[0]?.trim() : undefined;
  return forwarded || req.socket?.remoteAddress || 'unknown';
}

/** HTTPS directly, or behind a proxy that says so (only when TRUST_PROXY=true). */
export function isHttps(req: Request, trustProxy: boolean): boolean {
  if ((req.socket as { encrypted?: boolean } | undefined)?.encrypted) return true;
  return trustProxy && req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';
}

export async function bearerActor(req: Request, accounts: StaffAccounts): Promise<StaffActor> {
  const match = /^Bearer\s+(\S+)$/.exec(req.header('authorization') ?? '');
  if (!match) throw new HttpError(401, 'unauthorized', 'Authorization: Bearer <token> is required');
  const actor = await accounts.findByToken(match[1]);
  if (!actor) throw new HttpError(401, 'unauthorized', 'token is not valid');
  return actor;
}

export function readCookie(req: Request, name: string): string | undefined {
  for (const part of (req.header('cookie') ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

export async function cookieSession(req: Request, sessions: StaffSessions): Promise<{ token: string; session: StaffSession } | undefined> {
  const token = readCookie(req, SESSION_COOKIE);
  const session = token ? await sessions.find(token) : undefined;
  return token && session ? { token, session } : undefined;
}

export function sessionCookie(token: string, maxAgeSeconds: number, secure: boolean): string {
  return [`${SESSION_COOKIE}=${encodeURIComponent(token)}`, 'Path=/staff', 'HttpOnly', 'SameSite=Strict', `Max-Age=${maxAgeSeconds}`, ...(secure ? ['Secure'] : [])].join('; ');
}
