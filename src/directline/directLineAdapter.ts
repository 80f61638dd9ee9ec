// A bot adapter for the local Direct Line channel: runs turns in process and writes the bot's replies to the conversation store.
import {
  type Activity, ActivityTypes, BotAdapter, type ConversationReference, type ResourceResponse, TurnContext,
} from 'botbuilder';
import type { ConversationStore } from './conversationStore';

export class DirectLineAdapter extends BotAdapter {
  constructor(private readonly store: ConversationStore) {
    super();
  }

  /** Runs one turn through the middleware and the bot; errors go to onTurnError. */
  async processActivity(activity: Partial<Activity>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const context = new TurnContext(this, activity);
    await this.runMiddleware(context, logic);
  }

  async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      if (activity.type === 'delay' || activity.type === ActivityTypes.InvokeResponse) {
        responses.push({ id: '' });
        continue;
      }
      const conversationId = activity.conversation?.id ?? context.activity.conversation.id;
      responses.push({ id: (await this.store.append(conversationId, activity)).id });
    }
    return responses;
  }

  async updateActivity(): Promise<void> {
    throw new Error('updating activities is not supported on the local Direct Line channel');
  }

  async deleteActivity(): Promise<void> {
    throw new Error('deleting activities is not supported on the local Direct Line channel');
  }

  async continueConversation(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const activity = TurnContext.applyConversationReference({ type: ActivityTypes.Event, name: 'continueConversation' }, reference, true);
    await this.processActivity(activity, logic);
  }
}
