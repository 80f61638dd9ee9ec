// botbuilder Storage over the database (table bot_state): atomic batches and eTag checks done in SQL.
import { randomUUID } from 'node:crypto';
import type { Storage, StoreItems } from 'botbuilder';
import { StorageConflictError } from './errors';
import { giveText, takeText } from './itemText';
import { toJsonText } from './jsonText';
import { StateCache, type StateCacheOptions } from './stateCache';
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

export interface StateRow {
  key: string;
  etag: string;
  /** The item as JSON text: every reader parses its own copy. */
  data: string;
}

interface ReadBatch {
  keys: Set<string>;
  rows: Promise<Map<string, StateRow>>;
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
  /** Rows this instance wrote: their text is JSON.stringify's own, so the item read from it stringifies to it again. */
  private readonly ownRows = new WeakSet<StateRow>();

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
      if (!row) continue;
      const item = withETag(JSON.parse(row.data), row.etag);
      if (this.ownRows.has(row) && typeof item === 'object' && item !== null) giveText(item, row.data);
      items[key] = item;
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
    // Taken now, before any await: the text describes the item as it is at this moment.
    const texts = new Map(keys.map((key) => [key, takeText(changes[key])]));
    const done = this.cache?.writing(keys);
    try {
      // One statement is atomic by itself: a single key (the usual turn) needs no BEGIN/COMMIT round trips.
      if (keys.length === 1) await this.writeOne(this.db, keys[0], changes[keys[0]], updatedAt, written, texts.get(keys[0]));
      else {
        await this.db.transaction(async (tx) => {
          for (const key of keys) await this.writeOne(tx, key, changes[key], updatedAt, written, texts.get(key));
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

  private async writeOne(tx: Session, key: string, item: unknown, updatedAt: string, written: Map<string, StateRow | null>, text?: string): Promise<void> {
    const { eTag, data } = splitETag(item);
    // A given text is JSON.stringify of the item without its eTag, which is what `data` is.
    const row: StateRow = { key, etag: this.newETag(), data: toJsonText(data, isPlainObject(item) ? text : undefined) };
    this.ownRows.add(row);
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
