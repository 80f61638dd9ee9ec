// Joins a turn's plain text reply to the message that follows it, so one turn posts fewer activities to the channel.
// A help turn said "thank you, this is normal", "this may help" + cards, "who nearby can help", "was this useful?" +
// buttons: four posts, each a round trip to the Bot Connector (or a write to the local Direct Line). Joined, it is two,
// with the same text in the same order. Only a message of nothing but text waits; it goes out with the next message, or
// on its own before anything else is sent, and at the latest when the turn ends, also when the turn throws (so a safety
// reply sent before a failure is never held back).
import type { Activity, TurnContext } from 'botbuilder';

type Logic = (context: TurnContext) => Promise<void>;

/** Fields a plain text reply may carry; anything else (cards, buttons, channel data, speech) is sent as it is. */
const PLAIN_FIELDS = new Set([
  'type', 'text', 'textFormat', 'inputHint', 'locale', 'from', 'recipient', 'conversation', 'channelId', 'serviceUrl', 'replyToId',
]);

const isPlainText = (activity: Partial<Activity>): boolean =>
  activity.type === 'message' && typeof activity.text === 'string' && activity.text !== ''
  && Object.keys(activity).every((key) => PLAIN_FIELDS.has(key) || (activity as Record<string, unknown>)[key] === undefined);

const canJoin = (held: Partial<Activity>, next: Partial<Activity>): boolean =>
  next.type === 'message' && held.conversation?.id === next.conversation?.id && held.textFormat === next.textFormat;

function joined(held: Partial<Activity>, next: Partial<Activity>): Partial<Activity> {
  return { ...next, text: next.text ? `${held.text}\n\n${next.text}` : held.text };
}

/** Turns of people talking (a message, someone joining); proactive and staff turns send as they always did. */
const batches = (context: TurnContext): boolean => context.activity.type === 'message' || context.activity.type === 'conversationUpdate';

const FLUSH = Symbol('flushReplies');

/**
 * Sends a held plain text now. For a reply that must reach the person before the turn's state is saved (a reference
 * number: a crash between saving and the end of the turn would leave a filed request whose number nobody saw).
 */
export async function flushReplies(context: TurnContext): Promise<void> {
  await (context.turnState.get(FLUSH) as (() => Promise<void>) | undefined)?.();
}

export function batchReplies(logic: Logic): Logic {
  return async (context) => {
    if (!batches(context)) return logic(context);
    let held: Partial<Activity> | undefined;
    let open = true;
    let flushing = false;
    /** Sends the held text past the batching (which would only hold it again). */
    const sendHeld = async (): Promise<void> => {
      if (!held) return;
      const last = held;
      held = undefined;
      flushing = true;
      try {
        await context.sendActivities([last]);
      } finally {
        flushing = false;
      }
    };
    context.turnState.set(FLUSH, sendHeld);
    context.onSendActivities(async (_context, activities, next) => {
      if (!open || flushing) return next();
      const out: Partial<Activity>[] = [];
      for (const activity of activities) {
        const current: Partial<Activity> = held && canJoin(held, activity) ? joined(held, activity) : activity;
        if (held && current === activity) out.push(held);
        held = undefined;
        if (isPlainText(current)) held = current;
        else out.push(current);
      }
      // Prompts re-ask only when nothing was said this turn; a held message counts as said.
      if (held) context.responded = true;
      if (out.length === 0) return [];
      // botbuilder's next() sends the array it was given; the outgoing list is replaced in place.
      activities.splice(0, activities.length, ...out);
      return next();
    });
    let failure: { error: unknown } | undefined;
    try {
      await logic(context);
    } catch (error) {
      failure = { error };
    }
    open = false;
    try {
      await sendHeld();
    } catch (error) {
      // The turn's own failure is the one to report; a failed send of the last message otherwise.
      if (!failure) failure = { error };
    }
    if (failure) throw failure.error;
  };
}
