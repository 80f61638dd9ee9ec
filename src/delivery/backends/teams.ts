// The `teams` backend: posts the request's Adaptive Card in the WIJ team's Teams channel, through the reference saved on install.
import { CardFactory, MessageFactory, type CloudAdapter } from 'botbuilder';
import type { TFunction } from 'i18next';
import { ConfigError } from '../../config';
import type { TeamsChannelStore } from '../teams/channelStore';
import { requestCard } from '../teams/requestCard';
import { DeliveryError, type DeliveryJob, type RegisterOptions, type RegistrationBackend } from '../types';

export interface TeamsBackendDeps {
  adapter: Pick<CloudAdapter, 'continueConversationAsync'>;
  appId: string;
  store: TeamsChannelStore;
  /** WIJ team id → Teams channel id (TEAMS_CHANNELS). */
  channels: Readonly<Record<string, string>>;
  t: TFunction;
  publicUrl: string;
}

export class TeamsBackend implements RegistrationBackend {
  readonly id = 'teams';

  constructor(private readonly deps: TeamsBackendDeps) {
    if (Object.keys(deps.channels).length === 0) {
      throw new ConfigError('teams_config', 'TEAMS_CHANNELS: is required for the teams backend (e.g. "wij-centrum=19:abc@thread.tacv2")');
    }
  }

  /** A card that was posted before (a repeated delivery after a crash) is not posted again. */
  async register(job: DeliveryJob, { now }: RegisterOptions): Promise<void> {
    const { request } = job;
    if (await this.deps.store.card(request.id)) return;
    const channelId = this.deps.channels[request.teamId];
    if (!channelId) throw new DeliveryError('teams_channel_unmapped', `TEAMS_CHANNELS has no channel for team ${request.teamId}`);
    const reference = await this.deps.store.channel(channelId);
    if (!reference) throw new DeliveryError('teams_channel_unknown', `the bot has not been added to the channel of team ${request.teamId} yet`);
    const card = CardFactory.adaptiveCard(requestCard(this.deps.t, request, { now, publicUrl: this.deps.publicUrl }));
    let activityId: string | undefined;
    await this.deps.adapter.continueConversationAsync(this.deps.appId, reference, async (context) => {
      activityId = (await context.sendActivity(MessageFactory.attachment(card)))?.id;
    });
    if (!activityId) throw new DeliveryError('teams_no_activity_id', 'Teams accepted the card without an activity id');
    await this.deps.store.saveCard({ requestId: request.id, channelId, activityId });
  }
}
