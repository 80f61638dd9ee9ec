// Direct Line tokens for the local channel: HMAC-signed, bound to one conversation and one user, with an expiry.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { HttpError } from '../errors';

export interface TokenClaims {
  conversationId: string;
  userId: string;
  /** Expiry, seconds since the epoch. */
  exp: number;
}

export interface IssuedToken {
  token: string;
  expiresIn: number;
}

export class DirectLineTokens {
  constructor(
    private readonly secret: string,
    private readonly ttlSeconds: number,
    private readonly clock: () => Date,
  ) {}

  issue(conversationId: string, userId: string): IssuedToken {
    const exp = Math.floor(this.clock().getTime() / 1000) + this.ttlSeconds;
    const payload = Buffer.from(JSON.stringify({ conversationId, userId, exp } satisfies TokenClaims)).toString('base64url');
    return { token: `${payload}.${this.sign(payload)}`, expiresIn: this.ttlSeconds };
  }

  /** The claims of a valid, unexpired token; a forged one gets 403, an expired one 401 (get a new one). */
  verify(authorization: string | undefined): TokenClaims {
    const match = /^Bearer\s+([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/.exec(authorization ?? '');
    if (!match) throw new HttpError(authorization ? 403 : 401, 'token_missing', 'Authorization: Bearer <token> is required');
    const [, payload, signature] = match;
    const expected = Buffer.from(this.sign(payload));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw new HttpError(403, 'token_invalid', 'token is not valid');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as TokenClaims;
    if (claims.exp * 1000 <= this.clock().getTime()) throw new HttpError(401, 'token_expired', 'token has expired; get a new one');
    return claims;
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.secret).update(payload).digest('base64url');
  }
}
