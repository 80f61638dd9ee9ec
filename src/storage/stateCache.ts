// The write-through cache of SqlStorage: what this instance knows `bot_state` holds for the keys it read or wrote last.
import type { StateRow } from './sqlStorage';

export interface StateCacheOptions {
  /** Upper bound on the JSON text kept, in characters (oldest dropped first); 4 million by default. */
  maxChars?: number;
  /** An entry older than this is read from the database again; 10 minutes by default. */
  maxAgeMs?: number;
}

interface CachedRow {
  /** The row as stored, or null: known not to exist. */
  row: StateRow | null;
  at: number;
}

/**
 * What this instance knows `bot_state` holds, for the keys it read or wrote last: a write-through cache.
 *
 * - A write or delete forgets its keys before its statement is sent. When it succeeded, and no other write of the same
 *   key overlapped it, what it wrote is kept; a failed or overlapped write leaves the key unknown, so the next read asks
 *   the database.
 * - A key with a write in flight is always read from the database, as without the cache.
 * - A read from the database fills the cache only for keys that no write touched (started, was in flight or finished)
 *   while that read was going, so a read that raced a write never leaves an old row behind. None of this depends on
 *   the order in which the database runs statements.
 * - The cache holds the JSON text as written; every reader parses its own copy, as from the database. (Only the order
 *   of object keys can differ from a read of the jsonb column: the cache keeps the writer's order.)
 * - Bounded in size and age; `deleteOlderThan` (retention) empties it.
 */
export class StateCache {
  private readonly entries = new Map<string, CachedRow>();
  /** Keys with a write in flight, or written while a read was in flight. */
  private readonly writes = new Map<string, { inFlight: number; contended: boolean; lastActive: number }>();
  /** Counts events: write starts and ends, reads sent, clears. */
  private counter = 0;
  private clearedAt = 0;
  private readsInFlight = 0;
  private chars = 0;
  private readonly maxChars: number;
  private readonly maxAgeMs: number;

  constructor(options: StateCacheOptions) {
    this.maxChars = options.maxChars ?? 4_000_000;
    this.maxAgeMs = options.maxAgeMs ?? 10 * 60_000;
  }

  /** The cached row (null: known absent), or undefined when the database must be asked. */
  get(key: string): StateRow | null | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (performance.now() - entry.at > this.maxAgeMs) {
      this.forget(key);
      return undefined;
    }
    return entry.row;
  }

  /** Right before a read's statement; pass the mark to `filled` for each key, then call `readDone`. */
  reading(): number {
    this.readsInFlight += 1;
    return this.counter;
  }

  filled(key: string, row: StateRow | null, mark: number): void {
    if (mark < this.clearedAt) return;
    const write = this.writes.get(key);
    if (write && (write.inFlight > 0 || write.lastActive > mark)) return;
    this.put(key, row);
  }

  readDone(): void {
    this.readsInFlight -= 1;
    if (this.readsInFlight > 0) return;
    for (const [key, write] of this.writes) if (write.inFlight === 0) this.writes.delete(key);
  }

  /** Before a write's statement: forgets the keys; the returned function records the outcome (undefined: it failed). */
  writing(keys: string[]): (rows: Map<string, StateRow | null> | undefined) => void {
    const started = ++this.counter;
    for (const key of keys) {
      this.forget(key);
      const write = this.writes.get(key);
      if (write) {
        write.contended ||= write.inFlight > 0;
        write.inFlight += 1;
        write.lastActive = started;
      } else this.writes.set(key, { inFlight: 1, contended: false, lastActive: started });
    }
    return (rows) => {
      const finished = ++this.counter;
      for (const key of keys) {
        const write = this.writes.get(key);
        if (!write) continue;
        write.inFlight -= 1;
        write.lastActive = finished;
        const alone = !write.contended;
        if (write.inFlight === 0) {
          write.contended = false;
          if (this.readsInFlight === 0) this.writes.delete(key);
        }
        if (alone && started > this.clearedAt && rows?.has(key)) this.put(key, rows.get(key) ?? null);
      }
    };
  }

  clear(): void {
    this.clearedAt = ++this.counter;
    this.entries.clear();
    this.chars = 0;
  }

  private put(key: string, row: StateRow | null): void {
    this.forget(key);
    const size = key.length + (row ? row.data.length : 0);
    if (size > this.maxChars) return;
    this.entries.set(key, { row, at: performance.now() });
    this.chars += size;
    for (const [oldest, entry] of this.entries) {
      if (this.chars <= this.maxChars) break;
      this.entries.delete(oldest);
      this.chars -= oldest.length + (entry.row ? entry.row.data.length : 0);
    }
  }

  private forget(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.chars -= key.length + (entry.row ? entry.row.data.length : 0);
  }
}
