// Builds the bot with its state over the given botbuilder Storage; shared by the app and the dialog tests.
import { randomUUID } from 'node:crypto';
import type { Storage, TurnContext } from 'botbuilder';
import type { Content } from '../content';
import type { RequestFiler, RequestTracker } from '../requests/types';
import type { Metrics } from '../metrics';
import type { Language } from '../understanding/types';
import { LeanConversationState, LeanUserState } from './leanState';
import { batchReplies } from './replyBatcher';
import { SteunwijzerBot } from './steunwijzerBot';

export interface BotSettings {
  defaultLanguage: Language;
  privacyDays: number;
}

export interface BotServices {
  requests: RequestFiler;
  tracker: RequestTracker;
  metrics?: Metrics;
}

const keepsNoTranscript = async () => undefined;

export function createBot(
  content: Content,
  storage: Storage,
  { requests, tracker, metrics }: BotServices,
  settings: BotSettings,
  clock: () => Date,
  forgetTranscript: (conversationId: string, channelId: string) => Promise<void> = keepsNoTranscript,
) {
  const bot = new SteunwijzerBot({
    conversationState: new LeanConversationState(storage),
    userState: new LeanUserState(storage),
    understander: content.understander,
    texts: content.texts,
    matchWords: content.matchWords,
    helplines: content.helplines,
    services: { catalogue: content.catalogue, requests, tracker, newId: randomUUID, clock },
    metrics,
    defaultLanguage: settings.defaultLanguage,
    privacyDays: settings.privacyDays,
    clock,
    forgetTranscript,
  });
  return batchReplies((context: TurnContext) => bot.run(context));
}
