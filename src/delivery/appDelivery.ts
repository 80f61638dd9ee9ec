// Delivery as the app runs it: the context the backends need, the built-in backends, the coordinator's mails, one Delivery.
import type { WijTeam } from '../catalogue/types';
import type { DeliveryConfig } from '../config';
import type { Logger } from '../logger';
import type { Metrics } from '../metrics';
import type { RequestRepository } from '../requests/requestRepository';
import type { Database } from '../storage/types';
import type { Texts } from '../texts/loadTexts';
import { backendFactories, coordinatorBackends, mailerFor, type BackendContext } from './backendFactories';
import { createDelivery, type Delivery } from './createDelivery';
import { FailureDigest } from './failureDigest';
import type { BackendFactory } from './types';
import type { WorkerOptions } from './worker';

export interface AppDeliveryDeps {
  db: Database;
  config: DeliveryConfig;
  publicUrl: string;
  requests: RequestRepository;
  teams: () => WijTeam[];
  texts: Texts;
  clock: () => Date;
  logger: Logger;
  metrics?: Pick<Metrics, 'deliveries' | 'outboxDepth'>;
  /** Extra or replaced backends (tests). */
  factories?: Record<string, BackendFactory>;
  worker?: Partial<WorkerOptions>;
}

export function createAppDelivery(deps: AppDeliveryDeps): Delivery {
  const context: BackendContext = { config: deps.config, publicUrl: deps.publicUrl, logger: deps.logger, t: deps.texts.t('nl'), teams: deps.teams };
  const coordinatorEmail = deps.config.coordinatorEmail;
  return createDelivery({
    db: deps.db, config: deps.config, requests: deps.requests, teams: deps.teams, clock: deps.clock, logger: deps.logger, metrics: deps.metrics,
    worker: deps.worker,
    factories: { ...backendFactories(context), ...deps.factories },
    internal: coordinatorBackends(context),
    digest: coordinatorEmail
      ? (outbox) => new FailureDigest({
          db: deps.db, outbox, mailer: mailerFor(context, 'when COORDINATOR_EMAIL is set')(), t: context.t, teams: deps.teams,
          coordinatorEmail, hour: deps.config.digestHour, logger: deps.logger.child({ component: 'delivery' }),
        })
      : undefined,
  });
}
