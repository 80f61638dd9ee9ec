// botbuilder Storage over the database (table bot_state): atomic batches and eTag checks done in SQL.
import { randomUUID } from 'node:crypto';
import type { Storage, StoreItems } from 'botbuilder';
import { StorageConflictError } from './errors';
import { toJsonText } from './jsonText';
import type { Database, Session } from './types';

export interface SqlStorageOptions {
  /** The clock for `updated_at` (retention); tests pass a fixed one. */
  now?: () => Date;
  /** Makes a new eTag for every write; random UUIDs by default. */
  newETag?: () => string;
  /**
   * Keeps the rows this instance last read or wrote, so a turn's read needs no statement (see `StateCache`). Only for a
   * database that nothing else writes `bot_state` in: the embedded PGlite, which one process opens, with this instance
   * the only `SqlStorage` on it. Never with a PostgreSQL server that several instances share.
   */
  cache?: boolean | StateCacheOptions;
}

export interface StateCacheOptions {
  /** Upper bound on the JSON text kept, in characters (oldest dropped first); 4 million by default. */
  maxChars?: number;
  /** An entry older than this is read from the database again; 10 minutes by default. */
  maxAgeMs?: number;
}

interface StateRow {
  key: string;
  etag: string;
  /** The item as JSON text: every reader parses its own copy. */
  data: string;
}

interface ReadBatch {
  keys: Set<string>;
  rows: Promise<Map<string, StateRow>>;
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
class StateCache {
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

const UPSERT = `
  INSERT INTO bot_state (key, etag, data, updated_at) VALUES ($1, $2, $3::jsonb, $4::timestamptz)
  ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, data = excluded.data, updated_at = excluded.updated_at`;

const UPDATE_IF_MATCH = `
  UPDATE bot_state SET etag = $2, data = $3::jsonb, updated_at = $4::timestamptz
  WHERE key = $1 AND etag = $5
  RETURNING key`;

/**
 * botbuilder `Storage` over PGlite or PostgreSQL (table `bot_state`, migration 001).
 *
 * Guarantees, the same for every instance sharing one database:
 * - `read(keys)` returns only the keys that exist, each a fresh copy with its current `eTag`. Reads started in the
 *   same tick (a turn loads its conversation and user state together) share one statement.
 * - Every write stores a new random eTag. An item without `eTag` or with `eTag: '*'` is written
 *   unconditionally (last writer wins; botbuilder's BotState always writes this way).
 * - An item with another `eTag` is written only when it equals the stored eTag, checked in the same
 *   SQL statement as the update; otherwise the write fails with `StorageConflictError` naming the key.
 *   Unlike botbuilder's MemoryStorage, a missing item is a conflict too, so a stale writer cannot bring
 *   back state that was deleted (retention, "mijn gegevens").
 * - A whole `write(changes)` batch is atomic (one statement for one key, else one transaction): on any
 *   conflict or error nothing is written.
 *   Keys are written in sorted order, so concurrent batches cannot deadlock each other.
 * - Of concurrent writes carrying the same eTag, exactly one succeeds; the others get a conflict.
 * - `delete(keys)` removes what exists; missing keys are fine.
 * - Items are stored as JSON (jsonb): what JSON cannot hold (functions, undefined, Date objects) does not
 *   round-trip; NUL characters are dropped and lone surrogates become U+FFFD. Keys are any string without NUL.
 * - With `cache` (embedded PGlite only), reads of rows this instance wrote or read last are answered from memory; the
 *   guarantees above hold as long as nothing else writes the table (see `StateCache`).
 */
export class SqlStorage implements Storage {
  private readonly now: () => Date;
  private readonly newETag: () => string;
  private batch?: ReadBatch;
  private readonly cache?: StateCache;

  constructor(
    private readonly db: Database,
    options: SqlStorageOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.newETag = options.newETag ?? randomUUID;
    if (options.cache) this.cache = new StateCache(options.cache === true ? {} : options.cache);
  }

  async read(keys: string[]): Promise<StoreItems> {
    if (!Array.isArray(keys)) throw new ReferenceError('Keys are required when reading.');
    const items: StoreItems = {};
    if (keys.length === 0) return items;
    let missing = keys;
    const known = new Map<string, StateRow | null>();
    if (this.cache) {
      for (const key of keys) {
        const row = this.cache.get(key);
        if (row !== undefined) known.set(key, row);
      }
      missing = keys.filter((key) => !known.has(key));
    }
    const rows = missing.length > 0 ? await this.rowsOf(missing) : undefined;
    for (const key of keys) {
      const row = known.has(key) ? known.get(key) : rows?.get(key);
      if (row) items[key] = withETag(JSON.parse(row.data), row.etag);
    }
    return items;
  }

  /** Joins the reads of this tick: the first one schedules the statement, later ones add their keys to it. */
  private rowsOf(keys: string[]): Promise<Map<string, StateRow>> {
    if (!this.batch) {
      const wanted = new Set<string>();
      const rows = new Promise<void>((resolve) => queueMicrotask(resolve)).then(async () => {
        this.batch = undefined;
        const cache = this.cache;
        const mark = cache?.reading() ?? 0;
        try {
          const found = await this.db.query<StateRow>('SELECT key, etag, data::text AS data FROM bot_state WHERE key = ANY($1::text[])', [[...wanted]]);
          const byKey = new Map(found.map((row) => [row.key, row]));
          if (cache) for (const key of wanted) cache.filled(key, byKey.get(key) ?? null, mark);
          return byKey;
        } finally {
          cache?.readDone();
        }
      });
      this.batch = { keys: wanted, rows };
    }
    for (const key of keys) this.batch.keys.add(key);
    return this.batch.rows;
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes || typeof changes !== 'object') throw new ReferenceError('Changes are required when writing.');
    const keys = Object.keys(changes).sort();
    if (keys.length === 0) return;
    const updatedAt = this.now().toISOString();
    const written = new Map<string, StateRow | null>();
    const done = this.cache?.writing(keys);
    try {
      // One statement is atomic by itself: a single key (the usual turn) needs no BEGIN/COMMIT round trips.
      if (keys.length === 1) await this.writeOne(this.db, keys[0], changes[keys[0]], updatedAt, written);
      else {
        await this.db.transaction(async (tx) => {
          for (const key of keys) await this.writeOne(tx, key, changes[key], updatedAt, written);
        });
      }
    } catch (error) {
      done?.(undefined);
      throw error;
    }
    done?.(written);
  }

  async delete(keys: string[]): Promise<void> {
    if (!Array.isArray(keys)) throw new ReferenceError('Keys are required when deleting.');
    if (keys.length === 0) return;
    const done = this.cache?.writing(keys);
    try {
      await this.db.query('DELETE FROM bot_state WHERE key = ANY($1::text[])', [keys]);
    } catch (error) {
      done?.(undefined);
      throw error;
    }
    done?.(new Map(keys.map((key) => [key, null])));
  }

  /** Privacy retention: deletes all state not written since `cutoff`; returns how many items were deleted. */
  async deleteOlderThan(cutoff: Date): Promise<number> {
    // Emptied before and after: a read that started before the delete cannot fill the cache with a deleted row.
    this.cache?.clear();
    try {
      const rows = await this.db.query<{ deleted: number }>(
        `WITH gone AS (DELETE FROM bot_state WHERE updated_at < $1::timestamptz RETURNING 1)
         SELECT count(*)::int AS deleted FROM gone`,
        [cutoff.toISOString()],
      );
      return rows[0]?.deleted ?? 0;
    } finally {
      this.cache?.clear();
    }
  }

  private async writeOne(tx: Session, key: string, item: unknown, updatedAt: string, written: Map<string, StateRow | null>): Promise<void> {
    const { eTag, data } = splitETag(item);
    const row: StateRow = { key, etag: this.newETag(), data: toJsonText(data) };
    const params = [key, row.etag, row.data, updatedAt];
    if (eTag === undefined || eTag === '*') {
      await tx.query(UPSERT, params);
    } else {
      const updated = await tx.query(UPDATE_IF_MATCH, [...params, eTag]);
      if (updated.length === 0) throw new StorageConflictError(key);
    }
    written.set(key, row);
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Separates the eTag (not stored in data) from the item; an empty eTag counts as none. */
function splitETag(item: unknown): { eTag?: string; data: unknown } {
  if (!isPlainObject(item)) return { data: item };
  const { eTag, ...data } = item;
  return { eTag: eTag === undefined || eTag === null || eTag === '' ? undefined : String(eTag), data };
}

function withETag(data: unknown, eTag: string): unknown {
  return isPlainObject(data) ? { ...data, eTag } : data;
}
