// The build's PGlite template: a new data folder is a copy of it, only when it was made by this PGlite version; it comes
// with the build's migrations applied and without the template databases.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { copyTemplate } from '../../../src/storage/pgliteTemplate';
import { buildTemplate } from '../../../src/storage/pgliteTemplateBuild';
import { runMigrations } from '../../../src/storage/migrate';
import { migrations } from '../../../src/storage/migrations';
import { openPgliteDatabase } from '../../../src/storage/pgliteDatabase';

describe('PGlite template', () => {
  let tmp: string;

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'steunwijzer-template-'));
  });
  afterAll(() => rm(tmp, { recursive: true, force: true }));

  it('refuses a template of another PGlite version', async () => {
    const template = path.join(tmp, 'old');
    await mkdir(template);
    await writeFile(path.join(template, 'STEUNWIJZER_PGLITE_VERSION'), '0.0.1');
    await writeFile(path.join(template, 'PG_VERSION'), '17');
    const dataDir = path.join(tmp, 'from-old');
    await mkdir(dataDir);
    expect(await copyTemplate(dataDir, template)).toBe(false);
    expect(await readdir(dataDir)).toEqual([]);
  });

  it('makes a template once and copies it into a new folder that PGlite then opens', async () => {
    const template = path.join(tmp, 'template');
    expect(await buildTemplate(template)).toBe(true);
    expect(await buildTemplate(template)).toBe(false);
    const dataDir = path.join(tmp, 'data');
    await mkdir(dataDir);
    expect(await copyTemplate(dataDir, template)).toBe(true);
    expect(await readdir(dataDir)).not.toContain('STEUNWIJZER_PGLITE_VERSION');
    expect(await readdir(dataDir)).not.toContain('STEUNWIJZER_MIGRATIONS');
    expect(await readFile(path.join(dataDir, 'PG_VERSION'), 'utf8')).toBe(await readFile(path.join(template, 'PG_VERSION'), 'utf8'));
    const db = await openPgliteDatabase({ dataDir });
    expect(await db.query('SELECT 1 AS ok')).toEqual([{ ok: 1 }]);
    expect(await db.query('SELECT datname FROM pg_database')).toEqual([{ datname: 'postgres' }]);
    expect(await runMigrations(db, migrations)).toEqual([]);
    await db.close();
  }, 120_000);

  it('makes the template again when the migrations change', async () => {
    const template = path.join(tmp, 'template');
    expect(await buildTemplate(template, migrations.slice(0, 2))).toBe(true);
    const dataDir = path.join(tmp, 'older');
    await mkdir(dataDir);
    expect(await copyTemplate(dataDir, template)).toBe(true);
    const db = await openPgliteDatabase({ dataDir });
    expect(await runMigrations(db, migrations)).toEqual(migrations.slice(2).map((m) => m.version));
    await db.close();
  }, 120_000);
});
