// Database over embedded PGlite (PostgreSQL in WebAssembly): one connection, files in a folder or in memory.
import { mkdir } from 'node:fs/promises';
import { PGLITE_CONF } from './pgliteMemory';
import { PGlite, type PgliteTransaction } from './pgliteModule';
import { localError, localRows, portableParams } from './pgliteRealm';
import { prepareDataDir } from './pgliteTemplate';
import { checkSchemaName, expiringSession } from './session';
import type { Database, Session } from './types';

export interface PgliteOptions {
  /** A folder (created when missing) or "memory://" for an in-memory database. */
  dataDir: string;
  /** Schema to create when missing and to put on the search_path. */
  schema?: string;
  /** A dump made by `dumpPgliteTemplate`: starts a new database from it instead of running initdb (tests). */
  template?: Blob;
}

type PgliteSession = Pick<PgliteTransaction, 'query' | 'exec'>;

function sessionOver(target: PgliteSession): Session {
  return {
    async query<Row>(sql: string, params?: unknown[]): Promise<Row[]> {
      try {
        const result = await target.query<Row>(sql, portableParams(params));
        return localRows(result.rows);
      } catch (error) {
        throw localError(error);
      }
    },
    async exec(script: string): Promise<void> {
      await target.exec(script).catch((error: unknown) => {
        throw localError(error);
      });
    },
  };
}

class PgliteDatabase implements Database {
  readonly kind = 'pglite' as const;
  private readonly session: Session;
  private closed = false;

  constructor(private readonly pglite: PGlite) {
    this.session = sessionOver(pglite);
  }

  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]> {
    return this.session.query<Row>(sql, params);
  }

  exec(script: string): Promise<void> {
    return this.session.exec(script);
  }

  /** PGlite's own transaction API: BEGIN, fn, COMMIT, or ROLLBACK when fn throws; other calls wait meanwhile. */
  transaction<T>(fn: (tx: Session) => Promise<T>): Promise<T> {
    return this.pglite.transaction(async (tx) => {
      const handle = expiringSession(sessionOver(tx));
      try {
        return await fn(handle.session);
      } finally {
        handle.expire();
      }
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pglite.close();
  }
}

export async function openPgliteDatabase(options: PgliteOptions): Promise<Database> {
  const schema = options.schema === undefined ? undefined : checkSchemaName(options.schema);
  if (!options.dataDir.startsWith('memory://')) {
    if (options.template) await mkdir(options.dataDir, { recursive: true });
    else await prepareDataDir(options.dataDir);
  }
  const pglite = await PGlite.create({ dataDir: options.dataDir, loadDataDir: options.template, postgresqlconf: PGLITE_CONF });
  const database = new PgliteDatabase(pglite);
  if (schema !== undefined) {
    try {
      await database.exec(`CREATE SCHEMA IF NOT EXISTS ${schema}; SET search_path TO ${schema};`);
    } catch (error) {
      await database.close();
      throw error;
    }
  }
  return database;
}

/** Creates a fresh PGlite database and dumps it (gzip): a template that makes the next ones start fast. */
export async function dumpPgliteTemplate(): Promise<Blob> {
  const pglite = await PGlite.create({ dataDir: 'memory://' });
  try {
    return await pglite.dumpDataDir('gzip');
  } finally {
    await pglite.close();
  }
}
