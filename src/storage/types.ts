// The contract of the database layer: one SQL dialect (PostgreSQL) over embedded PGlite or a PostgreSQL server.

export interface Queryable {
  /**
   * Runs one parameterised statement ($1, $2, ...) and returns its rows as plain objects.
   * Values come back the same from both providers: int8/count(*) as number, numeric as string,
   * date/timestamptz as Date, json/jsonb parsed. Pass JSON as a string (JSON.stringify) with `$1::jsonb`;
   * a JavaScript array is sent as a PostgreSQL array (`$1::text[]`).
   */
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
}

/** The database itself or one open transaction: statements, plus scripts without parameters. */
export interface Session extends Queryable {
  /** Runs a script of one or more statements without parameters (migrations, DDL). */
  exec(script: string): Promise<void>;
}

export interface Database extends Session {
  readonly kind: 'pglite' | 'postgres';
  /**
   * Runs fn in one transaction; commits when it resolves, rolls back when it throws.
   * Inside fn use only `tx`: on PGlite the database waits for the transaction (a call on it would
   * never finish), on PostgreSQL it is another connection that does not see the uncommitted work.
   */
  transaction<T>(fn: (tx: Session) => Promise<T>): Promise<T>;
  /** Closes the database; safe to call more than once. */
  close(): Promise<void>;
  /** A database in a worker thread: V8's low-memory collection of that thread's heap (the main thread does its own). */
  collectGarbage?(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres://... ; when absent, embedded PGlite in dataDir is used. */
  databaseUrl?: string;
  /** Folder for PGlite's files; ignored for PostgreSQL. Use "memory://" for an in-memory database. */
  dataDir: string;
  /**
   * PostgreSQL schema to use (created when missing); lets tests share one server in isolation.
   * Lower case letters, digits and underscores only (it is used unquoted in search_path).
   */
  schema?: string;
  /** Run embedded PGlite in a worker thread, off the event loop; ignored for PostgreSQL. */
  pgliteWorker?: boolean;
}

export interface Migration {
  version: number;
  name: string;
  sql: string;
}
