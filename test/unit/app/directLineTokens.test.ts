// Direct Line tokens: bound to one conversation and user, refused when forged or expired.
import { DirectLineTokens } from '../../../src/directline/tokens';
import { HttpError } from '../../../src/errors';

describe('Direct Line tokens', () => {
  let now = new Date('2026-11-25T10:00:00Z');
  const tokens = new DirectLineTokens('a-secret-of-at-least-thirty-two-chars!', 60, () => now);

  it('carries the conversation and user it was issued for', () => {
    const { token, expiresIn } = tokens.issue('conv', 'dl_user');
    expect(expiresIn).toBe(60);
    expect(tokens.verify(`Bearer ${token}`)).toMatchObject({ conversationId: 'conv', userId: 'dl_user' });
  });

  it('refuses a token signed with another secret, a tampered one and a missing one', () => {
    const other = new DirectLineTokens('another-secret-of-at-least-thirty-two!', 60, () => now).issue('conv', 'u').token;
    expect(() => tokens.verify(`Bearer ${other}`)).toThrow(HttpError);
    const [payload, signature] = tokens.issue('conv', 'u').token.split('.');
    const forged = Buffer.from(JSON.stringify({ conversationId: 'other', userId: 'u', exp: 9e9 })).toString('base64url');
    expect(() => tokens.verify(`Bearer ${forged}.${signature}`)).toThrow(/not valid/);
    expect(() => tokens.verify(`Bearer ${payload}`)).toThrow(/Bearer/);
    try {
      tokens.verify(undefined);
    } catch (error) {
      expect((error as HttpError).status).toBe(401);
    }
  });

  it('refuses an expired token with 401', () => {
    const { token } = tokens.issue('conv', 'u');
    now = new Date(now.getTime() + 61_000);
    expect(() => tokens.verify(`Bearer ${token}`)).toThrow(expect.objectContaining({ status: 401, code: 'token_expired' }));
  });
});
