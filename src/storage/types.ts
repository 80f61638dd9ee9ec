// The contract of the database layer: one SQL dialect (PostgreSQL) over embedded PGlite or a PostgreSQL server.

export interface Queryable {
  /** Runs one parameterised statement ($1, $2, ...) and returns its rows. */
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs fn in one transaction; commits when it resolves, rolls back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres://... ; when absent, embedded PGlite in dataDir is used. */
  databaseUrl?: string;
  /** Folder for PGlite's files; ignored for PostgreSQL. Use "memory://" for an in-memory database. */
  dataDir: string;
  /** PostgreSQL schema to use (created when missing); lets tests share one server in isolation. */
  schema?: string;
}

export interface Migration {
  version: number;
  name: string;
  sql: string;
}
