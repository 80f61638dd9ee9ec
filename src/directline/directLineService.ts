// The local Direct Line 3.0 channel: tokens, conversations, posting activities to the bot and reading them back by watermark.
import { randomBytes } from 'node:crypto';
import { type Activity, ActivityTypes, type TurnContext } from 'botbuilder';
import { HttpError } from '../errors';
import type { ConversationStore } from './conversationStore';
import type { DirectLineAdapter } from './directLineAdapter';
import type { PostedActivity } from './activitySchema';
import { KeyedQueue } from './keyedQueue';
import type { DirectLineTokens, TokenClaims } from './tokens';

export const CHANNEL_ID = 'directline';
const BOT = { id: 'steunwijzer', name: 'Steunwijzer', role: 'bot' };

export interface ConversationResponse {
  conversationId: string;
  token: string;
  expires_in: number;
}

const randomId = (bytes: number) => randomBytes(bytes).toString('base64url');

export class DirectLineService {
  /** Turns of one conversation run in order (within this instance); a double tap cannot interleave two turns. */
  private readonly turns = new KeyedQueue();
  /** Set by the composition root: sends the bot's "typing" to the conversation's open WebSocket streams. */
  onTyping?: (conversationId: string, typing: Partial<Activity>) => void;

  constructor(
    private readonly tokens: DirectLineTokens,
    private readonly store: ConversationStore,
    private readonly adapter: DirectLineAdapter,
    private readonly bot: (context: TurnContext) => Promise<void>,
    private readonly serviceUrl: string,
  ) {}

  /** A token for a new conversation; our own web chat page needs no secret. */
  generateToken(): ConversationResponse & { userId: string } {
    const conversationId = randomId(18);
    const userId = `dl_${randomId(12)}`;
    const { token, expiresIn } = this.tokens.issue(conversationId, userId);
    return { conversationId, token, expires_in: expiresIn, userId };
  }

  /** The conversation a valid token is for (to count its requests); throws like every route for a bad token. */
  conversationOf(authorization: string | undefined): string {
    return this.tokens.verify(authorization).conversationId;
  }

  refreshToken(authorization: string | undefined): ConversationResponse {
    const claims = this.tokens.verify(authorization);
    return this.response(claims);
  }

  /** Starts the conversation the token is for; the bot greets once. Starting again returns the same conversation. */
  async startConversation(authorization: string | undefined): Promise<{ created: boolean; body: ConversationResponse }> {
    const claims = this.tokens.verify(authorization);
    const created = await this.store.create(claims.conversationId, claims.userId);
    if (created) {
      const user = { id: claims.userId, name: '', role: 'user' };
      await this.runTurn({ ...this.envelope(claims), type: ActivityTypes.ConversationUpdate, membersAdded: [user] });
    }
    return { created, body: this.response(claims) };
  }

  async reconnect(authorization: string | undefined, conversationId: string): Promise<ConversationResponse> {
    const claims = await this.authorize(authorization, conversationId);
    return this.response(claims);
  }

  async postActivity(authorization: string | undefined, conversationId: string, posted: PostedActivity): Promise<{ id: string }> {
    const claims = await this.authorize(authorization, conversationId);
    const activity: Partial<Activity> = {
      ...posted,
      ...this.envelope(claims),
      from: { id: claims.userId, name: posted.from?.name ?? '', role: 'user' },
    };
    if (activity.type === ActivityTypes.Typing) return { id: '' };
    return this.turns.run(conversationId, async () => {
      const { id, timestamp } = await this.store.append(conversationId, activity);
      // Open streams show "typing" at once (not kept: it means nothing later); Web Chat hides it when the reply arrives.
      if (activity.type === ActivityTypes.Message) this.onTyping?.(conversationId, { ...this.envelope(claims), type: ActivityTypes.Typing, from: BOT, recipient: activity.from });
      await this.runTurn({ ...activity, id, timestamp: new Date(timestamp) });
      return { id };
    });
  }

  async activities(authorization: string | undefined, conversationId: string, watermark: string | undefined) {
    await this.authorize(authorization, conversationId);
    const from = watermark && /^\d+$/.test(watermark) ? Number(watermark) : 0;
    return this.store.since(conversationId, from);
  }

  private async authorize(authorization: string | undefined, conversationId: string): Promise<TokenClaims> {
    const claims = this.tokens.verify(authorization);
    if (claims.conversationId !== conversationId) throw new HttpError(403, 'token_conversation', 'token is for another conversation');
    if (!(await this.store.exists(conversationId))) throw new HttpError(404, 'conversation_not_found', 'conversation not found; start it first');
    return claims;
  }

  private envelope(claims: TokenClaims): Partial<Activity> {
    return {
      channelId: CHANNEL_ID,
      serviceUrl: this.serviceUrl,
      conversation: { id: claims.conversationId, isGroup: false, conversationType: 'personal', name: '' },
      recipient: BOT,
      from: { id: claims.userId, name: '', role: 'user' },
    };
  }

  private async runTurn(activity: Partial<Activity>): Promise<void> {
    await this.adapter.processActivity(activity, this.bot);
  }

  private response(claims: TokenClaims): ConversationResponse {
    const { token, expiresIn } = this.tokens.issue(claims.conversationId, claims.userId);
    return { conversationId: claims.conversationId, token, expires_in: expiresIn };
  }
}
