// Delivery as the app runs it: the context the backends need, the built-in backends, the coordinator's mails, one Delivery.
import type { WijTeam } from '../catalogue/types';
import type { DeliveryConfig } from '../config';
import type { Logger } from '../logger';
import type { Metrics } from '../metrics';
import type { RequestRepository } from '../requests/requestRepository';
import type { CloudAdapter } from 'botbuilder';
import type { Database } from '../storage/types';
import type { Texts } from '../texts/loadTexts';
import { backendFactories, coordinatorBackends, mailerFor, type BackendContext } from './backendFactories';
import { createDelivery, type Delivery } from './createDelivery';
import { FailureDigest } from './failureDigest';
import { TeamsBackend } from './backends/teams';
import { TeamsChannelStore } from './teams/channelStore';
import { refuseTeamsClaims, type ClaimForTeamsUser } from './teams/claimPort';
import { StaffChannelBot } from './teams/staffChannelBot';
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
  /** Posting cards to Teams channels and claiming from them. */
  msTeams: { adapter: Pick<CloudAdapter, 'continueConversationAsync'>; appId: string; claim?: ClaimForTeamsUser };
}

export interface AppDelivery {
  delivery: Delivery;
  /** Handles Teams staff-channel activities (install, "Oppakken"); route them here with isStaffChannelActivity. */
  staffChannel: StaffChannelBot;
}

export function createAppDelivery(deps: AppDeliveryDeps): AppDelivery {
  const context: BackendContext = { config: deps.config, publicUrl: deps.publicUrl, logger: deps.logger, t: deps.texts.t('nl'), teams: deps.teams };
  const coordinatorEmail = deps.config.coordinatorEmail;
  const store = new TeamsChannelStore(deps.db, deps.clock);
  const teams = () => new TeamsBackend({
    adapter: deps.msTeams.adapter, appId: deps.msTeams.appId, store, channels: deps.config.teamsChannels, t: context.t, publicUrl: deps.publicUrl,
  });
  const delivery = createDelivery({
    db: deps.db, config: deps.config, requests: deps.requests, teams: deps.teams, clock: deps.clock, logger: deps.logger, metrics: deps.metrics,
    worker: deps.worker,
    factories: { ...backendFactories(context), teams, ...deps.factories },
    internal: coordinatorBackends(context),
    digest: coordinatorEmail
      ? (outbox) => new FailureDigest({
          db: deps.db, outbox, mailer: mailerFor(context, 'when COORDINATOR_EMAIL is set')(), t: context.t, teams: deps.teams,
          coordinatorEmail, hour: deps.config.digestHour, logger: deps.logger.child({ component: 'delivery' }),
        })
      : undefined,
  });
  const staffChannel = new StaffChannelBot({
    store, claim: deps.msTeams.claim ?? refuseTeamsClaims, t: context.t, publicUrl: deps.publicUrl, clock: deps.clock, logger: deps.logger,
    request: async (id) => (await delivery.outbox.requestsById([id])).get(id),
  });
  return { delivery, staffChannel };
}
