// What happens when a turn throws: log with a correlation id (no message text), apologise in the user's language, keep the saved state.
import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import { AppError } from '../errors';
import type { Logger } from '../logger';
import type { Texts } from '../texts/loadTexts';
import type { Language } from '../understanding/types';

/** The conversation's state could not be loaded (the database is down): the turn cannot go on, nor can a request be sent. */
export class StateUnavailableError extends AppError {
  override name = 'StateUnavailableError';
  constructor(readonly reason: unknown) {
    super('state_unavailable', 'The conversation state could not be loaded.', {
      reason: { name: (reason as Error)?.name, code: (reason as { code?: string })?.code, message: (reason as Error)?.message },
    });
  }
}

/**
 * `phoneWhenDown`: a WIJ phone number every family can call (the town-wide team). When the state cannot be loaded the
 * bot knows neither the form nor the family's team, so the apology says sending is not possible and gives that number.
 */
export function turnErrorHandler(logger: Logger, texts: Texts, language: (context: TurnContext) => Language, phoneWhenDown: () => string | undefined = () => undefined) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    const correlationId = randomUUID();
    const reason = error instanceof StateUnavailableError ? error.context.reason : undefined;
    logger.error(
      { correlationId, channelId: context.activity.channelId, activityType: context.activity.type, err: { name: error.name, message: error.message, stack: error.stack, reason } },
      'turn failed',
    );
    try {
      const t = texts.t(language(context));
      const phone = error instanceof StateUnavailableError ? phoneWhenDown() : undefined;
      await context.sendActivity(phone ? t('common.stateUnavailable', { phone }) : t('common.error'));
    } catch (sendError) {
      logger.error({ correlationId, err: { message: (sendError as Error).message } }, 'could not send the apology');
    }
  };
}
