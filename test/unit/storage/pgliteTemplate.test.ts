// The build's PGlite template: a new data folder is a copy of it, only when it was made by this PGlite version.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildTemplate, copyTemplate } from '../../../src/storage/pgliteTemplate';
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
    expect(await readFile(path.join(dataDir, 'PG_VERSION'), 'utf8')).toBe(await readFile(path.join(template, 'PG_VERSION'), 'utf8'));
    const db = await openPgliteDatabase({ dataDir });
    expect(await db.query('SELECT 1 AS ok')).toEqual([{ ok: 1 }]);
    await db.close();
  }, 120_000);
});
