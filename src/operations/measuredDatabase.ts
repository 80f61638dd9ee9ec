// Wraps a Database so that every failed statement or transaction is counted (steunwijzer_database_errors_total), nothing else changes.
import type { Metrics } from '../metrics';
import type { Database, Session } from '../storage/types';

type Operation = 'query' | 'exec' | 'transaction';

async function counted<T>(metrics: Metrics, operation: Operation, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    metrics.databaseErrors.inc({ operation });
    throw error;
  }
}

function measuredSession(session: Session, metrics: Metrics): Session {
  return {
    query: (sql, params) => counted(metrics, 'query', () => session.query(sql, params)),
    exec: (script) => counted(metrics, 'exec', () => session.exec(script)),
  };
}

/** Every other member (kind, close, anything added later) passes through unchanged. */
export function measureDatabase(db: Database, metrics: Metrics): Database {
  const overrides: Partial<Database> = {
    query: (sql, params) => counted(metrics, 'query', () => db.query(sql, params)),
    exec: (script) => counted(metrics, 'exec', () => db.exec(script)),
    // Statements inside count as "query"; a transaction that rolls back counts once more as "transaction".
    transaction: (fn) => counted(metrics, 'transaction', () => db.transaction((tx) => fn(measuredSession(tx, metrics)))),
  };
  return new Proxy(db, {
    get(target, property, receiver) {
      if (property in overrides) return overrides[property as keyof Database];
      const value = Reflect.get(target, property, receiver) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
