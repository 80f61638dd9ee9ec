// Shared helpers for Database implementations: schema name checks and transaction handles that expire.
import { DatabaseSetupError } from './errors';
import type { Session } from './types';

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Returns the schema name when it is safe to use unquoted in SQL and search_path; throws otherwise. */
export function checkSchemaName(schema: string): string {
  if (!SCHEMA_NAME.test(schema)) {
    throw new DatabaseSetupError('The database schema name must be lower case letters, digits and underscores.', { schema });
  }
  return schema;
}

/**
 * Wraps a transaction's session so that using it after the transaction ended fails loudly
 * (a forgotten `await` would otherwise run a statement outside the transaction or hang).
 */
export function expiringSession(inner: Session): { session: Session; expire(): void } {
  let open = true;
  const check = (): void => {
    if (!open) throw new Error('This transaction has ended; its handle can no longer be used.');
  };
  const session: Session = {
    async query<Row>(sql: string, params?: unknown[]): Promise<Row[]> {
      check();
      return inner.query<Row>(sql, params);
    },
    async exec(script: string): Promise<void> {
      check();
      await inner.exec(script);
    },
  };
  return { session, expire: () => void (open = false) };
}
