// Applies pending schema migrations, each in its own transaction, safely when several instances start at once.
import { logger } from '../logger';
import { DatabaseSetupError } from './errors';
import { migrations as allMigrations } from './migrations';
import type { Database, Migration, Session } from './types';

/**
 * Serialises migration runs per schema. A transaction-scoped advisory lock is released by COMMIT or ROLLBACK,
 * so a crashed run never leaves it behind. (PGlite has one connection, so the lock is always free there.)
 */
const LOCK = `SELECT pg_advisory_xact_lock(hashtext('steunwijzer.migrations'), hashtext(current_schema()))`;

const CREATE_TABLE = `
  CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY,
    name text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`;

/** Throws when versions are not positive integers in strictly ascending order. */
export function checkMigrations(migrations: readonly Migration[]): void {
  let previous = 0;
  for (const migration of migrations) {
    if (!Number.isInteger(migration.version) || migration.version <= previous) {
      throw new DatabaseSetupError('Migration versions must be positive integers in ascending order, without duplicates.', {
        version: migration.version,
        name: migration.name,
      });
    }
    previous = migration.version;
  }
}

async function appliedVersions(session: Session): Promise<Set<number>> {
  const rows = await session.query<{ version: number }>('SELECT version FROM schema_migrations');
  return new Set(rows.map((row) => row.version));
}

/**
 * Brings the database up to date and returns the versions this call applied (in order).
 * Each pending migration runs with its bookkeeping row in one transaction under the lock, so a
 * migration is applied exactly once even when two instances race; a failing one leaves nothing behind.
 */
export async function runMigrations(db: Database, migrations: readonly Migration[] = allMigrations): Promise<number[]> {
  checkMigrations(migrations);
  const alreadyApplied = await db.transaction(async (tx) => {
    await tx.query(LOCK);
    await tx.exec(CREATE_TABLE);
    return appliedVersions(tx);
  });
  const applied: number[] = [];
  for (const migration of migrations) {
    if (alreadyApplied.has(migration.version)) continue;
    const didApply = await db.transaction(async (tx) => {
      await tx.query(LOCK);
      if ((await appliedVersions(tx)).has(migration.version)) return false;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      return true;
    });
    if (didApply) {
      applied.push(migration.version);
      logger.info({ version: migration.version, migration: migration.name }, 'database migration applied');
    }
  }
  return applied;
}
