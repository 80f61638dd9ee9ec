// The lean reply path (src/bot/connector) sends what botframework-connector's ConnectorClient sends and returns or throws
// what it would: both clients talk to the same real HTTP receiver on loopback, call for call.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { CardFactory, MessageFactory } from 'botbuilder';
import { AppCredentials, ClaimsIdentity, MicrosoftAppCredentials } from 'botframework-connector';
import * as ConversationsMappers from 'botframework-connector/lib/connectorApi/models/conversationsMappers';
import { createSerializer } from 'botbuilder-stdlib/lib/azureCoreHttpCompat';
import { CachedConnectorsAuthentication } from '../../src/bot/cachedConnectors';
import { activityBody } from '../../src/bot/connector/activityBody';
import { withLeanReplies, type ConnectorClientLike } from '../../src/bot/connector/leanConversations';

interface Received {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}
type Answer = { status: number; contentType?: string; body?: string; headers?: Record<string, string> };

/** A Bot Connector stand-in that records every request and answers from a queue (then 200 with an id). */
async function startReceiver() {
  const received: Received[] = [];
  let answers: Answer[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      const answer = answers.shift() ?? { status: 200, contentType: 'application/json', body: `{"id":"r${received.length}"}` };
      res.statusCode = answer.status;
      if (answer.contentType) res.setHeader('Content-Type', answer.contentType);
      for (const [name, value] of Object.entries(answer.headers ?? {})) res.setHeader(name, value);
      res.end(answer.body ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    answer(next: Answer[]) {
      answers = [...next];
    },
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

type Receiver = Awaited<ReturnType<typeof startReceiver>>;
type Client = ConnectorClientLike & { conversations: Record<string, (...args: unknown[]) => Promise<unknown>> };

async function clients(serviceUrl: string, appId = '', password = ''): Promise<{ real: Client; lean: Client }> {
  const auth = new CachedConnectorsAuthentication({ MicrosoftAppId: appId, MicrosoftAppPassword: password });
  const identity = new ClaimsIdentity(appId ? [{ type: 'aud', value: appId }] : [], true);
  // The cached factory makes the lean client; botbuilder's own factory (the one it wraps) the real one.
  const lean = (await auth.createConnectorFactory(identity).create(serviceUrl)) as unknown as Client;
  const real = (await (Object.getPrototypeOf(CachedConnectorsAuthentication.prototype) as CachedConnectorsAuthentication).createConnectorFactory.call(auth, identity).create(serviceUrl)) as unknown as Client;
  expect(lean.conversations.replyToActivity).not.toBe(real.conversations.replyToActivity);
  return { real, lean };
}

/** What a call gave: its result, or the error's name, status, code and message; and the requests it made. */
async function outcome(receiver: Receiver, answers: Answer[], call: () => Promise<unknown>) {
  receiver.answer(answers);
  const from = receiver.received.length;
  let result: unknown;
  try {
    const value = await call();
    result = { value: JSON.parse(JSON.stringify(value ?? null)) };
  } catch (error) {
    const e = error as { name: string; statusCode?: number; code?: string; message: string };
    result = { error: { name: e.name, statusCode: e.statusCode, code: e.code, message: e.message } };
  }
  const requests = receiver.received.slice(from).map(({ method, url, headers, body }) => ({
    method, url, body,
    // Every header either client sends, but the ones that differ per request or per library path by design.
    headers: Object.fromEntries(Object.entries(headers).filter(([name]) => !['x-ms-client-request-id', 'accept-encoding', 'host', 'connection'].includes(name))),
  }));
  return { result, requests };
}

const base = { conversation: { id: 'conv' }, from: { id: 'bot', name: 'Steunwijzer' }, recipient: { id: 'user-1', name: 'User' }, channelId: 'msteams', serviceUrl: 'x', locale: 'nl-NL' };
const ACTIVITIES: Array<[string, Record<string, unknown>]> = [
  ['text with suggested actions', { ...MessageFactory.suggestedActions(['Ja', 'Nee', 'Weet ik niet'], 'Gaat het goed met je?'), ...base, replyToId: 'a1', inputHint: 'expectingInput' }],
  ['a hero card carousel', { ...MessageFactory.carousel([CardFactory.heroCard('Opvoedpoli', 'Gratis advies', undefined, CardFactory.actions([{ type: 'openUrl', title: 'Website', value: 'https://example.org' }]))]), ...base }],
  ['an adaptive card', { ...MessageFactory.attachment(CardFactory.adaptiveCard({ type: 'AdaptiveCard', version: '1.4', body: [{ type: 'TextBlock', text: '<b>hoi</b> & [link](x)' }] })), ...base }],
  ['extra properties, entities with extra fields, dates', {
    ...base, type: 'message', text: 'héé 😀 \u0000 "quotes"', extra: 5, timestamp: new Date('2026-12-02T19:00:00Z'), localTimestamp: '2026-12-02T20:00:00+01:00',
    entities: [{ type: 'mention', text: '<at>x</at>', mentioned: { id: 'm', name: 'M', extra: 1 }, more: true }],
    channelData: { tenant: { id: 't' }, a: undefined, b: null, nested: [1, { c: 'd' }] }, textFormat: 'markdown', value: { anything: [1, 2] },
  }],
  ['null and missing fields', { type: 'message', text: null, conversation: { id: 'conv' }, attachments: [], suggestedActions: undefined }],
  ['a typing activity', { type: 'typing', ...base }],
];

describe('lean Bot Connector replies, next to ConnectorClient', () => {
  let receiver: Receiver;
  beforeAll(async () => {
    receiver = await startReceiver();
  });
  afterAll(() => receiver.close());

  it.each(ACTIVITIES)('sends the same request and returns the same id: %s', async (_name, activity) => {
    for (const path of ['', '/base/', '/base?region=emea']) {
      const { real, lean } = await clients(receiver.url + path);
      for (const [conversationId, activityId] of [['conv', 'a1'], ['19:abc@thread.tacv2;messageid=1', 'f:1|x/2 ?é'], ['.', '..']]) {
        for (const operation of ['replyToActivity', 'sendToConversation', 'updateActivity']) {
          const args = operation === 'sendToConversation' ? [conversationId, activity] : [conversationId, activityId, activity];
          const expected = await outcome(receiver, [], () => real.conversations[operation](...args));
          const actual = await outcome(receiver, [], () => lean.conversations[operation](...args));
          expect(actual.requests).toHaveLength(1);
          // The receiver numbers its ids, so only the shape of the result is the same.
          expect(actual.result).toEqual({ value: { id: `r${receiver.received.length}` } });
          expect(expected.result).toEqual({ value: { id: `r${receiver.received.length - 1}` } });
          expect(actual.requests).toEqual(expected.requests);
        }
      }
    }
  });

  it.each<[string, Answer[]]>([
    ['201 with more fields', [{ status: 201, contentType: 'application/json', body: '{"other":1,"id":"x"}' }]],
    ['202 with no body', [{ status: 202 }]],
    ['200 with a text body', [{ status: 200, contentType: 'text/plain', body: 'ok' }]],
    ['200 with JSON that does not parse', [{ status: 200, contentType: 'application/json', body: 'nope' }]],
    ['204 (not a status the operation expects)', [{ status: 204 }]],
    ['400 with an error body', [{ status: 400, contentType: 'application/json', body: '{"error":{"code":"BadArgument","message":"Activity text too long"}}' }]],
    ['403 with a text body', [{ status: 403, contentType: 'text/plain', body: 'The bot is not part of the conversation roster.' }]],
    ['404 with no body', [{ status: 404 }]],
    ['429 with Retry-After, then success', [{ status: 429, headers: { 'Retry-After': '0' } }, { status: 200, contentType: 'application/json', body: '{"id":"after-throttle"}' }]],
    ['500, then success (the back-off retry)', [{ status: 500 }, { status: 200, contentType: 'application/json', body: '{"id":"after-retry"}' }]],
    ['503 four times (retries run out)', [{ status: 503, headers: { 'Retry-After': '0' } }, { status: 503, headers: { 'Retry-After': '0' } }, { status: 503, headers: { 'Retry-After': '0' } }, { status: 503, headers: { 'Retry-After': '0' }, contentType: 'application/json', body: '{"error":{"code":"ServiceUnavailable","message":"try later"}}' }]],
  ])('answers and fails the same way: %s', async (_name, answers) => {
    const { real, lean } = await clients(receiver.url);
    const activity = ACTIVITIES[0][1];
    const expected = await outcome(receiver, answers, () => real.conversations.replyToActivity('conv', 'a1', activity));
    const actual = await outcome(receiver, answers, () => lean.conversations.replyToActivity('conv', 'a1', activity));
    expect(actual).toEqual(expected);
  });

  it('fails as ConnectorClient does when nothing listens (after the same retries)', async () => {
    const closed = await startReceiver();
    const url = closed.url;
    await closed.close();
    const { real, lean } = await clients(url);
    const expected = await outcome(receiver, [], () => real.conversations.sendToConversation('conv', ACTIVITIES[0][1]));
    const actual = await outcome(receiver, [], () => lean.conversations.sendToConversation('conv', ACTIVITIES[0][1]));
    expect(expected.result).toMatchObject({ error: { name: 'RestError', code: 'ECONNREFUSED' } });
    expect(actual).toEqual(expected);
  });

  it('leaves a body only the real serializer can judge to the real client, which throws its own error', async () => {
    const { real, lean } = await clients(receiver.url);
    const wrong = { ...base, type: 'message', text: 42 };
    const expected = await outcome(receiver, [], () => real.conversations.replyToActivity('conv', 'a1', wrong));
    const actual = await outcome(receiver, [], () => lean.conversations.replyToActivity('conv', 'a1', wrong));
    expect(actual).toEqual(expected);
    expect(actual.result).toMatchObject({ error: { message: expect.stringContaining('must be of type string') } });
    expect(actual.requests).toHaveLength(0);
  });

  it('sends the bearer token of the app credentials in production mode, and none without an app id', async () => {
    const appId = '00000000-0000-0000-0000-0000000000a1';
    // The process-wide token cache botframework-connector reads before asking Azure AD (which a test cannot reach).
    const key = new MicrosoftAppCredentials(appId, 'secret').tokenCacheKey;
    const tokenCache = (AppCredentials as unknown as { cache: Map<string, unknown> }).cache;
    tokenCache.set(key, { accessToken: 'token-for-the-bot', expiresOn: new Date(Date.now() + 3_600_000) } as never);
    try {
      const { real, lean } = await clients(receiver.url, appId, 'secret');
      const expected = await outcome(receiver, [], () => real.conversations.replyToActivity('conv', 'a1', ACTIVITIES[0][1]));
      const actual = await outcome(receiver, [], () => lean.conversations.replyToActivity('conv', 'a1', ACTIVITIES[0][1]));
      expect(actual.requests[0].headers.authorization).toBe('Bearer token-for-the-bot');
      expect(actual.requests).toEqual(expected.requests);
    } finally {
      tokenCache.delete(key);
    }
    const local = await clients(receiver.url);
    const { requests } = await outcome(receiver, [], () => local.lean.conversations.replyToActivity('conv', 'a1', ACTIVITIES[0][1]));
    expect(requests[0].headers.authorization).toBeUndefined();
  });

  it('keeps ConnectorClient when a proxy is configured', async () => {
    const { real } = await clients(receiver.url);
    const original = real.conversations.replyToActivity;
    withLeanReplies(real, { HTTPS_PROXY: 'http://proxy.example:3128' });
    expect(real.conversations.replyToActivity).toBe(original);
  });
});

describe('activityBody', () => {
  const serializer = createSerializer(ConversationsMappers as never);
  const mapper = { ...(ConversationsMappers as unknown as { Activity: object }).Activity, required: true };
  const real = (activity: unknown): { text?: string; error?: boolean } => {
    try {
      return { text: JSON.stringify(serializer.serialize(mapper as never, activity, 'activity')) };
    } catch {
      return { error: true };
    }
  };
  const value = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.date({ noInvalidDate: true }), fc.constant('2026-12-02T20:00:00+01:00'), fc.dictionary(fc.string(), fc.string()), fc.array(fc.anything()));
  const account = fc.record({ id: value, name: value, role: value, aadObjectId: value, extra: value }, { requiredKeys: [] });
  const activity = fc.record({
    type: value, id: value, text: value, locale: value, timestamp: value, localTimestamp: value, replyToId: value, inputHint: value, extra: value,
    from: fc.oneof(account, value), recipient: account, conversation: fc.oneof(fc.record({ id: value, isGroup: value, tenantId: value }, { requiredKeys: [] }), value),
    attachments: fc.oneof(fc.array(fc.record({ contentType: value, content: fc.anything(), name: value, other: value }, { requiredKeys: [] })), value),
    suggestedActions: fc.oneof(fc.record({ actions: fc.array(fc.record({ type: value, title: value, value: fc.anything(), image: value }, { requiredKeys: [] })), to: fc.oneof(fc.array(fc.string()), value) }, { requiredKeys: [] }), value),
    entities: fc.oneof(fc.array(fc.record({ type: value, mentioned: account, more: value }, { requiredKeys: [] })), value),
    channelData: fc.anything(), value: fc.anything(), semanticAction: fc.oneof(fc.record({ id: value, state: value, entities: fc.dictionary(fc.string(), fc.record({ type: value, x: value }, { requiredKeys: [] })) }, { requiredKeys: [] }), value),
    textHighlights: fc.oneof(fc.array(fc.record({ text: value, occurrence: value }, { requiredKeys: [] })), value),
  }, { requiredKeys: [] });

  it('writes exactly the JSON of the real serializer whenever it writes one, and never for what the real one rejects', () => {
    let written = 0;
    fc.assert(fc.property(fc.oneof(activity, value), (a) => {
      const mine = activityBody(a);
      const theirs = real(a);
      if (mine !== undefined) {
        written += 1;
        expect(theirs).toEqual({ text: mine });
      }
    }), { numRuns: 3000 });
    // Most generated activities have some wrong-typed field; enough are well-formed to exercise the compiled path.
    expect(written).toBeGreaterThan(50);
  });

  it.each(ACTIVITIES)('writes the bot’s kinds of replies itself: %s', (_name, a) => {
    expect(activityBody(a)).toBe(real(a).text);
  });
});
