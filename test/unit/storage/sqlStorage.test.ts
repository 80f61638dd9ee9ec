// Storage conformance suite: the same specification runs against every database provider.
import type { StoreItems } from 'botbuilder';
import { SqlStorage } from '../../../src/storage/sqlStorage';
import { StorageConflictError } from '../../../src/storage/errors';
import type { Database } from '../../../src/storage/types';
import { databaseProviders, pgliteWorkerProvider } from '../../helpers/database';

const providers = [...databaseProviders(), pgliteWorkerProvider];
const variants = providers.flatMap((provider) => [
  { name: provider.name, provider, cache: false },
  // The write-through cache is the app's choice on PGlite; the same specification holds with it.
  ...(provider.name === 'postgres' ? [] : [{ name: `${provider.name} with the state cache`, provider, cache: true }]),
]);

describe.each(variants)('SqlStorage on $name', ({ provider, cache }) => {
  let db: Database;
  let storage: SqlStorage;

  beforeAll(async () => {
    db = await provider.open();
  });
  afterAll(() => db.close());
  beforeEach(async () => {
    await db.query('DELETE FROM bot_state');
    storage = new SqlStorage(db, { cache });
  });

  /** Writes one item and returns it as read back (with its eTag). */
  async function writeAndRead(key: string, item: object): Promise<StoreItems[string]> {
    await storage.write({ [key]: item });
    return (await storage.read([key]))[key];
  }

  it('reads nothing for keys that do not exist', async () => {
    expect(await storage.read(['unknown'])).toEqual({});
    expect(await storage.read([])).toEqual({});
  });

  it('creates items and reads them back with an eTag', async () => {
    await storage.write({ a: { count: 1 }, b: { count: 2 } });
    const items = await storage.read(['a', 'b', 'missing']);
    expect(Object.keys(items).sort()).toEqual(['a', 'b']);
    expect(items.a).toEqual({ count: 1, eTag: expect.any(String) });
    expect(items.b.count).toBe(2);
    expect(items.a.eTag).not.toBe(items.b.eTag);
  });

  it('updates an item when its eTag matches, and gives it a new eTag', async () => {
    const first = await writeAndRead('a', { count: 1 });
    await storage.write({ a: { ...first, count: 2 } });
    const second = (await storage.read(['a'])).a;
    expect(second.count).toBe(2);
    expect(second.eTag).not.toBe(first.eTag);
  });

  it('refuses an update with an old eTag and names the key', async () => {
    const first = await writeAndRead('a', { count: 1 });
    await storage.write({ a: { ...first, count: 2 } });
    const error = await storage.write({ a: { ...first, count: 3 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageConflictError);
    expect(error).toMatchObject({ name: 'StorageConflictError', code: 'storage_conflict', key: 'a', context: { key: 'a' } });
    expect((await storage.read(['a'])).a.count).toBe(2);
  });

  it('refuses a write with an eTag when the item no longer exists', async () => {
    const first = await writeAndRead('a', { count: 1 });
    await storage.delete(['a']);
    await expect(storage.write({ a: { ...first, count: 2 } })).rejects.toBeInstanceOf(StorageConflictError);
    expect(await storage.read(['a'])).toEqual({});
  });

  it("overwrites whatever is stored when the eTag is '*' or absent", async () => {
    await writeAndRead('a', { count: 1 });
    await storage.write({ a: { count: 2, eTag: '*' } });
    expect((await storage.read(['a'])).a.count).toBe(2);
    await storage.write({ a: { count: 3 } });
    expect((await storage.read(['a'])).a.count).toBe(3);
  });

  it('deletes items, and deleting missing keys is fine', async () => {
    await storage.write({ a: { n: 1 }, b: { n: 2 } });
    await storage.delete(['a', 'never-written']);
    expect(Object.keys(await storage.read(['a', 'b']))).toEqual(['b']);
  });

  it('writes nothing of a batch when one item conflicts', async () => {
    const stale = await writeAndRead('z-existing', { version: 1 });
    await storage.write({ 'z-existing': { ...stale, version: 2 } });
    const batch = { 'a-new': { fresh: true }, 'm-overwrite': { eTag: '*', fresh: true }, 'z-existing': { ...stale, version: 3 } };
    await expect(storage.write(batch)).rejects.toMatchObject({ key: 'z-existing' });
    const items = await storage.read(['a-new', 'm-overwrite', 'z-existing']);
    expect(Object.keys(items)).toEqual(['z-existing']);
    expect(items['z-existing'].version).toBe(2);
  });

  it('accepts keys with any characters', async () => {
    const keys = [
      'webchat/conversations/abc-123|0000001/',
      "quotes ' \" and back\\slash",
      '%_ like wildcards *?',
      'ünïcødé 🎉 sleutel',
      ' spaces and\nnew lines\t',
      'x'.repeat(500),
    ];
    await storage.write(Object.fromEntries(keys.map((key, index) => [key, { index }])));
    const items = await storage.read(keys);
    expect(keys.map((key) => items[key]?.index)).toEqual(keys.map((_, index) => index));
    expect(await storage.read(['%'])).toEqual({});
  });

  it('reads started together share one statement, and every reader gets its own copy', async () => {
    await storage.write({ a: { nested: { count: 1 } }, b: { count: 2 } });
    const statements: string[] = [];
    const counting = new SqlStorage({ ...db, query: (sql, params) => (statements.push(sql), db.query(sql, params)) } as Database, { cache });
    const [first, second, third] = await Promise.all([counting.read(['a']), counting.read(['a', 'b']), counting.read(['missing'])]);
    expect(statements).toHaveLength(1);
    expect(first).toEqual({ a: { nested: { count: 1 }, eTag: expect.any(String) } });
    expect(Object.keys(second).sort()).toEqual(['a', 'b']);
    expect(third).toEqual({});
    first.a.nested.count = 5;
    expect(second.a.nested.count).toBe(1);
    // A read after the shared one is a statement of its own (with the cache, the shared one's rows answer it).
    expect((await counting.read(['b'])).b.count).toBe(2);
    expect(statements).toHaveLength(cache ? 1 : 2);
  });

  it('round-trips nested objects as JSON', async () => {
    const state = {
      dialogState: { dialogStack: [{ id: 'main', state: { options: {}, values: { instanceId: 'x' } } }] },
      profile: { topics: ['opvoeding', 'school'], scale: 7, consent: true, phone: null },
      text: 'ünïcødé "quoted" \\ 🎉',
      emptyArray: [],
    };
    const read = await writeAndRead('nested', state);
    expect(read).toEqual({ ...state, eTag: expect.any(String) });
  });

  it('lets exactly one of several concurrent writes with the same eTag win', async () => {
    const original = await writeAndRead('contested', { winner: 'none' });
    const writers = Array.from({ length: 5 }, (_, i) => new SqlStorage(db).write({ contested: { ...original, winner: `w${i}` } }));
    const results = await Promise.allSettled(writers);
    const winners = results.flatMap((result, i) => (result.status === 'fulfilled' ? [`w${i}`] : []));
    expect(winners).toHaveLength(1);
    for (const result of results) {
      if (result.status === 'rejected') expect(result.reason).toBeInstanceOf(StorageConflictError);
    }
    // Read by another instance: the writers were other instances than `storage` (its cache expects to be the only one).
    expect((await new SqlStorage(db).read(['contested'])).contested.winner).toBe(winners[0]);
  });

  it('deletes state not written since the retention cutoff', async () => {
    let now = new Date('2025-01-01T10:00:00Z');
    const clocked = new SqlStorage(db, { now: () => now, cache });
    await clocked.write({ old: { n: 1 }, touched: { n: 2 } });
    now = new Date('2025-03-01T10:00:00Z');
    await clocked.write({ touched: { n: 3 }, recent: { n: 4 } });
    expect(await clocked.deleteOlderThan(new Date('2025-02-01T00:00:00Z'))).toBe(1);
    expect(Object.keys(await clocked.read(['old', 'touched', 'recent'])).sort()).toEqual(['recent', 'touched']);
    expect(await clocked.deleteOlderThan(new Date('2025-02-01T00:00:00Z'))).toBe(0);
  });
});

describe.each(providers)('the state cache of SqlStorage on $name', (provider) => {
  let db: Database;
  let statements: string[];
  /** The database, counting statements; `hold` makes the next statements wait until released. */
  let counting: Database;
  let held: Array<() => void>;
  let holding: boolean;

  beforeAll(async () => {
    db = await provider.open();
  });
  afterAll(() => db.close());
  beforeEach(async () => {
    await db.query('DELETE FROM bot_state');
    statements = [];
    held = [];
    holding = false;
    counting = {
      ...db,
      kind: db.kind,
      query: async (sql: string, params?: unknown[]) => {
        statements.push(sql.trim().split(/\s+/)[0]);
        const result = db.query(sql, params);
        if (holding) await new Promise<void>((resolve) => held.push(resolve));
        return result;
      },
      transaction: (fn) => db.transaction(fn),
    } as Database;
  });
  const release = () => {
    holding = false;
    for (const resolve of held.splice(0)) resolve();
  };

  it('answers a read of what it wrote last without a statement, each reader with its own copy', async () => {
    const storage = new SqlStorage(counting, { cache: true });
    await storage.write({ a: { nested: { n: 1 } } });
    const [first, second] = await Promise.all([storage.read(['a']), storage.read(['a'])]);
    expect(statements).toEqual(['INSERT']);
    expect(first.a).toEqual({ nested: { n: 1 }, eTag: expect.any(String) });
    first.a.nested.n = 2;
    expect(second.a.nested.n).toBe(1);
    // The eTag it hands out is the stored one: a conditional write with it succeeds, with an older one it fails.
    const stored = await new SqlStorage(db).read(['a']);
    expect(first.a.eTag).toBe(stored.a.eTag);
    await storage.write({ a: { ...second.a, nested: { n: 3 } } });
    await expect(storage.write({ a: { ...second.a, nested: { n: 4 } } })).rejects.toBeInstanceOf(StorageConflictError);
    expect((await storage.read(['a'])).a.nested.n).toBe(3);
    expect((await new SqlStorage(db).read(['a'])).a.nested.n).toBe(3);
  });

  it('remembers rows it read, and keys that do not exist, until written or deleted', async () => {
    await new SqlStorage(db).write({ a: { n: 1 } });
    const storage = new SqlStorage(counting, { cache: true });
    expect(Object.keys(await storage.read(['a', 'missing']))).toEqual(['a']);
    expect(Object.keys(await storage.read(['a', 'missing']))).toEqual(['a']);
    expect(statements).toEqual(['SELECT']);
    await storage.write({ missing: { n: 2 } });
    expect((await storage.read(['missing'])).missing.n).toBe(2);
    await storage.delete(['a']);
    expect(await storage.read(['a'])).toEqual({});
    expect(statements).toEqual(['SELECT', 'INSERT', 'DELETE']);
  });

  it('keeps nothing of a failed write: the next read asks the database', async () => {
    const storage = new SqlStorage(counting, { cache: true });
    await storage.write({ z: { v: 1 } });
    const stale = (await storage.read(['z'])).z;
    await storage.write({ z: { ...stale, v: 2 } });
    await expect(storage.write({ a: { fresh: true }, z: { ...stale, v: 3 } })).rejects.toBeInstanceOf(StorageConflictError);
    const items = await storage.read(['a', 'z']);
    expect(Object.keys(items)).toEqual(['z']);
    expect(items.z.v).toBe(2);
    expect(statements[statements.length - 1]).toBe('SELECT');
  });

  it('never serves the row a read brought back when a write of that key raced it', async () => {
    const storage = new SqlStorage(counting, { cache: true });
    await new SqlStorage(db).write({ k: { v: 'old' } });
    holding = true;
    const reading = storage.read(['k']);
    await new Promise((resolve) => setTimeout(resolve, 20));
    holding = false;
    // The write runs while the read's answer is held back.
    await storage.write({ k: { v: 'new' } });
    release();
    expect((await reading).k.v).toBe('old');
    expect((await storage.read(['k'])).k.v).toBe('new');
    // And a read sent while a write is in flight goes to the database, and does not fill the cache either.
    holding = true;
    const writing = storage.write({ k: { v: 'newer' } });
    await new Promise((resolve) => setTimeout(resolve, 20));
    holding = false;
    const during = await storage.read(['k']);
    expect(['new', 'newer']).toContain(during.k.v);
    release();
    await writing;
    expect((await storage.read(['k'])).k.v).toBe('newer');
    expect((await new SqlStorage(db).read(['k'])).k.v).toBe('newer');
  });

  it('keeps nothing when two writes of one key overlap', async () => {
    const storage = new SqlStorage(counting, { cache: true });
    holding = true;
    const first = storage.write({ k: { v: 1 } });
    const second = storage.write({ k: { v: 2 } });
    await new Promise((resolve) => setTimeout(resolve, 20));
    release();
    await Promise.all([first, second]);
    statements = [];
    const stored = (await new SqlStorage(db).read(['k'])).k.v;
    expect((await storage.read(['k'])).k.v).toBe(stored);
    expect(statements).toEqual(['SELECT']);
  });

  it('is emptied by retention, and forgets entries older than its age limit or beyond its size', async () => {
    let now = new Date('2025-01-01T10:00:00Z');
    const storage = new SqlStorage(counting, { now: () => now, cache: true });
    await storage.write({ old: { n: 1 } });
    now = new Date('2025-03-01T10:00:00Z');
    expect(await storage.deleteOlderThan(new Date('2025-02-01T00:00:00Z'))).toBe(1);
    expect(await storage.read(['old'])).toEqual({});

    const small = new SqlStorage(counting, { cache: { maxChars: 40, maxAgeMs: 50 } });
    await small.write({ a: { text: 'x'.repeat(10) } });
    await small.write({ b: { text: 'y'.repeat(10) } });
    statements = [];
    expect((await small.read(['b'])).b.text).toBe('y'.repeat(10));
    expect(statements).toEqual([]);
    expect((await small.read(['a'])).a.text).toBe('x'.repeat(10));
    expect(statements).toEqual(['SELECT']);
    await new Promise((resolve) => setTimeout(resolve, 80));
    await small.read(['a']);
    expect(statements).toEqual(['SELECT', 'SELECT']);
  });
});
