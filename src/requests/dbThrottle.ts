// Counts failed tries per key in the database, so a limit holds across instances and restarts (sign-in, status questions).
import type { Database } from '../storage/types';

export class DbThrottle {
  constructor(
    private readonly db: Database,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** How many tries were recorded for this key within the window before now. */
  async count(bucket: string, key: string, windowMs: number, now: Date = this.clock()): Promise<number> {
    const rows = await this.db.query<{ n: number }>(
      'SELECT count(*) AS n FROM throttle_events WHERE bucket = $1 AND key = $2 AND at > $3',
      [bucket, key, new Date(now.getTime() - windowMs).toISOString()],
    );
    return Number(rows[0]?.n ?? 0);
  }

  async hit(bucket: string, key: string, now: Date = this.clock()): Promise<void> {
    await this.db.query('INSERT INTO throttle_events (bucket, key, at) VALUES ($1, $2, $3)', [bucket, key, now.toISOString()]);
  }

  async clear(bucket: string, key: string): Promise<void> {
    await this.db.query('DELETE FROM throttle_events WHERE bucket = $1 AND key = $2', [bucket, key]);
  }

  /** Old tries no window looks at any more. */
  async prune(before: Date): Promise<number> {
    return (await this.db.query('DELETE FROM throttle_events WHERE at < $1 RETURNING bucket', [before.toISOString()])).length;
  }
}
