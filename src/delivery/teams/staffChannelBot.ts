// The bot in the WIJ teams' Teams channels: saves the channel on install and handles "Oppakken" on a request card.
import { ActivityHandler, CardFactory, TeamsInfo, TurnContext, type Activity, type ConversationReference, type InvokeResponse } from 'botbuilder';
import type { TFunction } from 'i18next';
import { z } from 'zod';
import type { Logger } from '../../logger';
import type { DeliveryRequest } from '../types';
import type { TeamsChannelStore } from './channelStore';
import type { ClaimForTeamsUser } from './claimPort';
import { CLAIM_VERB, requestCard } from './requestCard';

/** Staff channels are Teams channel conversations; the citizens' bot never sees them. */
export function isStaffChannelActivity(activity: Partial<Activity>): boolean {
  return activity.channelId === 'msteams' && activity.conversation?.conversationType === 'channel';
}

const claimInvoke = z.object({
  action: z.object({
    type: z.literal('Action.Execute'),
    verb: z.literal(CLAIM_VERB),
    data: z.looseObject({ requestId: z.number().int().positive() }),
  }),
});

const channelData = z.looseObject({
  eventType: z.string().optional(),
  tenant: z.looseObject({ id: z.string() }).optional(),
  team: z.looseObject({ id: z.string() }).optional(),
  channel: z.looseObject({ id: z.string() }).optional(),
});

export interface StaffChannelDeps {
  store: TeamsChannelStore;
  claim: ClaimForTeamsUser;
  request: (id: number) => Promise<DeliveryRequest | undefined>;
  t: TFunction;
  publicUrl: string;
  clock: () => Date;
  logger: Logger;
}

const message = (statusCode: number, value: string): InvokeResponse => ({
  status: statusCode,
  body: { statusCode, type: 'application/vnd.microsoft.activity.message', value },
});

export class StaffChannelBot extends ActivityHandler {
  constructor(private readonly deps: StaffChannelDeps) {
    super();
    this.onMembersAdded(async (context, next) => {
      const botAdded = (context.activity.membersAdded ?? []).some((m) => m.id === context.activity.recipient.id);
      if (botAdded) await this.saveChannels(context);
      await next();
    });
    this.onMembersRemoved(async (context, next) => {
      const botRemoved = (context.activity.membersRemoved ?? []).some((m) => m.id === context.activity.recipient.id);
      const data = channelData.safeParse(context.activity.channelData ?? {});
      if (botRemoved && data.success && data.data.team?.id) {
        const forgotten = await this.deps.store.forgetTeam(data.data.team.id);
        this.deps.logger.warn({ component: 'teams', forgotten }, 'bot removed from a Teams team; its channels are forgotten');
      }
      await next();
    });
    this.onConversationUpdate(async (context, next) => {
      const data = channelData.safeParse(context.activity.channelData ?? {});
      if (data.success && data.data.eventType === 'channelCreated' && data.data.channel?.id) {
        await this.saveChannel(context, data.data.channel.id);
      }
      await next();
    });
  }

  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    if (context.activity.name !== 'adaptiveCard/action') return super.onInvokeActivity(context);
    const parsed = claimInvoke.safeParse(context.activity.value);
    if (!parsed.success) {
      const reason = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      return { status: 400, body: { statusCode: 400, type: 'application/vnd.microsoft.error', value: { code: 'BadRequest', message: reason } } };
    }
    return this.claim(context, parsed.data.action.data.requestId);
  }

  /** The channel the bot was added in, and (where Teams lists them) every other channel of that team. */
  private async saveChannels(context: TurnContext): Promise<void> {
    const data = channelData.safeParse(context.activity.channelData ?? {});
    const teamId = data.success ? data.data.team?.id : undefined;
    await this.saveChannel(context, (data.success && data.data.channel?.id) || teamId || context.activity.conversation.id);
    if (!teamId) return;
    try {
      for (const channel of await TeamsInfo.getTeamChannels(context, teamId)) if (channel.id) await this.saveChannel(context, channel.id);
    } catch (error) {
      this.deps.logger.info({ component: 'teams', err: { name: (error as Error).name } }, 'the team\'s channel list is not available; only the install channel is saved');
    }
  }

  /** Saves a reference that posts to the root of `channelId` (a new message, not a reply). */
  private async saveChannel(context: TurnContext, channelId: string): Promise<void> {
    const data = channelData.safeParse(context.activity.channelData ?? {});
    const base = TurnContext.getConversationReference(context.activity);
    const reference: Partial<ConversationReference> = { ...base, activityId: undefined, conversation: { ...base.conversation!, id: channelId } };
    delete reference.activityId;
    await this.deps.store.saveChannel(channelId, reference, {
      teamsTeamId: data.success ? data.data.team?.id : undefined, tenantId: data.success ? data.data.tenant?.id : undefined,
    });
    this.deps.logger.info({ component: 'teams', channelId }, 'Teams channel reference saved');
  }

  /** Claims through the port, updates the posted card for everyone, and answers the presser with the new card. */
  private async claim(context: TurnContext, requestId: number): Promise<InvokeResponse> {
    const { t } = this.deps;
    const log = this.deps.logger.child({ component: 'teams', requestId, backend: 'teams' });
    const from = context.activity.from as { aadObjectId?: string; name?: string };
    if (!from.aadObjectId) return message(200, t('delivery:card.forbidden'));
    const result = await this.deps.claim(requestId, { aadObjectId: from.aadObjectId, name: from.name ?? '' });
    log.info({ claimed: result.ok, reason: result.ok ? undefined : result.reason }, 'Oppakken pressed in Teams');
    if (!result.ok && result.reason !== 'claimed') return message(200, t(result.reason === 'forbidden' ? 'delivery:card.forbidden' : 'delivery:card.notFound'));
    const request = await this.deps.request(requestId);
    if (!request) return message(200, t('delivery:card.notFound'));
    const card = requestCard(t, request, { now: this.deps.clock(), publicUrl: this.deps.publicUrl, claimedBy: result.claimedBy });
    if (result.ok) {
      const posted = await this.deps.store.card(requestId);
      const id = posted?.activityId ?? context.activity.replyToId;
      if (id) {
        await context.updateActivity({ type: 'message', id, conversation: context.activity.conversation, attachments: [CardFactory.adaptiveCard(card)] })
          .catch((error: Error) => log.warn({ err: { name: error.name } }, 'the card could not be updated in place'));
      }
    }
    return { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card } };
  }
}
