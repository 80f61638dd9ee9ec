// A webhook receiver down for a day (injected clock): the real outbox keeps its rows and retries them with its backoff,
// nothing is dropped or given up early, and once the receiver is back every request arrives exactly once.
import { createHmac, randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { backendFactories } from '../../src/delivery/backendFactories';
import { defaultRetryPolicy } from '../../src/delivery/retryPolicy';
import type { Database } from '../../src/storage/types';
import { databaseProviders } from '../helpers/database';
import { contextFor, deliveryOver, draft, emptyDelivery, HOUR, MINUTE, TestClock } from './fixtures';

const SECRET = `whsec_${randomBytes(32).toString('base64')}`;
const START = new Date('2026-11-25T08:00:00Z');

type Mode = 'up' | '503' | 'refuse';
interface Hit { webhookId: string; reference: string; at: number; answered: number; signed: boolean }

/** HMAC-SHA256 over "id.timestamp.body" with the secret, as Standard Webhooks says (the timestamp is the test clock's). */
function signed(headers: http.IncomingHttpHeaders, body: string): boolean {
  const key = Buffer.from(SECRET.slice('whsec_'.length), 'base64');
  const expected = createHmac('sha256', key).update(`${headers['webhook-id']}.${headers['webhook-timestamp']}.${body}`).digest('base64');
  return String(headers['webhook-signature']).split(' ').includes(`v1,${expected}`);
}

/** A receiver on one loopback port that answers 204, or 503, or is not listening at all (connection refused). */
async function startReceiver(clock: TestClock) {
  const hits: Hit[] = [];
  let mode: Mode = 'up';
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const answered = mode === 'up' ? 204 : 503;
      const reference = (JSON.parse(body) as { data: { reference: string } }).data.reference;
      hits.push({ webhookId: String(req.headers['webhook-id']), reference, at: clock.current.getTime(), answered, signed: signed(req.headers, body) });
      res.statusCode = answered;
      if (answered === 503) res.setHeader('Retry-After', '3600');
      res.end();
    });
  });
  const listen = (port = 0) => new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const close = () => new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
  await listen();
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/steunwijzer`,
    hits,
    async set(next: Mode) {
      if (next === 'refuse' && mode !== 'refuse') await close();
      if (next !== 'refuse' && mode === 'refuse') await listen(port);
      mode = next;
    },
    close: () => (mode === 'refuse' ? Promise.resolve() : close()),
  };
}

/** Small deterministic generator for the backoff jitter, so a failure can be replayed. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe.each(databaseProviders())('a webhook receiver down for a day on $name', (provider) => {
  let db: Database;
  beforeAll(async () => {
    db = await provider.open();
  });
  beforeEach(() => emptyDelivery(db));
  afterAll(() => db.close());

  const outbox = () => db.query<{ reference: string; status: string; attempts: number }>(
    'SELECT r.reference, o.status, o.attempts FROM delivery_outbox o JOIN requests r ON r.id = o.request_id ORDER BY r.reference');

  /** Delivery as the app builds it, with the product's retry policy (only its jitter seeded). */
  const deliveryFor = (url: string, clock: TestClock) => {
    const env = { REGISTRATION_BACKENDS: 'webhook', WEBHOOK_URL: url, WEBHOOK_SECRET: SECRET, WEBHOOK_TIMEOUT_MS: '2000' };
    return deliveryOver(db, clock, { env, factories: backendFactories(contextFor(env)), policy: defaultRetryPolicy(seeded(17)) });
  };

  /** The next moment a pending row is due, as a timestamp (Infinity when none waits). */
  const nextDue = async () => {
    const [row] = await db.query<{ at: Date | string | null }>("SELECT min(next_attempt_at) AS at FROM delivery_outbox WHERE status = 'pending'");
    return row.at === null ? Number.POSITIVE_INFINITY : new Date(row.at).getTime();
  };

  /**
   * What a polling worker sees over `ms` of simulated time: the clock moves to the next due row (at most an hour at a
   * time, with a check after each poll), and everything due then is tried.
   */
  const runFor = async (worker: { runOnce(): Promise<string[]> }, clock: TestClock, ms: number, each?: () => Promise<void>) => {
    const outcomes: string[] = [];
    const end = clock.current.getTime() + ms;
    while (clock.current.getTime() < end) {
      for (let batch = await worker.runOnce(); batch.length > 0; batch = await worker.runOnce()) outcomes.push(...batch);
      await each?.();
      const now = clock.current.getTime();
      clock.set(new Date(Math.min(end, now + HOUR, Math.max(now + 1, await nextDue()))).toISOString());
    }
    return outcomes;
  };

  it('keeps retrying every row through 24 hours of 503s and refused connections, then delivers each exactly once', async () => {
    const clock = new TestClock(START);
    const receiver = await startReceiver(clock);
    try {
      let { requests, delivery } = deliveryFor(receiver.url, clock);
      // Before the outage: one request goes through at once.
      const before = await requests.file(draft, 'before');
      expect(await runFor(delivery.worker, clock, MINUTE)).toEqual(['delivered']);

      await receiver.set('503');
      const filed = [before];
      const checkNothingLost = async () => {
        const rows = await outbox();
        expect(rows.map((r) => r.reference)).toEqual(filed.map((f) => f.reference).sort());
        expect(rows.filter((r) => r.status === 'failed')).toEqual([]);
        expect(await delivery.admin.list('failed')).toEqual([]);
      };
      filed.push(await requests.file(draft, 'at-0h'), await requests.file({ ...draft, urgent: true }, 'urgent-at-0h'));
      const outcomes = await runFor(delivery.worker, clock, 6 * HOUR, checkNothingLost);
      filed.push(await requests.file(draft, 'at-6h'));
      outcomes.push(...await runFor(delivery.worker, clock, 6 * HOUR, checkNothingLost));

      // Half-way the receiver stops listening, and our process restarts: the rows wait in the database, not in memory.
      const attemptsAt12h = new Map((await outbox()).map((r) => [r.reference, r.attempts]));
      await receiver.set('refuse');
      ({ requests, delivery } = deliveryFor(receiver.url, clock));
      outcomes.push(...await runFor(delivery.worker, clock, 8 * HOUR, checkNothingLost));
      filed.push(await requests.file(draft, 'at-20h'));
      outcomes.push(...await runFor(delivery.worker, clock, 4 * HOUR, checkNothingLost));
      expect(clock.current.getTime() - START.getTime()).toBeGreaterThanOrEqual(24 * HOUR);

      // During the outage: only retries, every waiting row tried again and again, never more than an hour apart.
      expect(new Set(outcomes)).toEqual(new Set(['retry']));
      const waiting = filed.slice(1).map((f) => f.reference);
      for (const reference of waiting.slice(0, 3)) {
        const tries = receiver.hits.filter((h) => h.reference === reference).map((h) => h.at);
        const gaps = tries.slice(1).map((at, i) => at - tries[i]);
        expect(tries.length).toBeGreaterThan(4);
        expect(Math.max(...gaps)).toBeLessThanOrEqual(HOUR);
      }
      // The first rows went through the quick attempts (30 s, 60 s, 120 s, 240 s with jitter), then hourly ones.
      const first = receiver.hits.filter((h) => h.reference === filed[1].reference).map((h) => h.at - START.getTime());
      expect(first.slice(0, 5).every((at) => at < 10 * MINUTE)).toBe(true);
      expect(first.length).toBeGreaterThanOrEqual(5 + 11);
      // While connections were refused (12 h) the rows were tried about every hour too; the receiver saw none of that.
      const rows = await outbox();
      for (const row of rows.filter((r) => attemptsAt12h.has(r.reference) && r.reference !== before.reference)) {
        expect(row.attempts - (attemptsAt12h.get(row.reference) ?? 0)).toBeGreaterThanOrEqual(11);
      }
      expect(rows.find((r) => r.reference === filed[1].reference)?.attempts).toBeGreaterThanOrEqual(5 + 22);
      expect(rows.filter((r) => r.status === 'pending')).toHaveLength(waiting.length);

      // The receiver is back: within the hour every waiting request arrives, once, and nothing more is sent after.
      await receiver.set('up');
      const after = await runFor(delivery.worker, clock, HOUR + 2 * MINUTE);
      expect(after.sort()).toEqual(waiting.map(() => 'delivered'));
      expect(await runFor(delivery.worker, clock, 6 * HOUR)).toEqual([]);

      const accepted = receiver.hits.filter((h) => h.answered === 204);
      expect(accepted.map((h) => h.reference).sort()).toEqual(filed.map((f) => f.reference).sort());
      expect(new Set(accepted.map((h) => h.webhookId)).size).toBe(filed.length);
      expect(receiver.hits.every((h) => h.signed)).toBe(true);
      // A retry is the same message: one webhook-id per request, so a receiver can drop a duplicate.
      for (const reference of waiting) expect(new Set(receiver.hits.filter((h) => h.reference === reference).map((h) => h.webhookId)).size).toBe(1);
      expect((await outbox()).map((r) => r.status)).toEqual(filed.map(() => 'delivered'));
      expect(await delivery.admin.list('pending')).toEqual([]);
    } finally {
      await receiver.close();
    }
  }, 60_000);

  it('gives a row up only after its 48-hour window, shows it to coordinators, and "Opnieuw proberen" delivers it once', async () => {
    const clock = new TestClock(START);
    const receiver = await startReceiver(clock);
    try {
      const { requests, delivery } = deliveryFor(receiver.url, clock);
      await receiver.set('503');
      const filed = await requests.file(draft, 'long-outage');
      const outcomes = await runFor(delivery.worker, clock, 47 * HOUR);
      expect(new Set(outcomes)).toEqual(new Set(['retry']));
      expect(await delivery.admin.list('failed')).toEqual([]);
      outcomes.push(...await runFor(delivery.worker, clock, 2 * HOUR));
      expect(outcomes.at(-1)).toBe('failed');

      const [failed] = await delivery.admin.list('failed');
      expect(failed).toMatchObject({ reference: filed.reference, backend: 'webhook', status: 'failed' });
      expect(failed.lastError).toMatch(/HTTP 503/);
      expect(await runFor(delivery.worker, clock, 3 * HOUR)).toEqual([]); // failed rows wait for a person

      await receiver.set('up');
      expect(await delivery.admin.retry(failed.id)).toBe('retrying');
      expect(await runFor(delivery.worker, clock, 2 * MINUTE)).toEqual(['delivered']);
      expect(await delivery.admin.retry(failed.id)).toBe('already_delivered');
      expect(receiver.hits.filter((h) => h.answered === 204).map((h) => h.reference)).toEqual([filed.reference]);
    } finally {
      await receiver.close();
    }
  }, 60_000);
});
