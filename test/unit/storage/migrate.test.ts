// Migrations: applied once, in order, each atomically, and safely when several instances start together.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { checkMigrations, runMigrations } from '../../../src/storage/migrate';
import { migrations } from '../../../src/storage/migrations';
import { openDatabase } from '../../../src/storage/openDatabase';
import type { Database, Migration } from '../../../src/storage/types';
import { databaseProviders } from '../../helpers/database';

const notes: Migration = { version: 900, name: 'notes', sql: 'CREATE TABLE notes (id int PRIMARY KEY); CREATE TABLE tags (id int)' };
const broken: Migration = { version: 901, name: 'broken', sql: 'CREATE TABLE half_done (id int); SELECT 1 / 0' };
const afterBroken: Migration = { version: 902, name: 'after_broken', sql: 'CREATE TABLE never (id int)' };

async function tableExists(db: Database, table: string): Promise<boolean> {
  const [row] = await db.query<{ found: string | null }>('SELECT to_regclass($1)::text AS found', [table]);
  return row.found !== null;
}

describe('the migration list', () => {
  it('lists every migration file, in order, with the version of its file name', () => {
    const folder = path.join(__dirname, '../../../src/storage/migrations');
    const files = readdirSync(folder).filter((file) => /^\d{3}_\w+\.ts$/.test(file)).sort();
    expect(migrations.map((m) => `${String(m.version).padStart(3, '0')}_${m.name}.ts`)).toEqual(files);
    expect(() => checkMigrations(migrations)).not.toThrow();
  });

  it('rejects versions out of order or twice', () => {
    expect(() => checkMigrations([notes, { ...notes, name: 'again' }])).toThrow(/ascending order/);
    expect(() => checkMigrations([afterBroken, notes])).toThrow(expect.objectContaining({ code: 'database_setup' }));
  });
});

describe.each(databaseProviders())('runMigrations on $name', (provider) => {
  let db: Database;

  beforeEach(async () => {
    db = await provider.open({ migrate: false });
  });
  afterEach(() => db.close());

  it('applies every migration on a fresh database and records it', async () => {
    expect(await runMigrations(db)).toEqual(migrations.map((m) => m.version));
    const rows = await db.query('SELECT version, name FROM schema_migrations ORDER BY version');
    expect(rows).toEqual(migrations.map(({ version, name }) => ({ version, name })));
    expect(await tableExists(db, 'bot_state')).toBe(true);
  });

  it('applies nothing the second time and keeps the data', async () => {
    await runMigrations(db);
    await db.query("INSERT INTO bot_state (key, etag, data) VALUES ('k', 'e', '{}'::jsonb)");
    expect(await runMigrations(db)).toEqual([]);
    expect(await db.query('SELECT key FROM bot_state')).toEqual([{ key: 'k' }]);
  });

  it('applies only the migrations added since the last run', async () => {
    await runMigrations(db, migrations);
    expect(await runMigrations(db, [...migrations, notes])).toEqual([900]);
    expect(await tableExists(db, 'tags')).toBe(true);
  });

  it('leaves nothing of a failing migration and stops before the next one', async () => {
    await expect(runMigrations(db, [notes, broken, afterBroken])).rejects.toMatchObject({ code: '22012' });
    expect(await tableExists(db, 'notes')).toBe(true);
    expect(await tableExists(db, 'half_done')).toBe(false);
    expect(await tableExists(db, 'never')).toBe(false);
    expect(await db.query('SELECT version FROM schema_migrations')).toEqual([{ version: 900 }]);
  });

  it('applies each migration once when runs overlap on one database', async () => {
    const runs = await Promise.all([runMigrations(db, [...migrations, notes]), runMigrations(db, [...migrations, notes])]);
    expect(runs.flat().sort((a, b) => a - b)).toEqual([...migrations.map((m) => m.version), 900]);
  });
});

const postgres = databaseProviders().find((provider) => provider.name === 'postgres');

(postgres ? describe : describe.skip)('several instances starting at once against one PostgreSQL', () => {
  it('create the schema and apply each migration exactly once, without failing', async () => {
    const location = await postgres!.persistent();
    const instances = await Promise.all([1, 2, 3, 4].map(() => openDatabase(location.options)));
    try {
      const runs = await Promise.all(instances.map((db) => runMigrations(db, [...migrations, notes])));
      expect(runs.flat().sort((a, b) => a - b)).toEqual([...migrations.map((m) => m.version), 900]);
      const [db] = instances;
      expect(await db.query('SELECT count(*) AS applied FROM schema_migrations')).toEqual([{ applied: migrations.length + 1 }]);
    } finally {
      await Promise.all(instances.map((db) => db.close()));
      await location.remove();
    }
  });
});
