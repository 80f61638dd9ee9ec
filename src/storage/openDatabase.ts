// Opens the configured database: PostgreSQL when a URL is given, embedded PGlite in a folder otherwise (in a worker thread or not).
import { openPgliteDatabase } from './pgliteDatabase';
import { openPgliteWorkerDatabase } from './pgliteWorkerDatabase';
import { openPostgresDatabase } from './postgresDatabase';
import type { Database, DatabaseOptions } from './types';

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgresDatabase({ databaseUrl: options.databaseUrl, schema: options.schema });
  const open = options.pgliteWorker ? openPgliteWorkerDatabase : openPgliteDatabase;
  return open({ dataDir: options.dataDir, schema: options.schema });
}
