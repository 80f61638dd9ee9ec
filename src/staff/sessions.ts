// Sign-in sessions in the database: a random token in the cookie (only its hash stored), a CSRF token, idle and absolute expiry.
import { createHash, randomBytes } from 'node:crypto';
import type { Database } from '../storage/types';
import type { StaffAccounts } from './accounts';
import type { StaffActor } from './actor';

const hash = (token: string) => createHash('sha256').update(token).digest('hex');
const IDLE_MS = 60 * 60 * 1000;

export interface StaffSession {
  actor: StaffActor;
  csrf: string;
  expiresAt: string;
}

export class StaffSessions {
  constructor(
    private readonly db: Database,
    private readonly accounts: StaffAccounts,
    private readonly lifetimeHours: number,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async create(actor: StaffActor): Promise<{ token: string; session: StaffSession }> {
    const token = randomBytes(32).toString('base64url');
    const csrf = randomBytes(24).toString('base64url');
    const now = this.clock();
    const expiresAt = new Date(now.getTime() + this.lifetimeHours * 60 * 60 * 1000).toISOString();
    await this.db.query(
      'INSERT INTO staff_sessions (id, user_id, csrf, created_at, last_seen_at, expires_at) VALUES ($1, $2, $3, $4, $4, $5)',
      [hash(token), actor.id, csrf, now.toISOString(), expiresAt],
    );
    return { token, session: { actor, csrf, expiresAt } };
  }

  /** The live session for a cookie token; an expired or idle one is removed. Each use moves the idle limit on. */
  async find(token: string): Promise<StaffSession | undefined> {
    const now = this.clock();
    const rows = await this.db.query<{ user_id: number; csrf: string; last_seen_at: Date | string; expires_at: Date | string }>(
      'SELECT user_id, csrf, last_seen_at, expires_at FROM staff_sessions WHERE id = $1', [hash(token)],
    );
    const row = rows[0];
    if (!row) return undefined;
    const expired = new Date(row.expires_at) <= now || new Date(row.last_seen_at).getTime() + IDLE_MS <= now.getTime();
    const actor = expired ? undefined : await this.accounts.findById(Number(row.user_id));
    if (!actor || actor.disabled) {
      await this.destroy(token);
      return undefined;
    }
    await this.db.query('UPDATE staff_sessions SET last_seen_at = $2 WHERE id = $1', [hash(token), now.toISOString()]);
    return { actor, csrf: row.csrf, expiresAt: new Date(row.expires_at).toISOString() };
  }

  async destroy(token: string): Promise<void> {
    await this.db.query('DELETE FROM staff_sessions WHERE id = $1', [hash(token)]);
  }

  async prune(): Promise<number> {
    const now = this.clock();
    return (await this.db.query('DELETE FROM staff_sessions WHERE expires_at <= $1 OR last_seen_at <= $2 RETURNING id',
      [now.toISOString(), new Date(now.getTime() - IDLE_MS).toISOString()])).length;
  }
}
