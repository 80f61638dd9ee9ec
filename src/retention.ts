// Privacy by design: deletes conversation state and Direct Line transcripts, and erases closed requests, once their time is up.
import type { ConversationStore } from './directline/conversationStore';
import type { Logger } from './logger';
import type { RequestRetention } from './requests/requestRetention';
import type { SqlStorage } from './storage/sqlStorage';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface RetentionDeps {
  state: SqlStorage;
  conversations: ConversationStore;
  /** Erases closed requests (and leaves an audit line without personal data). */
  requests: Pick<RequestRetention, 'eraseClosedBefore'>;
  stateDays: number;
  requestDays: number;
  clock: () => Date;
  logger: Logger;
  /** Also drops expired staff sessions and old rate-limit counts. */
  housekeeping?: () => Promise<unknown>;
}

export async function deleteExpired(deps: RetentionDeps): Promise<{ state: number; conversations: number; requests: number }> {
  const now = deps.clock().getTime();
  const stateCutoff = new Date(now - deps.stateDays * DAY_MS);
  const result = {
    state: await deps.state.deleteOlderThan(stateCutoff),
    conversations: await deps.conversations.deleteInactiveSince(stateCutoff),
    requests: await deps.requests.eraseClosedBefore(new Date(now - deps.requestDays * DAY_MS)),
  };
  await deps.housekeeping?.();
  deps.logger.info({ deleted: result }, 'retention run');
  return result;
}

/** Runs deleteExpired now and then every hour; returns a stop function. */
export function scheduleRetention(deps: RetentionDeps): () => void {
  const run = () => deleteExpired(deps).catch((error: Error) => deps.logger.error({ err: { message: error.message } }, 'retention failed'));
  void run();
  const timer = setInterval(run, 60 * 60 * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
