// A family filing a request over /api/messages, with the references the bot showed them.
import type { MockChannel } from '../helpers/server';

export const REFERENCE = /SW-[0-9A-Z]{4}-[0-9A-Z]{4}/g;

/** Everything up to the last step of the form; then `versturen` files it. */
export const BEFORE_FILING = (name: string): string[] => [
  'jongere', 'ik word gepest op school', '15', 'iemand spreken', '2', '9741 AB', name, `${name.toLowerCase()}@example.org`, 'ja',
];

let counter = 0;

/** Posts one message; resolves with the HTTP status, or 0 when the server went away mid-request. */
export async function post(url: string, channel: MockChannel, conversationId: string, activity: Record<string, unknown>): Promise<number> {
  counter += 1;
  try {
    const res = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        id: `k${counter}`, channelId: 'emulator', serviceUrl: channel.serviceUrl, timestamp: new Date().toISOString(),
        conversation: { id: conversationId }, from: { id: `user-${conversationId}`, name: '' }, recipient: { id: 'bot' }, ...activity,
      }),
      signal: AbortSignal.timeout(20_000),
    });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return 0;
  }
}

export const say = (url: string, channel: MockChannel, conversationId: string, text: string) =>
  post(url, channel, conversationId, { type: 'message', text });

/** Every reference number the bot has shown in this conversation so far. */
export function shownReferences(channel: MockChannel, conversationId: string): string[] {
  return channel.replies(conversationId).flatMap((a) => JSON.stringify(a).match(REFERENCE) ?? []);
}

/** A worry with HTML, script, a Markdown link and Adaptive Card JSON in it (injection tests). */
export const HOSTILE_ABOUT = `mijn zoon wordt gepest <script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"> [klik hier](https://evil.example/x) {"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"nep"}]}`;
