// Makes the PGlite template (`npm run build`): initdb in a child process, without the template databases, with this build's migrations.
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runMigrations } from './migrate';
import { migrations as allMigrations } from './migrations';
import { openPgliteDatabase } from './pgliteDatabase';
import { initDataDirInChild } from './pgliteMemory';
import { MIGRATIONS_MARKER, pgliteVersion, TEMPLATE_DIR, templateMatchesPglite, VERSION_MARKER } from './pgliteTemplate';
import type { Database, Migration } from './types';

/** What the template is made of, besides initdb. Raise it when buildTemplate changes what it does to the folder. */
const TEMPLATE_STEPS = 1;

/** Changes when a migration is added or edited (or the steps change), so the next build makes the template again. */
function migrationsFingerprint(migrations: readonly Migration[]): string {
  const made = { steps: TEMPLATE_STEPS, migrations: migrations.map((m) => [m.version, m.name, m.sql]) };
  return createHash('sha256').update(JSON.stringify(made)).digest('hex');
}

/**
 * PGlite always works in the database "postgres"; template0 and template1 only serve CREATE DATABASE, which the app
 * never runs. They are 600 of the ~1,050 files of a data folder, and creating a file is what a copy spends its time on.
 */
async function dropTemplateDatabases(db: Database): Promise<void> {
  for (const name of ['template0', 'template1']) {
    await db.exec(`ALTER DATABASE ${name} IS_TEMPLATE false`);
    await db.exec(`DROP DATABASE ${name}`);
  }
}

async function templateIsCurrent(dir: string, fingerprint: string): Promise<boolean> {
  const applied = await readFile(path.join(dir, MIGRATIONS_MARKER), 'utf8').catch(() => undefined);
  return applied === fingerprint && templateMatchesPglite(dir);
}

/** Makes the template when it is missing, of another PGlite version or of other migrations; false when it was current. */
export async function buildTemplate(dir = TEMPLATE_DIR, migrations: readonly Migration[] = allMigrations): Promise<boolean> {
  const fingerprint = migrationsFingerprint(migrations);
  if (await templateIsCurrent(dir, fingerprint)) return false;
  const partial = `${dir}.${randomUUID()}.tmp`;
  await mkdir(partial, { recursive: true });
  try {
    await initDataDirInChild(partial);
    const db = await openPgliteDatabase({ dataDir: partial });
    try {
      await dropTemplateDatabases(db);
      await runMigrations(db, migrations);
    } finally {
      await db.close();
    }
    await writeFile(path.join(partial, MIGRATIONS_MARKER), fingerprint);
    await writeFile(path.join(partial, VERSION_MARKER), pgliteVersion());
    await rm(dir, { recursive: true, force: true });
    await rename(partial, dir);
  } finally {
    await rm(partial, { recursive: true, force: true });
  }
  return true;
}
