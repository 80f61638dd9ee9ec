// Understanding in a worker thread, off the event loop: the rules and the learned layer (about a seventh of a turn's
// main-thread CPU, see BENCHMARKS.md) run on the other core while this thread serves other turns. Safety never waits on
// it: when the worker fails, exits or does not answer in time, the message is understood in this thread instead (the
// in-thread understander is built then, once) and so is every later one.
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { TurnUnderstander, UnderstandContext, Understander, Understanding } from '../types';
import type { WorkerReply, WorkerRequest } from './protocol';
import { UNDERSTANDING_WORKER_SCRIPT } from './workerScript';

export interface UnderstandingWorkerOptions {
  /** Folder with the understanding data; defaults to data/understanding in the project. */
  dataDir?: string;
  /** A message not answered within this many milliseconds is understood in this thread, and the worker is let go. */
  timeoutMs?: number;
  /** Called once when the worker is given up, with the reason (never a message text). */
  onFallback?: (reason: string) => void;
  /** Builds the in-thread understander (tests inject one). */
  inThread?: () => Understander;
}

interface Pending {
  text: string;
  now: Date;
  resolve: (understanding: Understanding) => void;
  reject: (error: unknown) => void;
  timer: NodeJS.Timeout;
}

/** Far above a message's cost (about 0.3 ms, at most a few ms), far below what a person waiting for help would notice. */
const DEFAULT_TIMEOUT_MS = 1500;

export class WorkerUnderstander implements TurnUnderstander {
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private local?: Understander;
  private closed = false;

  /** Resolves once the worker's understander is built; a bad data file rejects with the loader's message. */
  readonly ready: Promise<void>;

  private constructor(private worker: Worker | undefined, private readonly options: UnderstandingWorkerOptions) {
    this.ready = new Promise<void>((resolve, reject) => {
      if (!worker) return resolve();
      worker.on('message', (reply: WorkerReply) => {
        if (reply.kind === 'ready') {
          // From now on a failing worker is given up for the main thread, no longer a failed start.
          worker.off('error', failStart).off('exit', exitAtStart);
          worker.on('error', (error) => this.giveUp(`worker error: ${error.message}`));
          worker.on('exit', (code) => this.giveUp(`worker exited with code ${code}`));
          resolve();
        } else if (reply.kind === 'failed') {
          failStart(new Error(reply.message));
        } else {
          this.onReply(reply);
        }
      });
      const failStart = (error: Error) => {
        this.worker = undefined;
        void worker.terminate();
        reject(error);
      };
      const exitAtStart = (code: number) => failStart(new Error(`the understanding worker exited with code ${code} while starting`));
      worker.on('error', failStart).on('exit', exitAtStart);
    });
  }

  /** Starts the worker and returns at once: the worker builds its understander while this thread does other start-up work; await `ready` before the first message. */
  static spawn(options: UnderstandingWorkerOptions = {}): WorkerUnderstander {
    const fromSources = path.extname(__filename) === '.ts';
    const worker = new Worker(UNDERSTANDING_WORKER_SCRIPT, {
      eval: true,
      workerData: {
        entry: path.join(__dirname, `workerMain${path.extname(__filename)}`),
        typescriptPath: fromSources ? require.resolve('typescript') : undefined,
        dataDir: options.dataDir,
      },
    });
    worker.unref();
    return new WorkerUnderstander(worker, options);
  }

  /** Starts the worker and waits until its understander is built. */
  static async start(options: UnderstandingWorkerOptions = {}): Promise<WorkerUnderstander> {
    const understander = WorkerUnderstander.spawn(options);
    await understander.ready;
    return understander;
  }

  /** True while messages go to the worker (false once it was given up). */
  get inWorker(): boolean {
    return this.worker !== undefined;
  }

  understand(text: string, context: UnderstandContext = {}): Understanding | Promise<Understanding> {
    const now = context.now ?? new Date();
    const worker = this.worker;
    if (!worker) return this.inThread().understand(text, { now });
    return new Promise<Understanding>((resolve, reject) => {
      const id = this.nextId++;
      const timeoutMs = this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
      const timer = setTimeout(() => this.giveUp(`no answer within ${timeoutMs} ms`), timeoutMs);
      this.pending.set(id, { text, now, resolve, reject, timer });
      worker.postMessage({ id, text, now: now.getTime() } satisfies WorkerRequest);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = undefined;
    this.answerPendingInThread();
    if (worker) await worker.terminate();
  }

  private onReply(reply: WorkerReply): void {
    if (reply.kind !== 'understood' && reply.kind !== 'error') return;
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    this.pending.delete(reply.id);
    clearTimeout(pending.timer);
    if (reply.kind === 'understood') pending.resolve(reply.understanding);
    else this.answerInThread(pending);
  }

  private giveUp(reason: string): void {
    const worker = this.worker;
    if (!worker) return;
    this.worker = undefined;
    if (!this.closed) this.options.onFallback?.(reason);
    void worker.terminate().catch(() => undefined);
    this.answerPendingInThread();
  }

  private answerPendingInThread(): void {
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const pending of waiting) {
      clearTimeout(pending.timer);
      this.answerInThread(pending);
    }
  }

  /** An error here is the turn's error, as it would be without the worker (its apology carries 112 and 113). */
  private answerInThread(pending: Pending): void {
    try {
      pending.resolve(this.inThread().understand(pending.text, { now: pending.now }));
    } catch (error) {
      pending.reject(error);
    }
  }

  private inThread(): Understander {
    // Loaded only now: while the worker answers, this thread keeps none of the understanding's data or code.
    this.local ??= this.options.inThread?.() ?? (require('../understander') as typeof import('../understander')).createUnderstander({ dataDir: this.options.dataDir });
    return this.local;
  }
}
