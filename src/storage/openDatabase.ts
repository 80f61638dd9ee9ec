// Opens the configured database: PostgreSQL when a URL is given, embedded PGlite in a folder otherwise.
import { openPgliteDatabase } from './pgliteDatabase';
import { openPostgresDatabase } from './postgresDatabase';
import type { Database, DatabaseOptions } from './types';

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgresDatabase({ databaseUrl: options.databaseUrl, schema: options.schema });
  return openPgliteDatabase({ dataDir: options.dataDir, schema: options.schema });
}
