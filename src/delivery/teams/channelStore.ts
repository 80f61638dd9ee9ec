// Teams staff channels in the database: the conversation reference saved on install, and which card was posted for which request.
import type { ConversationReference } from 'botbuilder';
import type { Database } from '../../storage/types';

export interface PostedCard {
  requestId: number;
  channelId: string;
  activityId: string;
}

export class TeamsChannelStore {
  constructor(
    private readonly db: Database,
    private readonly clock: () => Date,
  ) {}

  /** Saves (or refreshes) the reference the bot uses to post in this channel. */
  async saveChannel(channelId: string, reference: Partial<ConversationReference>, ids: { teamsTeamId?: string; tenantId?: string }): Promise<void> {
    const now = this.clock().toISOString();
    await this.db.query(
      `INSERT INTO teams_channels (channel_id, teams_team_id, tenant_id, reference, created_at, updated_at)
       VALUES ($1, $2, $3, $4::jsonb, $5, $5)
       ON CONFLICT (channel_id) DO UPDATE SET teams_team_id = $2, tenant_id = $3, reference = $4::jsonb, updated_at = $5`,
      [channelId, ids.teamsTeamId ?? null, ids.tenantId ?? null, JSON.stringify(reference), now],
    );
  }

  /** The bot was removed from a Teams team: its channels can no longer be posted to (deliveries retry and show as pending). */
  async forgetTeam(teamsTeamId: string): Promise<number> {
    return (await this.db.query('DELETE FROM teams_channels WHERE teams_team_id = $1 RETURNING channel_id', [teamsTeamId])).length;
  }

  async channel(channelId: string): Promise<Partial<ConversationReference> | undefined> {
    const rows = await this.db.query<{ reference: Partial<ConversationReference> | string }>('SELECT reference FROM teams_channels WHERE channel_id = $1', [channelId]);
    if (!rows[0]) return undefined;
    return typeof rows[0].reference === 'string' ? (JSON.parse(rows[0].reference) as Partial<ConversationReference>) : rows[0].reference;
  }

  async saveCard(card: PostedCard): Promise<void> {
    await this.db.query(
      'INSERT INTO teams_cards (request_id, channel_id, activity_id, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT (request_id) DO NOTHING',
      [card.requestId, card.channelId, card.activityId, this.clock().toISOString()],
    );
  }

  async card(requestId: number): Promise<PostedCard | undefined> {
    const rows = await this.db.query<{ request_id: number; channel_id: string; activity_id: string }>(
      'SELECT request_id, channel_id, activity_id FROM teams_cards WHERE request_id = $1', [requestId],
    );
    return rows[0] ? { requestId: Number(rows[0].request_id), channelId: rows[0].channel_id, activityId: rows[0].activity_id } : undefined;
  }
}
