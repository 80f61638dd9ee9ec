// A new PGlite data folder as a copy of one made at build time (`npm run build`), instead of initdb at start-up.
//
// initdb is most of a first start (6–10 s on a busy 2-core machine); copying the folder it leaves takes a fraction of a
// second. The template is made by this package's own PGlite (the version is checked), without the unused template
// databases and with the migrations of its build applied (pgliteTemplateBuild.ts); migrations added since are applied at
// start-up as on any database. Without a template (or after a PGlite upgrade without a build) start-up falls back to initdb.
import { constants, copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from '../projectRoot';
import { initDataDirInChild } from './pgliteMemory';

export const TEMPLATE_DIR = path.join(projectRoot(), 'dist', 'pglite-template');
export const VERSION_MARKER = 'STEUNWIJZER_PGLITE_VERSION';
export const MIGRATIONS_MARKER = 'STEUNWIJZER_MIGRATIONS';
/** Written last: a folder without it is not a database yet, so an interrupted copy is simply made again. */
const PG_VERSION = 'PG_VERSION';

export async function pgliteVersion(): Promise<string> {
  const packageJson = path.join(path.dirname(require.resolve('@electric-sql/pglite')), '..', 'package.json');
  return (JSON.parse(await readFile(packageJson, 'utf8')) as { version: string }).version;
}

export async function templateMatchesPglite(dir: string): Promise<boolean> {
  const marker = await readFile(path.join(dir, VERSION_MARKER), 'utf8').catch(() => undefined);
  return marker === (await pgliteVersion());
}

/** Fills the new, empty `dataDir` from the template; false when there is no template for this PGlite. */
export async function copyTemplate(dataDir: string, dir = TEMPLATE_DIR): Promise<boolean> {
  if (!(await templateMatchesPglite(dir))) return false;
  copyFolder(dir, dataDir, (name) => name !== VERSION_MARKER && name !== MIGRATIONS_MARKER && name !== PG_VERSION);
  copyFileSync(path.join(dir, PG_VERSION), path.join(dataDir, PG_VERSION));
  return true;
}

/**
 * Makes `dataDir` ready for PGlite: created when missing, and a new one filled from the template. Without a template it
 * runs initdb in a child process when `initdb` is set (otherwise the caller's PGlite does it when it opens the folder).
 */
export async function prepareDataDir(dataDir: string, options: { initdb: boolean }): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  if (existsSync(path.join(dataDir, PG_VERSION))) return;
  if (!(await copyTemplate(dataDir)) && options.initdb) await initDataDirInChild(dataDir);
}

/**
 * A plain synchronous copy, file by file: about twice as fast as fs.cp for the files of a data folder (nothing else runs
 * while the app starts). Where the file system can, the copies share blocks until written (copy-on-write).
 */
function copyFolder(from: string, to: string, keep: (name: string) => boolean = () => true): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (!keep(entry.name)) continue;
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) copyFolder(source, target);
    else copyFileSync(source, target, constants.COPYFILE_FICLONE);
  }
}
