// A new PGlite data folder as a copy of one made at build time (`npm run build`), instead of initdb at start-up.
//
// initdb is most of a first start (6–10 s on a busy 2-core machine); copying the folder it leaves takes a fraction of a
// second. The template is made by this package's own PGlite (the version is checked), without the unused template
// databases and with the migrations of its build applied (pgliteTemplateBuild.ts); migrations added since are applied at
// start-up as on any database. Without a template (or after a PGlite upgrade without a build) start-up falls back to initdb.
import { constants, copyFileSync, cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../projectRoot';
import { initDataDirInChild } from './pgliteMemory';

export const TEMPLATE_DIR = path.join(projectRoot(), 'dist', 'pglite-template');
export const VERSION_MARKER = 'STEUNWIJZER_PGLITE_VERSION';
export const MIGRATIONS_MARKER = 'STEUNWIJZER_MIGRATIONS';
/** Written last: a folder without it is not a database yet, so an interrupted copy is simply made again. */
const PG_VERSION = 'PG_VERSION';

export function pgliteVersion(): string {
  const packageJson = path.join(path.dirname(require.resolve('@electric-sql/pglite')), '..', 'package.json');
  return (JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }).version;
}

export function templateMatchesPglite(dir: string): boolean {
  const markerFile = path.join(dir, VERSION_MARKER);
  return existsSync(markerFile) && readFileSync(markerFile, 'utf8') === pgliteVersion();
}

/** How a new data folder is filled from the template (plain data: the PGlite worker thread does it in its own thread). */
export interface TemplateFill {
  from: string;
  /** Top-level names of the template that are not copied. */
  skip: string[];
  /** Copied after all the others: a folder without it is not a database yet. */
  last: string;
}

/** Creates `dataDir` when missing; how to fill it, or nothing when it holds a database already or there is no template. */
export function templateFillFor(dataDir: string, dir = TEMPLATE_DIR): TemplateFill | undefined {
  mkdirSync(dataDir, { recursive: true });
  if (existsSync(path.join(dataDir, PG_VERSION)) || !templateMatchesPglite(dir)) return undefined;
  return { from: dir, skip: [VERSION_MARKER, MIGRATIONS_MARKER, PG_VERSION], last: PG_VERSION };
}

/** A copy where the file system can share blocks until written (copy-on-write). */
export function fillFromTemplate(dataDir: string, fill: TemplateFill): void {
  cpSync(fill.from, dataDir, { recursive: true, mode: constants.COPYFILE_FICLONE, filter: (source) => !fill.skip.includes(path.relative(fill.from, source)) });
  copyFileSync(path.join(fill.from, fill.last), path.join(dataDir, fill.last));
}

/** Fills a new `dataDir` from the template; false when it holds a database already or there is no template for this PGlite. */
export function copyTemplate(dataDir: string, dir = TEMPLATE_DIR): boolean {
  const fill = templateFillFor(dataDir, dir);
  if (fill) fillFromTemplate(dataDir, fill);
  return fill !== undefined;
}

/**
 * Makes `dataDir` ready for PGlite in this thread: created when missing, and a new one filled from the template. Without
 * a template it runs initdb in a child process.
 */
export async function prepareDataDir(dataDir: string): Promise<void> {
  if (!copyTemplate(dataDir)) await initDataDirInChild(dataDir);
}
