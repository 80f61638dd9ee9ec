// Start-up opens the database and starts the understanding worker before the content is loaded: a new data folder is
// filled from the build's template by the PGlite worker in its own thread, and a bad content file still stops start-up
// naming the file, with both workers let go and nothing half-written (without a build, the worker's PGlite runs initdb).
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../../src/compose';
import { loadConfig } from '../../src/config';
import { projectRoot } from '../../src/projectRoot';
import { openDatabase } from '../../src/storage/openDatabase';
import { buildTemplate } from '../../src/storage/pgliteTemplateBuild';
import { openPgliteWorkerDatabase } from '../../src/storage/pgliteWorkerDatabase';

const messagePorts = () => process.getActiveResourcesInfo().filter((kind) => kind === 'MessagePort').length;

describe('start-up with the workers starting first', () => {
  let tmp: string;
  beforeAll(() => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'sw-start-'));
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('lets the PGlite worker fill a new folder from the template, without the template markers', async () => {
    const templateDir = path.join(tmp, 'template');
    expect(await buildTemplate(templateDir)).toBe(true);
    const dataDir = path.join(tmp, 'new', 'data');
    const db = await openPgliteWorkerDatabase({ dataDir, templateDir });
    try {
      expect(readFileSync(path.join(dataDir, 'PG_VERSION'), 'utf8')).toBe(readFileSync(path.join(templateDir, 'PG_VERSION'), 'utf8'));
      expect(readdirSync(dataDir).filter((name) => name.startsWith('STEUNWIJZER_'))).toEqual([]);
      // The template comes with the build's migrations applied.
      expect((await db.query<{ n: number }>('SELECT count(*)::int AS n FROM schema_migrations'))[0].n).toBeGreaterThan(0);
    } finally {
      await db.close();
    }
  }, 120_000);

  it('stops on a bad content file, naming it, lets both workers go and leaves a database that opens', async () => {
    const root = mkdtempSync(path.join(tmp, 'root-'));
    for (const dir of ['locales', 'data']) cpSync(path.join(projectRoot(), dir), path.join(root, dir), { recursive: true });
    writeFileSync(path.join(root, 'locales', 'nl', 'common.json'), '{ "ask": ');
    const dataDir = path.join(tmp, 'bad-content');
    const config = loadConfig({ PORT: '0', DATA_DIR: dataDir, PGLITE_WORKER: 'true', UNDERSTANDING_WORKER: 'true' });
    const before = messagePorts();
    await expect(createApp(config, { root, retention: false, watchCatalogue: false, delivery: { start: false } })).rejects.toThrow(/common\.json/);
    expect(messagePorts()).toBe(before);
    expect(existsSync(path.join(dataDir, 'PG_VERSION'))).toBe(true);
    const db = await openDatabase({ dataDir, pgliteWorker: true });
    try {
      expect(await db.query('SELECT 1 AS ok')).toEqual([{ ok: 1 }]);
    } finally {
      await db.close();
    }
  }, 120_000);
});
