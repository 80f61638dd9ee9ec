// Test databases: run the same tests against every provider (PGlite always, PostgreSQL when TEST_DATABASE_URL is set).
//
// Usage:
//   describe.each(databaseProviders())('requests on $name', (provider) => {
//     let db: Database;
//     beforeEach(async () => { db = await provider.open(); });   // fresh, isolated, migrated
//     afterEach(() => db.close());                               // also removes it
//   });
// A "restart" test uses `provider.persistent()`: open, close, open again on the same data, then remove().
// PostgreSQL: set TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test; each database is a fresh schema.
// PGlite: in memory, started from a template dump cached in the OS temp folder (a fresh initdb takes seconds).
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { dumpPgliteTemplate, openPgliteDatabase } from '../../src/storage/pgliteDatabase';
import { openPgliteWorkerDatabase } from '../../src/storage/pgliteWorkerDatabase';
import { openDatabase } from '../../src/storage/openDatabase';
import { runMigrations } from '../../src/storage/migrate';
import type { Database, DatabaseOptions, Session } from '../../src/storage/types';

export interface OpenOptions {
  /** Apply all registered migrations (default true); false gives an empty database. */
  migrate?: boolean;
}

/** A database that outlives close(): open it again to simulate a restart; remove() deletes it for good. */
export interface PersistentTestDatabase {
  /** What the application would get from its configuration. */
  readonly options: DatabaseOptions;
  /** openDatabase(options) followed by runMigrations, as the composition root does. */
  open(): Promise<Database>;
  remove(): Promise<void>;
}

export interface TestDatabaseProvider {
  readonly name: 'pglite' | 'pglite-worker' | 'postgres';
  /** A fresh, isolated database; its close() also removes it. */
  open(options?: OpenOptions): Promise<Database>;
  persistent(): Promise<PersistentTestDatabase>;
}

/** The PostgreSQL server for tests, when one is configured. */
export function testDatabaseUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL?.trim() || undefined;
}

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL is set. */
export function databaseProviders(): TestDatabaseProvider[] {
  const url = testDatabaseUrl();
  return url ? [pgliteProvider, postgresProvider(url)] : [pgliteProvider];
}

const pgliteProvider: TestDatabaseProvider = {
  name: 'pglite',
  async open(options) {
    const db = await openPgliteDatabase({ dataDir: 'memory://', template: await pgliteTemplate() });
    return prepared(db, options, async () => undefined);
  },
  async persistent() {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'steunwijzer-db-'));
    await (await openPgliteDatabase({ dataDir, template: await pgliteTemplate() })).close();
    return persistentDatabase({ dataDir }, () => rm(dataDir, { recursive: true, force: true }));
  },
};

/** PGlite in a worker thread (DATABASE options `pgliteWorker`): for the storage conformance tests. */
export const pgliteWorkerProvider: TestDatabaseProvider = {
  name: 'pglite-worker',
  async open(options) {
    const db = await openPgliteWorkerDatabase({ dataDir: 'memory://', template: await pgliteTemplate() });
    return prepared(db, options, async () => undefined);
  },
  async persistent() {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'steunwijzer-db-'));
    await (await openPgliteDatabase({ dataDir, template: await pgliteTemplate() })).close();
    return persistentDatabase({ dataDir, pgliteWorker: true }, () => rm(dataDir, { recursive: true, force: true }));
  },
};

function postgresProvider(databaseUrl: string): TestDatabaseProvider {
  const dropSchema = async (schema: string): Promise<void> => {
    const admin = await openDatabase({ databaseUrl, dataDir: 'memory://' });
    try {
      await admin.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    } finally {
      await admin.close();
    }
  };
  return {
    name: 'postgres',
    async open(options) {
      const schema = uniqueSchema();
      const db = await openDatabase({ databaseUrl, dataDir: 'memory://', schema });
      return prepared(db, options, () => db.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
    },
    async persistent() {
      const schema = uniqueSchema();
      return persistentDatabase({ databaseUrl, dataDir: 'memory://', schema }, () => dropSchema(schema));
    },
  };
}

/** A schema name no other test file or run uses. */
function uniqueSchema(): string {
  return `test_${randomUUID().replace(/-/g, '')}`;
}

function persistentDatabase(options: DatabaseOptions, remove: () => Promise<void>): PersistentTestDatabase {
  return {
    options,
    async open() {
      const db = await openDatabase(options);
      await runMigrations(db).catch(async (error: unknown) => {
        await db.close();
        throw error;
      });
      return db;
    },
    remove,
  };
}

/** Migrates (unless told not to) and makes close() run the cleanup first; cleans up when migrating fails. */
async function prepared(db: Database, options: OpenOptions = {}, cleanup: () => Promise<void>): Promise<Database> {
  const wrapped = new CleaningDatabase(db, cleanup);
  if (options.migrate !== false) {
    await runMigrations(wrapped).catch(async (error: unknown) => {
      await wrapped.close();
      throw error;
    });
  }
  return wrapped;
}

class CleaningDatabase implements Database {
  private closing?: Promise<void>;
  constructor(
    private readonly inner: Database,
    private readonly cleanup: () => Promise<void>,
  ) {}
  get kind(): Database['kind'] {
    return this.inner.kind;
  }
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]> {
    return this.inner.query<Row>(sql, params);
  }
  exec(script: string): Promise<void> {
    return this.inner.exec(script);
  }
  transaction<T>(fn: (tx: Session) => Promise<T>): Promise<T> {
    return this.inner.transaction(fn);
  }
  close(): Promise<void> {
    this.closing ??= this.cleanup().finally(() => this.inner.close());
    return this.closing;
  }
}

let template: Promise<Blob> | undefined;

/**
 * A dump of a fresh PGlite database, made once per PGlite version and kept in the OS temp folder.
 * For tests that open PGlite themselves: `openPgliteDatabase({ dataDir, template: await pgliteTemplate() })`.
 */
export function pgliteTemplate(): Promise<Blob> {
  template ??= loadOrCreateTemplate();
  return template;
}

async function loadOrCreateTemplate(): Promise<Blob> {
  const packageJson = path.join(path.dirname(require.resolve('@electric-sql/pglite')), '..', 'package.json');
  const { version } = JSON.parse(await readFile(packageJson, 'utf8')) as { version: string };
  const file = path.join(os.tmpdir(), `steunwijzer-pglite-template-${version}.tar.gz`);
  try {
    return new Blob([await readFile(file)], { type: 'application/x-gzip' });
  } catch {
    const dump = await dumpPgliteTemplate();
    const partial = `${file}.${process.pid}.${randomUUID()}.tmp`;
    await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
    await rename(partial, file); // atomic: a parallel jest worker sees the whole file or none
    return dump;
  }
}
