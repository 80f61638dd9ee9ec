// Public surface of the storage layer.
export type { Database, DatabaseOptions, Migration, Queryable, Session } from './types';
export { openDatabase } from './openDatabase';
export { openPgliteDatabase, dumpPgliteTemplate, type PgliteOptions } from './pgliteDatabase';
export { openPostgresDatabase, type PostgresOptions } from './postgresDatabase';
export { runMigrations, checkMigrations } from './migrate';
export { migrations } from './migrations';
export { SqlStorage, type SqlStorageOptions } from './sqlStorage';
export { StorageConflictError, DatabaseSetupError } from './errors';
export { CountingDatabase, type QueryCounts } from './countingDatabase';
export { openPgliteWorkerDatabase, type PgliteWorkerOptions } from './pgliteWorkerDatabase';
