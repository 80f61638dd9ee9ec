// Opens the configured database: PostgreSQL when a URL is given, embedded PGlite in a folder otherwise (in a worker thread or not).
import { openPgliteWorkerDatabase } from './pgliteWorkerDatabase';
import { openPostgresDatabase } from './postgresDatabase';
import type { Database, DatabaseOptions } from './types';

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgresDatabase({ databaseUrl: options.databaseUrl, schema: options.schema });
  const target = { dataDir: options.dataDir, schema: options.schema };
  // Loaded only when used: with the worker thread, PGlite itself is never loaded into the main thread.
  if (!options.pgliteWorker) return (await import('./pgliteDatabase')).openPgliteDatabase(target);
  return openPgliteWorkerDatabase(target);
}
