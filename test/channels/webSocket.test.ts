// Direct Line 3.0 WebSocket streams: Microsoft's directlinejs holds a conversation over streamUrl, reconnects, and a wrong token is refused.
import WebSocket from 'ws';
import { testContent } from '../helpers/chat';
import { databaseProviders } from '../helpers/database';
import { connectDirectLine } from '../helpers/directLine';
import { type RunningApp, startApp } from '../helpers/server';

const nl = testContent().texts.t('nl');
const ends = (text: string) => (a: { text?: string }) => a.text?.endsWith(text) === true;

async function newSession(url: string) {
  return (await (await fetch(`${url}/v3/directline/tokens/generate`, { method: 'POST' })).json()) as { token: string; conversationId: string; userId: string };
}

/** Opens a raw WebSocket; resolves with the first message, or rejects with the refused status. */
function firstMessage(streamUrl: string): Promise<{ activities: Array<{ text?: string }>; watermark: string }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(streamUrl);
    ws.on('message', (data) => {
      ws.close();
      resolve(JSON.parse(String(data)));
    });
    ws.on('unexpected-response', (_req, res) => reject(new Error(`refused ${res.statusCode}`)));
    ws.on('error', reject);
  });
}

describe('Direct Line over WebSocket', () => {
  let running: RunningApp;

  beforeAll(async () => {
    running = await startApp(await databaseProviders()[0].open());
  });
  afterAll(() => running.app.close());

  it('carries a conversation with directlinejs in WebSocket mode', async () => {
    const chat = await connectDirectLine(running.url, undefined, { webSocket: true });
    try {
      await chat.waitFor(ends(nl('ask.role')));
      await chat.say(nl('choice.parent'), ends(nl('ask.situation')));
      await chat.say('mijn dochter van 10 wordt gepest', ends(nl('ask.feedback')));
      expect(chat.all().filter((a) => a.from?.role === 'user').map((a) => a.text)).toEqual([nl('choice.parent'), 'mijn dochter van 10 wordt gepest']);
      expect(chat.sockets()).toBe(1);
    } finally {
      chat.end();
    }
  });

  it('reconnects to the same conversation and gets a new streamUrl from the watermark on', async () => {
    const first = await connectDirectLine(running.url, undefined, { webSocket: true });
    await first.waitFor(ends(nl('ask.role')));
    await first.say(nl('choice.young'), ends(nl('ask.situation')));
    first.end();

    const again = await connectDirectLine(running.url, first, { webSocket: true });
    try {
      // The library reconnects with GET /conversations/{id}?watermark= and reads the history through the new stream.
      await again.waitFor(ends(nl('ask.situation')));
      await again.say('ik word gepest op school', (a) => a.from?.role === 'bot');
      expect(again.sockets()).toBe(1);
    } finally {
      again.end();
    }
    const res = await fetch(`${running.url}/v3/directline/conversations/${first.conversationId}?watermark=2`, { headers: { Authorization: `Bearer ${first.token}` } });
    const body = (await res.json()) as { streamUrl: string; conversationId: string };
    expect(body.conversationId).toBe(first.conversationId);
    expect(body.streamUrl).toMatch(new RegExp(`^ws://127\\.0\\.0\\.1:\\d+/v3/directline/conversations/${first.conversationId}/stream\\?t=.+&watermark=2$`));
    const set = await firstMessage(body.streamUrl);
    expect(Number(set.watermark)).toBeGreaterThan(2);
  });

  it('gives a streamUrl on start and refuses a stream with another conversation\'s token', async () => {
    const a = await newSession(running.url);
    const b = await newSession(running.url);
    const start = await fetch(`${running.url}/v3/directline/conversations`, { method: 'POST', headers: { Authorization: `Bearer ${a.token}` } });
    const { streamUrl } = (await start.json()) as { streamUrl: string };
    const greeting = await firstMessage(streamUrl);
    expect(greeting.activities.some((x) => x.text?.endsWith(nl('ask.role')))).toBe(true);

    const foreign = streamUrl.replace(/t=[^&]+/, `t=${encodeURIComponent(b.token)}`);
    await expect(firstMessage(foreign)).rejects.toThrow('refused 403');
    await expect(firstMessage(streamUrl.replace(/t=[^&]+/, 't=forged.token'))).rejects.toThrow('refused 403');
  });
});
