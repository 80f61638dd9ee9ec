// Property-based fuzzing of every public route with malformed, oversized, deeply nested, wrong-typed and unicode-hostile input.
import fc from 'fast-check';
import type { MockChannel, RunningApp } from '../helpers/server';

/** Strings that break naive code: control characters, lone surrogates, NUL, RTL marks, emoji, SQL and markup. */
export const hostileString = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '\u0000', 'a\u0000b', '\uD800', '\uDFFF\uD800', '\u202Eevil', '\uFEFF', '😀'.repeat(50), 'x'.repeat(5000),
    "'; DROP TABLE requests; --", '<script>alert(1)</script>', '{"type":"AdaptiveCard"}', '../../etc/passwd', '%00', '\r\n\r\n',
    '__proto__', 'constructor', '99999999999999999999', '-1', '1e309', 'NaN',
  ),
);

/** Any JSON-ish value, including deep nesting and wrong types where strings are expected. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { depthSize: 'small' },
  fc.anything({ maxDepth: 4, withNullPrototype: true, withObjectString: true }),
  hostileString,
  fc.integer({ min: 1, max: 3000 }).map((depth) => {
    let value: unknown = 'deep';
    for (let i = 0; i < depth; i += 1) value = i % 2 ? [value] : { v: value };
    return value;
  }),
);

const activityTypes = fc.constantFrom('message', 'event', 'typing', 'conversationUpdate', 'invoke', 'messageReaction', 'endOfConversation', 'installationUpdate', '', 'MESSAGE', 'x'.repeat(60));

/** Activities that are nearly valid: right shape, some fields replaced by hostile values or removed. */
export function nearlyActivity(serviceUrls: string[]): fc.Arbitrary<Record<string, unknown>> {
  return fc.record({
    type: fc.oneof(activityTypes, hostileValue),
    channelId: fc.oneof(fc.constantFrom('emulator', 'msteams', 'directline', 'webchat'), hostileValue),
    serviceUrl: fc.oneof(fc.constantFrom(...serviceUrls), hostileValue),
    conversation: fc.oneof(fc.record({ id: fc.oneof(fc.uuid(), hostileString) }), hostileValue),
    from: fc.oneof(fc.record({ id: fc.oneof(fc.constant('user-fuzz'), hostileString), name: hostileString }), hostileValue),
    recipient: fc.oneof(fc.record({ id: fc.constant('bot') }), hostileValue),
    text: fc.oneof(hostileString, hostileValue),
    value: hostileValue,
    channelData: hostileValue,
    membersAdded: fc.oneof(fc.constant([{ id: 'user-fuzz' }]), hostileValue),
    attachments: hostileValue,
    entities: hostileValue,
    locale: fc.oneof(fc.constantFrom('nl-NL', 'en-US'), hostileString),
  }, { requiredKeys: [] });
}

/** Valid activities whose text, value, channel data and names are hostile: these reach the bot's turn. */
export function hostileTurn(serviceUrl: string): fc.Arbitrary<Record<string, unknown>> {
  return fc.record({
    type: fc.constantFrom('message', 'message', 'event', 'conversationUpdate', 'invoke'),
    channelId: fc.constantFrom('emulator', 'msteams', 'webchat'),
    serviceUrl: fc.constant(serviceUrl),
    conversation: fc.record({ id: fc.oneof(fc.constantFrom('fuzz-1', 'fuzz-2'), hostileString.filter((s) => s.length > 0 && s.length < 400)) }),
    from: fc.record({ id: fc.oneof(fc.constant('user-fuzz'), hostileString.filter((s) => s.length > 0 && s.length < 400)), name: hostileString }),
    recipient: fc.constant({ id: 'bot' }),
    text: hostileString,
    value: fc.option(hostileValue),
    channelData: fc.option(hostileValue),
    membersAdded: fc.option(fc.constant([{ id: 'user-fuzz' }])),
    locale: fc.constantFrom('nl-NL', 'en-US', 'xx'),
  });
}

/** A raw HTTP body: JSON of a hostile value, broken JSON, or bytes that are not UTF-8. */
export function rawBody(json: fc.Arbitrary<unknown>): fc.Arbitrary<string | Uint8Array> {
  return fc.oneof(
    json.map((value) => safeStringify(value)),
    fc.string({ maxLength: 200 }).map((s) => `{"type":"message","text":${s}`),
    fc.uint8Array({ maxLength: 300 }),
    fc.constantFrom('', 'null', '[]', '"message"', '{', '{"a":1}{"b":2}', '\uFEFF{}', '{"__proto__":{"polluted":true}}', 'x'.repeat(70_000)),
  );
}

export function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value) ?? 'null';
  } catch {
    return '{}';
  }
}

export interface FuzzTarget {
  running: RunningApp;
  channel: MockChannel;
  /** Direct Line token and conversation that exist (so bodies reach the schema and the bot). */
  token: string;
  conversationId: string;
}

export interface Hit {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

const contentTypes = fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', '', 'application/json; charset=latin1');

/** Every route of the app with a hostile request; the valid token is used half of the time. */
export function anyHit(target: FuzzTarget): fc.Arbitrary<Hit> {
  const { conversationId, token } = target;
  const auth = fc.oneof(
    fc.constant(`Bearer ${token}`),
    fc.constant(`Bearer ${token}`),
    hostileString.map((s) => `Bearer ${s}`.replace(/[\r\n]/g, '')),
    fc.constantFrom('', 'Basic abc', 'Bearer', `Bearer ${token}x`, `Bearer ${token.split('.')[0]}.AAAA`),
  );
  const pathSegment = fc.oneof(fc.constant(conversationId), hostileString.map((s) => encodeURIComponent(s.replace(/[\uD800-\uDFFF]/g, '')).slice(0, 300)));
  const body = fc.oneof(
    rawBody(fc.oneof(nearlyActivity([target.channel.serviceUrl, 'http://127.0.0.1:9']), hostileValue)),
    hostileTurn(target.channel.serviceUrl).map(safeStringify),
  );
  const dl = '/v3/directline';
  return fc.oneof(
    fc.record({ method: fc.constant('POST'), path: fc.constant('/api/messages'), ct: contentTypes, body, auth: fc.constantFrom('', 'Bearer x') }),
    fc.record({ method: fc.constant('POST'), path: fc.constant('/api/messages'), ct: fc.constant('application/json'), body: hostileTurn(target.channel.serviceUrl).map(safeStringify), auth: fc.constant('') }),
    fc.record({ method: fc.constant('POST'), path: fc.constant(`${dl}/conversations/${conversationId}/activities`), ct: fc.constant('application/json'), auth: fc.constant(`Bearer ${token}`),
      body: fc.record({ type: fc.constantFrom('message', 'event', 'typing'), text: hostileString, value: fc.option(hostileValue), channelData: fc.option(fc.dictionary(hostileString, hostileValue, { maxKeys: 3 })) }, { requiredKeys: ['type'] }).map(safeStringify) }),
    fc.record({ method: fc.constant('POST'), path: fc.constant(`${dl}/tokens/refresh`), ct: contentTypes, body, auth }),
    fc.record({ method: fc.constant('POST'), path: fc.constant(`${dl}/conversations`), ct: contentTypes, body, auth }),
    fc.record({ method: fc.constant('GET'), path: pathSegment.map((id) => `${dl}/conversations/${id}`), ct: contentTypes, auth }),
    fc.record({ method: fc.constant('GET'), path: fc.tuple(pathSegment, hostileString).map(([id, w]) => `${dl}/conversations/${id}/activities?watermark=${encodeURIComponent(w.replace(/[\uD800-\uDFFF]/g, ''))}`), ct: contentTypes, auth }),
    fc.record({ method: fc.constant('POST'), path: pathSegment.map((id) => `${dl}/conversations/${id}/activities`), ct: contentTypes, body, auth }),
    fc.record({ method: fc.constant('POST'), path: pathSegment.map((id) => `${dl}/conversations/${id}/upload`), ct: contentTypes, body, auth }),
    fc.record({ method: fc.constant('GET'), path: hostileString.map((q) => `/api/staff/requests?${encodeURIComponent(q.replace(/[\uD800-\uDFFF]/g, '')).slice(0, 200)}=${encodeURIComponent(q.replace(/[\uD800-\uDFFF]/g, '')).slice(0, 200)}`), ct: contentTypes, auth }),
    fc.record({ method: fc.constantFrom('GET', 'PUT', 'DELETE', 'PATCH'), path: fc.constantFrom('/api/messages', `${dl}/conversations`, '/api/staff/requests', '/healthz', '/'), ct: contentTypes, body, auth }),
  ).map((r) => {
    const hit = r as { method: string; path: string; ct: string; body?: string | Uint8Array; auth: string };
    const headers: Record<string, string> = {};
    if (hit.ct) headers['Content-Type'] = hit.ct;
    // HTTP headers carry Latin-1 without control characters; anything else the client refuses to send.
    const header = hit.auth.replace(/[^\x20-\x7e\xa0-\xff]/g, '');
    if (header) headers.Authorization = header;
    return { method: hit.method, path: hit.path, headers, body: hit.method === 'GET' ? undefined : hit.body };
  });
}

export async function send(url: string, hit: Hit): Promise<number> {
  const res = await fetch(`${url}${hit.path}`, { method: hit.method, headers: hit.headers, body: typeof hit.body === "string" || hit.body === undefined ? hit.body : Buffer.from(hit.body), signal: AbortSignal.timeout(20_000) });
  await res.arrayBuffer();
  return res.status;
}
