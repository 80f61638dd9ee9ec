// The delivery worker: claims due outbox rows (urgent first), runs them through the orchestrator, and stops gracefully.
import type { Logger } from '../logger';
import type { Metrics } from '../metrics';
import type { DeliveryOrchestrator, Outcome } from './orchestrator';
import type { OutboxRepository } from './outboxRepository';

export interface WorkerOptions {
  /** Time between polls when nothing was due. */
  pollMs: number;
  /** Rows claimed at once. */
  batchSize: number;
  /** How long a claim holds; after a crash (kill -9) the row is due again once this has passed. */
  leaseMs: number;
  /** How long stop() lets in-flight deliveries finish before putting them back. */
  graceMs: number;
}

export const defaultWorkerOptions: WorkerOptions = { pollMs: 1000, batchSize: 10, leaseMs: 5 * 60_000, graceMs: 10_000 };

export interface WorkerDeps {
  outbox: OutboxRepository;
  orchestrator: DeliveryOrchestrator;
  clock: () => Date;
  logger: Logger;
  metrics?: Pick<Metrics, 'outboxDepth'>;
}

export class DeliveryWorker {
  private running = false;
  private timer?: NodeJS.Timeout;
  private wake?: () => void;
  private loop?: Promise<void>;
  private readonly abort = new AbortController();
  private readonly inFlight = new Set<Promise<Outcome>>();

  constructor(
    private readonly deps: WorkerDeps,
    private readonly options: WorkerOptions = defaultWorkerOptions,
  ) {}

  /** Claims one batch of due rows and delivers them together; resolves with their outcomes. */
  async runOnce(): Promise<Outcome[]> {
    const now = this.deps.clock();
    const rows = await this.deps.outbox.claimDue(now, new Date(now.getTime() + this.options.leaseMs), this.options.batchSize);
    if (rows.length === 0) return [];
    const requests = await this.deps.outbox.requestsById([...new Set(rows.map((r) => r.requestId))]);
    const runs = rows.map((row) => {
      const run = this.deps.orchestrator.run(row, requests.get(row.requestId), this.abort.signal);
      this.inFlight.add(run);
      return run.finally(() => this.inFlight.delete(run));
    });
    return Promise.all(runs);
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.poll();
  }

  /** Looks for due rows soon (after a filing), instead of waiting for the next poll. */
  nudge(): void {
    this.wake?.();
  }

  /** Stops claiming; in-flight deliveries get `graceMs` to finish, then they are aborted and put back. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.nudge();
    const finished = (this.loop ?? Promise.resolve()).then(() => Promise.allSettled([...this.inFlight]));
    let graceTimer: NodeJS.Timeout | undefined;
    const grace = new Promise<'timeout'>((resolve) => {
      graceTimer = setTimeout(() => resolve('timeout'), this.options.graceMs);
    });
    if ((await Promise.race([finished, grace])) === 'timeout') this.abort.abort();
    clearTimeout(graceTimer);
    await finished;
  }

  private async poll(): Promise<void> {
    while (this.running) {
      let claimed = 0;
      try {
        claimed = (await this.runOnce()).length;
        await this.reportDepth();
      } catch (error) {
        this.deps.logger.error({ err: { name: (error as Error).name, message: (error as Error).message } }, 'delivery poll failed');
      }
      if (this.running && claimed < this.options.batchSize) await this.sleep(this.options.pollMs);
    }
  }

  /** Sets the outbox depth gauge (pending rows per backend). */
  async reportDepth(): Promise<void> {
    if (!this.deps.metrics) return;
    const depth = await this.deps.outbox.depth();
    this.deps.metrics.outboxDepth.reset();
    for (const [backend, n] of Object.entries(depth)) this.deps.metrics.outboxDepth.set({ backend }, n);
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      this.wake = () => {
        clearTimeout(this.timer);
        this.wake = undefined;
        resolve();
      };
      this.timer = setTimeout(() => this.wake?.(), ms);
    });
  }
}
