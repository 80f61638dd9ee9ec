// How the load generator talks to a bot: Bot Framework activities to /api/messages, or the local Direct Line as Web Chat does.
import { randomUUID } from 'node:crypto';
import { DirectLineTokens } from '../src/directline/tokens';

export interface Conversation {
  /** Sends one message and resolves when the bot's turn is done (and, on Direct Line, its replies were fetched). */
  say(text: string): Promise<void>;
}

export interface Target {
  name: string;
  /** Opens a conversation (its greeting turn is not timed). */
  open(): Promise<Conversation>;
}

/** No request of the benchmark waits longer than this; a hung turn counts as an error. */
const TIMEOUT_MS = 30_000;
const timeout = () => AbortSignal.timeout(TIMEOUT_MS);

async function expectOk(res: Response, what: string): Promise<void> {
  await res.arrayBuffer();
  if (res.status >= 300) throw new Error(`${what}: HTTP ${res.status}`);
}

/** POST /api/messages in local mode (no app id), replies going to the sink's serviceUrl. */
export function botFrameworkTarget(name: string, url: string, serviceUrl: string): Target {
  let seq = 0;
  const post = (conversationId: string, activity: Record<string, unknown>) =>
    fetch(`${url}/api/messages`, {
      method: 'POST', signal: timeout(),
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        id: `a${(seq += 1)}`, channelId: 'emulator', serviceUrl, timestamp: new Date().toISOString(),
        conversation: { id: conversationId }, from: { id: `u-${conversationId}`, name: '' }, recipient: { id: 'bot', name: 'bot' },
        ...activity,
      }),
    });
  return {
    name,
    async open() {
      const conversationId = `bench-${randomUUID()}`;
      await expectOk(await post(conversationId, { type: 'conversationUpdate', membersAdded: [{ id: `u-${conversationId}` }] }), 'conversationUpdate');
      return { say: async (text) => expectOk(await post(conversationId, { type: 'message', text, locale: 'nl-NL' }), 'message') };
    },
  };
}

/** The local Direct Line: tokens signed with the app's configured secret, post, then fetch the replies by watermark. */
export function directLineTarget(name: string, url: string, tokenSecret: string): Target {
  const tokens = new DirectLineTokens(tokenSecret, 3600, () => new Date());
  return {
    name,
    async open() {
      const conversationId = randomUUID().replace(/-/g, '');
      const { token } = tokens.issue(conversationId, `dl_${conversationId.slice(0, 12)}`);
      const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
      const base = `${url}/v3/directline/conversations`;
      await expectOk(await fetch(base, { method: 'POST', headers, signal: timeout() }), 'start conversation');
      let watermark = '0';
      return {
        async say(text) {
          await expectOk(await fetch(`${base}/${conversationId}/activities`, { method: 'POST', headers, body: JSON.stringify({ type: 'message', text }), signal: timeout() }), 'post');
          const res = await fetch(`${base}/${conversationId}/activities?watermark=${watermark}`, { headers, signal: timeout() });
          if (res.status !== 200) throw new Error(`get activities: HTTP ${res.status}`);
          watermark = ((await res.json()) as { watermark: string }).watermark;
        },
      };
    },
  };
}
