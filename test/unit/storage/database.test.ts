// Database contract: the same specification for embedded PGlite and a PostgreSQL server.
import type { Database } from '../../../src/storage/types';
import { openPgliteWorkerDatabase } from '../../../src/storage/pgliteWorkerDatabase';
import { databaseProviders, pgliteWorkerProvider } from '../../helpers/database';

describe.each([...databaseProviders(), pgliteWorkerProvider])('database on $name', (provider) => {
  let db: Database;

  beforeAll(async () => {
    db = await provider.open({ migrate: false });
    await db.exec('CREATE TABLE items (id int PRIMARY KEY, label text NOT NULL); CREATE TABLE log (line text)');
  });
  afterAll(() => db.close());
  beforeEach(() => db.exec('DELETE FROM items; DELETE FROM log'));

  const labels = async (): Promise<string[]> =>
    (await db.query<{ label: string }>('SELECT label FROM items ORDER BY id')).map((row) => row.label);

  it('returns rows as plain objects with the same value types on every provider', async () => {
    const [row] = await db.query(
      `SELECT 42::int8 AS big, count(*) AS counted, 1.50::numeric AS exact, '2024-05-06'::date AS day,
              $1::timestamptz AS moment, '{"a":[1,{"b":null}]}'::jsonb AS doc, $2::text[] AS words, true AS yes`,
      [new Date('2025-01-02T03:04:05.678Z'), ['a', "b'c", 'd,e']],
    );
    expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
    expect(row).toEqual({
      big: 42,
      counted: 1,
      exact: '1.50',
      day: new Date('2024-05-06T00:00:00.000Z'),
      moment: new Date('2025-01-02T03:04:05.678Z'),
      doc: { a: [1, { b: null }] },
      words: ['a', "b'c", 'd,e'],
      yes: true,
    });
    expect(row.moment).toBeInstanceOf(Date);
  });

  it('runs a script of several statements with exec', async () => {
    await db.exec("INSERT INTO items VALUES (1, 'one'); INSERT INTO items VALUES (2, 'two');");
    expect(await labels()).toEqual(['one', 'two']);
  });

  it('commits a transaction when its function resolves, and returns its result', async () => {
    const result = await db.transaction(async (tx) => {
      await tx.query('INSERT INTO items VALUES ($1, $2)', [1, 'one']);
      await tx.exec("INSERT INTO log VALUES ('added one')");
      return 'done';
    });
    expect(result).toBe('done');
    expect(await labels()).toEqual(['one']);
    expect(await db.query('SELECT line FROM log')).toEqual([{ line: 'added one' }]);
  });

  it('rolls a transaction back when its function throws, and rethrows the same error', async () => {
    const failure = new Error('changed my mind');
    const outcome = db.transaction(async (tx) => {
      await tx.query('INSERT INTO items VALUES ($1, $2)', [1, 'one']);
      throw failure;
    });
    await expect(outcome).rejects.toBe(failure);
    expect(await labels()).toEqual([]);
  });

  it('rolls back everything when a statement fails, with the PostgreSQL error code', async () => {
    const outcome = db.transaction(async (tx) => {
      await tx.query('INSERT INTO items VALUES ($1, $2)', [1, 'one']);
      await tx.query('INSERT INTO items VALUES ($1, $2)', [1, 'duplicate']);
    });
    await expect(outcome).rejects.toBeInstanceOf(Error);
    await expect(outcome).rejects.toMatchObject({ code: '23505' });
    expect(await labels()).toEqual([]);
  });

  it('refuses to use a transaction handle after the transaction ended', async () => {
    const leaked = await db.transaction(async (tx) => tx);
    await expect(leaked.query('SELECT 1')).rejects.toThrow(/transaction has ended/);
  });

  it('answers a statement it ran before after the table changed (by exec or query), a failed call and DEALLOCATE ALL', async () => {
    await db.exec('CREATE TABLE shapes (id int PRIMARY KEY)');
    await db.query('INSERT INTO shapes VALUES ($1)', [1]);
    expect(await db.query('SELECT * FROM shapes')).toEqual([{ id: 1 }]);
    await db.exec("ALTER TABLE shapes ADD COLUMN name text NOT NULL DEFAULT 'square'");
    expect(await db.query('SELECT * FROM shapes')).toEqual([{ id: 1, name: 'square' }]);
    await expect(db.query('INSERT INTO shapes VALUES ($1)', [1])).rejects.toMatchObject({ code: '23505' });
    await db.query('INSERT INTO shapes VALUES ($1)', [2]);
    await db.exec('DEALLOCATE ALL');
    expect(await db.query('SELECT * FROM shapes')).toEqual([{ id: 1, name: 'square' }, { id: 2, name: 'square' }]);
    await db.query('ALTER TABLE shapes ADD COLUMN size int');
    const inTransaction = await db.transaction((tx) => tx.query('SELECT * FROM shapes'));
    expect(inTransaction).toEqual([{ id: 1, name: 'square', size: null }, { id: 2, name: 'square', size: null }]);
    await db.exec('DROP TABLE shapes');
  });

  it('keeps concurrent transactions apart', async () => {
    await Promise.all(
      [1, 2, 3, 4].map((id) =>
        db.transaction(async (tx) => {
          await tx.query('INSERT INTO items VALUES ($1, $2)', [id, `item ${id}`]);
          await tx.query('INSERT INTO log VALUES ($1)', [`added ${id}`]);
        }),
      ),
    );
    expect(await labels()).toEqual(['item 1', 'item 2', 'item 3', 'item 4']);
    expect(await db.query('SELECT count(*) AS lines FROM log')).toEqual([{ lines: 4 }]);
  });
});

describe('database in a worker thread', () => {
  it('runs its own low-memory collection at start-up and keeps answering afterwards', async () => {
    const db = await openPgliteWorkerDatabase({ dataDir: 'memory://' });
    try {
      await db.exec('CREATE TABLE kept (n int)');
      await db.query('INSERT INTO kept VALUES ($1)', [7]);
      expect(db.collectGarbage).toBeInstanceOf(Function);
      await db.collectGarbage?.();
      expect(await db.query('SELECT n FROM kept')).toEqual([{ n: 7 }]);
    } finally {
      await db.close();
    }
  });
});

describe.each([...databaseProviders(), pgliteWorkerProvider])('persistent database on $name', (provider) => {
  // PGlite on disk: unpacking and reopening can take a while on a busy machine, hence the larger timeout.
  it('keeps its data after close and reopen', async () => {
    const location = await provider.persistent();
    try {
      const first = await location.open();
      await first.query("INSERT INTO bot_state (key, etag, data) VALUES ('k', 'e1', '{\"n\":1}'::jsonb)");
      await first.close();
      await first.close();
      const second = await location.open();
      expect(await second.query('SELECT key, etag, data FROM bot_state')).toEqual([{ key: 'k', etag: 'e1', data: { n: 1 } }]);
      await second.close();
    } finally {
      await location.remove();
    }
  }, 120_000);
});
