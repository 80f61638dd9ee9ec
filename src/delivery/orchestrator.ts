// The ONE place that owns attempts, backoff, status, logging and metrics of a delivery; backends only deliver or throw.
import type { WijTeam } from '../catalogue/types';
import type { Logger } from '../logger';
import type { Metrics } from '../metrics';
import type { ClaimedRow, OutboxRepository } from './outboxRepository';
import { nextAttempt, type RetryPolicy } from './retryPolicy';
import { safeErrorText } from './safeError';
import type { DeliveryRequest, RegistrationBackend } from './types';

export type Outcome = 'delivered' | 'retry' | 'failed' | 'put_back' | 'lost_claim';

export interface OrchestratorDeps {
  outbox: OutboxRepository;
  backends: ReadonlyMap<string, RegistrationBackend>;
  teams: () => WijTeam[];
  policy: RetryPolicy;
  clock: () => Date;
  logger: Logger;
  metrics?: Pick<Metrics, 'deliveries'>;
}

/** Resolves with the attempt, or rejects as soon as `signal` aborts; leaves no listener behind. */
function untilAborted<T>(attempt: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new Error('shutting down'));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new Error('shutting down'));
    signal.addEventListener('abort', onAbort, { once: true });
    attempt.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

export class DeliveryOrchestrator {
  constructor(private readonly deps: OrchestratorDeps) {}

  /** Runs one attempt of a claimed row and records what happened. When `signal` aborts first, the row is put back. */
  async run(row: ClaimedRow, request: DeliveryRequest | undefined, signal: AbortSignal): Promise<Outcome> {
    const { outbox, clock } = this.deps;
    const log = this.deps.logger.child({ requestId: row.requestId, backend: row.backend, outboxId: row.outboxId, attempt: row.attempt });
    const backend = this.deps.backends.get(row.backend);
    let error: unknown;
    if (!request) {
      error = new Error('request not found');
    } else if (!backend) {
      error = new Error(`backend "${row.backend}" is not configured on this instance`);
    } else {
      try {
        const team = this.deps.teams().find((t) => t.id === request.teamId);
        const attempt = backend.register({ outboxId: row.outboxId, backend: row.backend, attempt: row.attempt, request, team }, { now: clock(), signal });
        // A backend that ignores the signal must not hold up a shutdown: stop waiting for it and put the row back.
        await untilAborted(attempt, signal);
      } catch (caught) {
        error = caught;
      }
    }
    const now = clock();
    if (error !== undefined && signal.aborted) {
      const putBack = await outbox.putBack(row, now);
      log.info({ putBack }, 'delivery interrupted by shutdown; put back');
      if (putBack) this.deps.metrics?.deliveries.inc({ backend: row.backend, result: 'put_back' });
      return 'put_back';
    }
    let outcome: Outcome;
    if (error === undefined) {
      outcome = (await outbox.markDelivered(row, now)) ? 'delivered' : 'lost_claim';
      if (outcome === 'delivered') log.info('delivered');
    } else {
      const text = safeErrorText(error);
      const next = nextAttempt(this.deps.policy, row.attempt, row.windowStart, now);
      if (next === 'failed') {
        outcome = (await outbox.markFailed(row, text, now)) ? 'failed' : 'lost_claim';
        if (outcome === 'failed') log.error({ error: text }, 'delivery failed for good; a coordinator can retry it');
      } else {
        outcome = (await outbox.markRetry(row, next, text, now)) ? 'retry' : 'lost_claim';
        if (outcome === 'retry') log.warn({ error: text, nextAttemptAt: next.toISOString() }, 'delivery attempt failed; will retry');
      }
    }
    if (outcome === 'lost_claim') log.warn('lease expired before the outcome was recorded; another worker owns the row');
    else this.deps.metrics?.deliveries.inc({ backend: row.backend, result: outcome });
    return outcome;
  }
}
