// Counts every bot turn in one place: turns and latency by channel, safety replies by level; labels never hold personal data.
import type { TurnContext } from 'botbuilder';
import type { Metrics } from '../metrics';
import { turnInfo } from '../../dialogs/turn';

/** Channel ids we label by name; anything else (a local /api/messages caller may send any id) counts as "other". */
const KNOWN_CHANNELS = new Set(['msteams', 'directline', 'webchat', 'emulator', 'test', 'slack', 'telegram', 'facebook', 'sms', 'email']);

export const channelLabel = (channelId: string | undefined): string => (channelId && KNOWN_CHANNELS.has(channelId) ? channelId : 'other');

export function measureTurns(bot: (context: TurnContext) => Promise<void>, metrics: Metrics): (context: TurnContext) => Promise<void> {
  return async (context) => {
    const channel = channelLabel(context.activity.channelId);
    const stop = metrics.turnSeconds.startTimer({ channel });
    try {
      await bot(context);
    } finally {
      stop();
      metrics.turns.inc({ channel });
      if (context.activity.type === 'message') {
        const safety = safetyLevel(context);
        if (safety && safety !== 'none') metrics.safetyReplies.inc({ level: safety });
      }
    }
  };
}

function safetyLevel(context: TurnContext): string | undefined {
  try {
    return turnInfo(context).understanding.safety;
  } catch {
    return undefined;
  }
}
