// Database over a PostgreSQL server through a pg.Pool; every pooled connection uses the configured schema.
import type { Pool, PoolClient, CustomTypesConfig } from 'pg';

/** `pg` is loaded only when PostgreSQL is configured: the embedded database does not need its ~10 MB. */
const loadPg = (): typeof import('pg') => require('pg') as typeof import('pg');
import { logger } from '../logger';
import { checkSchemaName, expiringSession } from './session';
import type { Database, Session } from './types';

export interface PostgresOptions {
  databaseUrl: string;
  /** Schema to create when missing; it is the whole search_path of every connection. */
  schema?: string;
}

const INT8 = 20;
const INT8_ARRAY = 1016;
const DATE = 1082;

/** int8 as a number while it is a safe integer (so `count(*)` is a number), date at UTC midnight: as PGlite does. */
function parseInt8(value: string): number | bigint {
  const big = BigInt(value);
  return big >= BigInt(Number.MIN_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big;
}

type TextParser = (value: string) => unknown;
const defaultParser = (oid: number, format?: 'text' | 'binary'): TextParser =>
  (loadPg().types.getTypeParser as unknown as (oid: number, format?: 'text' | 'binary') => TextParser)(oid, format);

const alignedTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (format !== 'binary') {
      if (oid === INT8) return parseInt8;
      if (oid === INT8_ARRAY) {
        const parseArray = defaultParser(INT8_ARRAY, 'text') as (value: string) => Array<string | null>;
        return (value: string) => parseArray(value).map((item) => (item === null ? null : parseInt8(item)));
      }
      if (oid === DATE) return (value: string) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(value) : value);
    }
    return defaultParser(oid, format);
  },
} as unknown as CustomTypesConfig;

function sessionOver(target: Pool | PoolClient): Session {
  return {
    async query<Row>(sql: string, params?: unknown[]): Promise<Row[]> {
      const result = await target.query(sql, params);
      return result.rows as Row[];
    },
    async exec(script: string): Promise<void> {
      await target.query(script);
    },
  };
}

class PostgresDatabase implements Database {
  readonly kind = 'postgres' as const;
  private readonly session: Session;
  private closed = false;

  constructor(private readonly pool: Pool) {
    this.session = sessionOver(pool);
  }

  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]> {
    return this.session.query<Row>(sql, params);
  }

  exec(script: string): Promise<void> {
    return this.session.exec(script);
  }

  /** One pooled connection: BEGIN, fn, COMMIT; ROLLBACK when fn throws (a connection that fails to roll back is discarded). */
  async transaction<T>(fn: (tx: Session) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    const handle = expiringSession(sessionOver(client));
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      const result = await fn(handle.session);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch((rollbackError: Error) => {
        broken = rollbackError;
      });
      throw error;
    } finally {
      handle.expire();
      client.release(broken);
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}

function isDuplicateSchema(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '42P06' || code === '23505';
}

export async function openPostgresDatabase(options: PostgresOptions): Promise<Database> {
  const schema = options.schema === undefined ? undefined : checkSchemaName(options.schema);
  const { Pool } = loadPg();
  const pool = new Pool({
    connectionString: options.databaseUrl,
    application_name: 'steunwijzer',
    options: schema ? `-c search_path=${schema}` : undefined,
    types: alignedTypes,
    // A server that is down or hung fails the turn within seconds instead of holding it (and its user) forever.
    connectionTimeoutMillis: 5000,
  });
  pool.on('error', (error: Error & { code?: string }) => {
    logger.error({ err: { name: error.name, code: error.code } }, 'idle database connection failed');
  });
  const database = new PostgresDatabase(pool);
  try {
    // Fails fast when the server cannot be reached; two instances may create the schema at the same moment.
    if (schema) await database.exec(`CREATE SCHEMA IF NOT EXISTS ${schema}`).catch((error: unknown) => {
      if (!isDuplicateSchema(error)) throw error;
    });
    else await database.query('SELECT 1');
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}
