// What happens when a turn throws: log with a correlation id (no message text), apologise in the user's language, keep the saved state.
import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import type { Logger } from '../logger';
import type { Texts } from '../texts/loadTexts';
import type { Language } from '../understanding/types';

export function turnErrorHandler(logger: Logger, texts: Texts, language: (context: TurnContext) => Language) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    const correlationId = randomUUID();
    logger.error(
      { correlationId, channelId: context.activity.channelId, activityType: context.activity.type, err: { name: error.name, message: error.message, stack: error.stack } },
      'turn failed',
    );
    try {
      await context.sendActivity(texts.t(language(context))('common.error'));
    } catch (sendError) {
      logger.error({ correlationId, err: { message: (sendError as Error).message } }, 'could not send the apology');
    }
  };
}
