// openDatabase: PGlite in a folder or in memory, PostgreSQL by URL, an optional schema, clear failures.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DatabaseSetupError } from '../../../src/storage/errors';
import { openDatabase } from '../../../src/storage/openDatabase';
import { openPgliteDatabase } from '../../../src/storage/pgliteDatabase';
import { pgliteTemplate } from '../../helpers/database';

describe('openDatabase', () => {
  let tmp: string;

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'steunwijzer-open-'));
  });
  afterAll(() => rm(tmp, { recursive: true, force: true }));

  // A new folder means a real initdb: it can take long on a busy machine, hence the larger timeout.
  it('keeps PGlite data on disk after close and reopen, creating the folder', async () => {
    const dataDir = path.join(tmp, 'nested', 'data');
    const first = await openDatabase({ dataDir });
    expect(first.kind).toBe('pglite');
    await first.exec("CREATE TABLE kept (value text); INSERT INTO kept VALUES ('still here')");
    await first.close();
    const second = await openDatabase({ dataDir });
    expect(await second.query('SELECT value FROM kept')).toEqual([{ value: 'still here' }]);
    await second.close();
  }, 120_000);

  it('creates and uses the configured schema on PGlite', async () => {
    const db = await openPgliteDatabase({ dataDir: 'memory://', schema: 'tenant_a', template: await pgliteTemplate() });
    await db.exec('CREATE TABLE things (id int)');
    expect(await db.query('SELECT current_schema() AS schema')).toEqual([{ schema: 'tenant_a' }]);
    expect(await db.query("SELECT schemaname FROM pg_tables WHERE tablename = 'things'")).toEqual([{ schemaname: 'tenant_a' }]);
    await db.close();
  });

  it.each(['Upper', 'with-dash', 'x; DROP TABLE y', '1starts_with_digit', ''])('refuses the schema name %p', async (schema) => {
    await expect(openDatabase({ dataDir: 'memory://', schema })).rejects.toBeInstanceOf(DatabaseSetupError);
    await expect(openDatabase({ databaseUrl: 'postgres://nobody@127.0.0.1:1/none', dataDir: 'memory://', schema })).rejects.toMatchObject({
      code: 'database_setup',
    });
  });

  it('fails at opening when the PostgreSQL server cannot be reached', async () => {
    await expect(openDatabase({ databaseUrl: 'postgres://nobody@127.0.0.1:1/none', dataDir: 'memory://' })).rejects.toMatchObject({
      code: 'ECONNREFUSED',
    });
  });
});
