// The webhook backend against a real HTTP receiver that checks the Standard Webhooks signature the way the specification says.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Webhook } from 'standardwebhooks';
import { webhookJsonSchemaV1, webhookPayloadV1 } from '../../src/delivery/backends/webhookPayload';
import { projectRoot } from '../../src/projectRoot';
import { backendFactories } from '../../src/delivery/backendFactories';
import { buildRegistry } from '../../src/delivery/registry';
import type { Database } from '../../src/storage/types';
import { databaseProviders } from '../helpers/database';
import { contextFor, deliveryOver, draft, emptyDelivery, TestClock } from './fixtures';

const SECRET = `whsec_${randomBytes(32).toString('base64')}`;

interface Received { headers: http.IncomingHttpHeaders; body: string; valid: boolean }

/** The specification's check: HMAC-SHA256 with the base64 key over "id.timestamp.body", one of the space-separated "v1,<sig>". */
function signatureValid(headers: http.IncomingHttpHeaders, body: string): boolean {
  const id = String(headers['webhook-id']);
  const timestamp = String(headers['webhook-timestamp']);
  const key = Buffer.from(SECRET.slice('whsec_'.length), 'base64');
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest();
  return String(headers['webhook-signature']).split(' ').some((entry) => {
    const [version, signature] = entry.split(',');
    const given = Buffer.from(signature ?? '', 'base64');
    return version === 'v1' && given.length === expected.length && timingSafeEqual(given, expected);
  });
}

/** A receiver on loopback: answers 204 to a valid signature, 401 to a bad one, or what `answer` says. */
async function startReceiver(answer: () => number | 'hang' = () => 204) {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const valid = signatureValid(req.headers, body);
      received.push({ headers: req.headers, body, valid });
      const status = answer();
      if (status === 'hang') return;
      res.statusCode = valid ? status : 401;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/steunwijzer`;
  return { url, received, close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }) };
}

describe.each(databaseProviders())('webhook backend on $name', (provider) => {
  let db: Database;
  const clock = new TestClock(new Date()); // the receiver checks the timestamp against its own clock
  beforeAll(async () => {
    db = await provider.open();
  });
  beforeEach(() => emptyDelivery(db));
  afterAll(() => db.close());

  const over = (url: string, extra: Record<string, string> = {}) => {
    const env = { REGISTRATION_BACKENDS: 'webhook', WEBHOOK_URL: url, WEBHOOK_SECRET: SECRET, WEBHOOK_TIMEOUT_MS: '5000', PUBLIC_URL: 'https://steunwijzer.example.org', ...extra };
    return deliveryOver(db, clock, { env, factories: backendFactories(contextFor(env)) });
  };

  it('posts a signed, versioned request; the receiver verifies it and rejects a tampered body', async () => {
    const receiver = await startReceiver();
    try {
      const { requests, delivery } = over(receiver.url);
      const filed = await requests.file(draft, 'form-1');
      const outcome = await delivery.worker.runOnce();
      expect([outcome, (await delivery.admin.list('pending'))[0]?.lastError]).toEqual([['delivered'], undefined]);
      expect(receiver.received).toHaveLength(1);
      const [{ headers, body, valid }] = receiver.received;
      expect(valid).toBe(true);
      expect(headers['webhook-id']).toMatch(/^request-\d+$/);
      const payload = JSON.parse(body) as { type: string; version: number; data: Record<string, unknown> };
      expect(webhookPayloadV1.safeParse(payload).error?.issues).toBeUndefined(); // the documented contract
      expect(payload).toMatchObject({ type: 'request.filed', version: 1, data: { reference: filed.reference, urgent: false, topics: ['school', 'pesten'], team: { id: 'wij-zernike', name: 'WIJ Zernike' } } });
      expect(payload.data.staffUrl).toBe(`https://steunwijzer.example.org/staff/requests/${filed.reference}`);
      // the library of the specification agrees
      expect(() => new Webhook(SECRET).verify(body, headers as Record<string, string>)).not.toThrow();

      const tampered = body.replace('"urgent":false', '"urgent":true');
      const signed = { 'webhook-id': String(headers['webhook-id']), 'webhook-timestamp': String(headers['webhook-timestamp']), 'webhook-signature': String(headers['webhook-signature']) };
      const replay = await fetch(receiver.url, { method: 'POST', headers: signed, body: tampered });
      expect(replay.status).toBe(401);
      expect(() => new Webhook(SECRET).verify(tampered, signed)).toThrow();
      expect((await fetch(receiver.url, { method: 'POST', headers: signed, body })).status).toBe(204);
    } finally {
      await receiver.close();
    }
  });

  it('counts a non-2xx answer as a failure and retries with the same webhook-id', async () => {
    const answers = [500, 204];
    const receiver = await startReceiver(() => answers.shift() ?? 204);
    try {
      const { requests, delivery } = over(receiver.url);
      await requests.file(draft, 'form-1');
      expect(await delivery.worker.runOnce()).toEqual(['retry']);
      const [pending] = await delivery.admin.list('pending');
      expect(pending.lastError).toMatch(/HTTP 500/);
      clock.set(pending.nextAttemptAt);
      expect(await delivery.worker.runOnce()).toEqual(['delivered']);
      expect(receiver.received.map((r) => r.headers['webhook-id'])).toEqual([receiver.received[0].headers['webhook-id'], receiver.received[0].headers['webhook-id']]);
    } finally {
      await receiver.close();
    }
  });

  it('counts a time-out and a refused connection as failures', async () => {
    const receiver = await startReceiver(() => 'hang');
    const closedPort = await startReceiver();
    await closedPort.close();
    try {
      const slow = over(receiver.url, { WEBHOOK_TIMEOUT_MS: '300' });
      await slow.requests.file(draft, 'form-1');
      expect(await slow.delivery.worker.runOnce()).toEqual(['retry']);
      expect((await slow.delivery.admin.list('pending'))[0].lastError).toMatch(/not reached \(TimeoutError\)/);

      await db.query('DELETE FROM delivery_outbox');
      const refused = over(closedPort.url);
      await refused.requests.file(draft, 'form-2');
      expect(await refused.delivery.worker.runOnce()).toEqual(['retry']);
      expect((await refused.delivery.admin.list('pending'))[0].lastError).toMatch(/not reached \(ECONNREFUSED\)/);
    } finally {
      await receiver.close();
    }
  });
});

describe('webhook schema', () => {
  it('is published as JSON Schema in deployment/webhook/, and the file matches the code', () => {
    const file = path.join(projectRoot(), 'deployment', 'webhook', 'request-filed.v1.schema.json');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(webhookJsonSchemaV1());
  });
});

describe('webhook configuration', () => {
  const build = (env: Record<string, string>) => {
    const context = contextFor({ REGISTRATION_BACKENDS: 'webhook', ...env });
    return () => buildRegistry(context.config.backends, backendFactories(context));
  };
  it('names the missing or wrong variable', () => {
    expect(build({ WEBHOOK_SECRET: SECRET })).toThrow(/WEBHOOK_URL: is required/);
    expect(build({ WEBHOOK_URL: 'https://example.org/hook' })).toThrow(/WEBHOOK_SECRET: is required/);
    expect(build({ WEBHOOK_URL: 'https://example.org/hook', WEBHOOK_SECRET: 'not-a-secret' })).toThrow(/WEBHOOK_SECRET: must be "whsec_"/);
    expect(build({ WEBHOOK_URL: 'http://example.org/hook', WEBHOOK_SECRET: SECRET })).toThrow(/WEBHOOK_URL: must be https/);
    expect(build({ WEBHOOK_URL: 'https://example.org/hook', WEBHOOK_SECRET: SECRET })).not.toThrow();
  });
});
