// Builds delivery: outbox rows in the filing transaction, the backends REGISTRATION_BACKENDS turns on, the worker and its admin.
import type { WijTeam } from '../catalogue/types';
import type { DeliveryConfig } from '../config';
import type { Logger } from '../logger';
import type { Metrics } from '../metrics';
import type { RequestRepository } from '../requests/requestRepository';
import type { Database } from '../storage/types';
import { DeliveryAdmin } from './deliveryAdmin';
import type { FailureDigest } from './failureDigest';
import { DeliveryOrchestrator } from './orchestrator';
import { OutboxRepository } from './outboxRepository';
import { buildRegistry } from './registry';
import { defaultRetryPolicy, type RetryPolicy } from './retryPolicy';
import type { BackendFactory, RegistrationBackend } from './types';
import { DeliveryWorker, defaultWorkerOptions, type WorkerOptions } from './worker';

export interface DeliveryDeps {
  db: Database;
  config: DeliveryConfig;
  requests: RequestRepository;
  teams: () => WijTeam[];
  clock: () => Date;
  logger: Logger;
  metrics?: Pick<Metrics, 'deliveries' | 'outboxDepth'>;
  /** The backends that can be turned on, by id. */
  factories: Readonly<Record<string, BackendFactory>>;
  /** Backends that are always on (not listed in REGISTRATION_BACKENDS), with when their row is due for a request. */
  internal?: InternalBackend[];
  /** The daily digest of failures, when a coordinator is configured; checked every `digestEveryMs`. */
  digest?: (outbox: OutboxRepository) => FailureDigest;
  digestEveryMs?: number;
  policy?: RetryPolicy;
  worker?: Partial<WorkerOptions>;
}

/** A backend that is on without being listed (the escalation): `dueAt` says when its row is due, or undefined for none. */
export interface InternalBackend {
  backend: RegistrationBackend;
  dueAt: (request: { urgent: boolean; teamId: string }, now: Date) => Date | undefined;
}

export interface Delivery {
  outbox: OutboxRepository;
  worker: DeliveryWorker;
  admin: DeliveryAdmin;
  backends: ReadonlyMap<string, RegistrationBackend>;
  digest?: FailureDigest;
  start(): void;
  stop(): Promise<void>;
}

export function createDelivery(deps: DeliveryDeps): Delivery {
  const backends = buildRegistry(deps.config.backends, deps.factories);
  const internal = deps.internal ?? [];
  for (const { backend } of internal) backends.set(backend.id, backend);
  const outbox = new OutboxRepository(deps.db, deps.requests);
  const orchestrator = new DeliveryOrchestrator({
    outbox, backends, teams: deps.teams, policy: deps.policy ?? defaultRetryPolicy(), clock: deps.clock,
    logger: deps.logger.child({ component: 'delivery' }), metrics: deps.metrics,
  });
  const worker = new DeliveryWorker(
    { outbox, orchestrator, clock: deps.clock, logger: deps.logger.child({ component: 'delivery' }), metrics: deps.metrics },
    { ...defaultWorkerOptions, pollMs: deps.config.pollMs, ...deps.worker },
  );
  const enabled = [...deps.config.backends];

  deps.requests.onFiled(async (tx, request) => {
    const now = deps.clock();
    const rows = enabled.map((backend) => ({ backend, dueAt: now }));
    for (const { backend, dueAt } of internal) {
      const due = dueAt(request, now);
      if (due) rows.push({ backend: backend.id, dueAt: due });
    }
    await outbox.enqueue(tx, request.id, rows, request.urgent, now);
    // The hook runs before COMMIT: look a moment later (and once more, for a slow commit), not only at the next poll.
    if (rows.length > 0) for (const ms of [25, 500]) setTimeout(() => worker.nudge(), ms).unref();
  });

  const digest = deps.digest?.(outbox);
  let digestTimer: NodeJS.Timeout | undefined;
  const runDigest = () => {
    digest?.runIfDue(deps.clock()).catch((error: Error) => {
      deps.logger.error({ component: 'delivery', err: { name: error.name, code: (error as { code?: string }).code } }, 'daily digest could not be sent; will try again');
    });
  };

  return {
    outbox,
    worker,
    admin: new DeliveryAdmin(outbox, deps.clock, () => worker.nudge()),
    backends,
    digest,
    start: () => {
      if (backends.size > 0) worker.start();
      if (digest && !digestTimer) {
        digestTimer = setInterval(runDigest, deps.digestEveryMs ?? 10 * 60_000);
        digestTimer.unref();
        runDigest();
      }
    },
    stop: async () => {
      clearInterval(digestTimer);
      digestTimer = undefined;
      await worker.stop();
    },
  };
}
