// Database over PGlite running in a worker thread: the WebAssembly Postgres works off the event loop, so one
// turn's database work does not hold up the understanding and replies of the others.
import { mkdir } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { PGLITE_CONF } from './pgliteMemory';
import { localError, localRows, portableParams } from './pgliteRealm';
import { templateFillFor } from './pgliteTemplate';
import { PGLITE_WORKER_SCRIPT } from './pgliteWorkerScript';
import { checkSchemaName, expiringSession } from './session';
import type { Database, Session } from './types';

interface Reply {
  id: number;
  rows?: unknown[];
  error?: Record<string, unknown> & { message: string; name: string };
}

interface Pending {
  resolve(rows: unknown[]): void;
  reject(error: unknown): void;
}

function errorFrom(plain: NonNullable<Reply['error']>): Error {
  const error = Object.assign(new Error(plain.message), plain);
  Object.defineProperty(error, 'name', { value: plain.name, configurable: true, writable: true });
  return error;
}

/**
 * One PGlite connection in a worker thread. PGlite has a single connection, so a transaction holds it:
 * statements from outside wait until COMMIT or ROLLBACK, exactly as with PGlite in the main thread.
 */
class PgliteWorkerDatabase implements Database {
  readonly kind = 'pglite' as const;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private inTransaction = false;
  private transactionDone: Promise<void> = Promise.resolve();
  private failure?: Error;
  private closed = false;

  constructor(private readonly worker: Worker) {
    worker.on('message', (reply: Reply) => this.settle(reply));
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', (code) => this.fail(new Error(`the database worker stopped (exit code ${code})`)));
  }

  /** Resolves when the worker has opened the database (message 0). */
  opened(): Promise<unknown[]> {
    return new Promise((resolve, reject) => this.pending.set(0, { resolve, reject }));
  }

  async query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]> {
    await this.outsideTransactions();
    return this.send<Row>('query', sql, params);
  }

  async exec(script: string): Promise<void> {
    await this.outsideTransactions();
    await this.send('exec', script);
  }

  async transaction<T>(fn: (tx: Session) => Promise<T>): Promise<T> {
    await this.outsideTransactions();
    this.inTransaction = true;
    let release = (): void => undefined;
    this.transactionDone = new Promise((resolve) => (release = resolve));
    const handle = expiringSession({
      query: <Row>(sql: string, params?: unknown[]) => this.send<Row>('query', sql, params),
      exec: async (script: string) => void (await this.send('exec', script)),
    });
    try {
      await this.send('exec', 'BEGIN');
      const result = await fn(handle.session);
      await this.send('exec', 'COMMIT');
      return result;
    } catch (error) {
      await this.send('exec', 'ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      handle.expire();
      this.inTransaction = false;
      release();
    }
  }

  async collectGarbage(): Promise<void> {
    await this.send('collectGarbage', '');
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.send('close', '').catch(() => undefined);
    await this.worker.terminate();
  }

  private async outsideTransactions(): Promise<void> {
    while (this.inTransaction) await this.transactionDone;
  }

  private send<Row>(op: 'query' | 'exec' | 'collectGarbage' | 'close', sql: string, params?: unknown[]): Promise<Row[]> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise<unknown[]>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, op, sql, params: portableParams(params) });
    }).then((rows) => localRows(rows as Row[]), (error: unknown) => Promise.reject(localError(error)));
  }

  private settle(reply: Reply): void {
    const waiting = this.pending.get(reply.id);
    if (!waiting) return;
    this.pending.delete(reply.id);
    if (reply.error) waiting.reject(errorFrom(reply.error));
    else waiting.resolve(reply.rows ?? []);
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}

/** The worker returns its garbage after this long without a statement, at most once per IDLE_COLLECT_EVERY_MS. */
const IDLE_COLLECT_MS = 1000;
const IDLE_COLLECT_EVERY_MS = 10_000;

export interface PgliteWorkerOptions {
  dataDir: string;
  schema?: string;
  template?: Blob;
  /** The folder a new data folder is filled from (tests); defaults to the build's. */
  templateDir?: string;
}

export async function openPgliteWorkerDatabase(options: PgliteWorkerOptions): Promise<Database> {
  const schema = options.schema === undefined ? undefined : checkSchemaName(options.schema);
  const onDisk = !options.dataDir.startsWith('memory://');
  if (onDisk && options.template) await mkdir(options.dataDir, { recursive: true });
  // A new folder is filled from the build's template by the worker, in its own thread, so that the copy runs while this
  // thread loads the app (start-up opens the database first). Without a template the worker's PGlite runs initdb itself.
  const fill = onDisk && !options.template ? templateFillFor(options.dataDir, options.templateDir) : undefined;
  const template = options.template ? new Uint8Array(await options.template.arrayBuffer()) : undefined;
  const worker = new Worker(PGLITE_WORKER_SCRIPT, {
    eval: true,
    workerData: { pglitePath: require.resolve('@electric-sql/pglite'), dataDir: options.dataDir, fill, template, postgresqlconf: PGLITE_CONF, idleCollectMs: IDLE_COLLECT_MS, idleCollectEveryMs: IDLE_COLLECT_EVERY_MS },
  });
  const database = new PgliteWorkerDatabase(worker);
  try {
    await database.opened();
    if (schema !== undefined) await database.exec(`CREATE SCHEMA IF NOT EXISTS ${schema}; SET search_path TO ${schema};`);
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}
