// A Database that counts the round trips made through it (statements, scripts, transactions): for benchmarks and query budgets.
import type { Database, Session } from './types';

export interface QueryCounts {
  /** Statements sent with query() (inside transactions too). */
  queries: number;
  /** Scripts sent with exec(). */
  scripts: number;
  /** Transactions opened (each adds BEGIN and COMMIT round trips). */
  transactions: number;
}

/** Wraps a database; `counts` grows with every call, `reset()` starts again from zero. */
export class CountingDatabase implements Database {
  readonly counts: QueryCounts = { queries: 0, scripts: 0, transactions: 0 };

  constructor(private readonly inner: Database) {}

  get kind(): Database['kind'] {
    return this.inner.kind;
  }

  /** Round trips to the database: statements + scripts + BEGIN and COMMIT of every transaction. */
  get roundTrips(): number {
    return this.counts.queries + this.counts.scripts + 2 * this.counts.transactions;
  }

  reset(): void {
    this.counts.queries = 0;
    this.counts.scripts = 0;
    this.counts.transactions = 0;
  }

  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]> {
    this.counts.queries += 1;
    return this.inner.query<Row>(sql, params);
  }

  exec(script: string): Promise<void> {
    this.counts.scripts += 1;
    return this.inner.exec(script);
  }

  transaction<T>(fn: (tx: Session) => Promise<T>): Promise<T> {
    this.counts.transactions += 1;
    return this.inner.transaction((tx) =>
      fn({
        query: <Row>(sql: string, params?: unknown[]) => {
          this.counts.queries += 1;
          return tx.query<Row>(sql, params);
        },
        exec: (script: string) => {
          this.counts.scripts += 1;
          return tx.exec(script);
        },
      }),
    );
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
