// Delivery never loses and never doubles a request: outbox rows in the filing transaction, retries, failure, restarts, shutdown.
import { DemoBackend } from '../../src/delivery/backends/demo';
import { FailingBackend } from '../../src/delivery/backends/failing';
import type { DeliveryJob, RegistrationBackend } from '../../src/delivery/types';
import { Writable } from 'node:stream';
import { createLogger } from '../../src/logger';
import { createMetrics } from '../../src/metrics';
import type { Database } from '../../src/storage/types';
import { databaseProviders } from '../helpers/database';
import { deliveryOver, draft, emptyDelivery, HOUR, MINUTE, TestClock } from './fixtures';

const START = '2026-11-25T10:00:00Z';

describe.each(databaseProviders())('delivery outbox on $name', (provider) => {
  let db: Database;
  let clock: TestClock;
  beforeAll(async () => {
    db = await provider.open();
  });
  beforeEach(async () => {
    await emptyDelivery(db);
    clock = new TestClock(new Date(START));
  });
  afterAll(() => db.close());

  const statusOf = async (backend: string) =>
    (await db.query<{ status: string; attempts: number; last_error: string | null }>(
      'SELECT status, attempts, last_error FROM delivery_outbox WHERE backend = $1', [backend]))[0];

  it('writes one outbox row per backend in the filing transaction, and none for a repeated filing', async () => {
    const demo = new DemoBackend();
    const { requests } = deliveryOver(db, clock, { env: { REGISTRATION_BACKENDS: 'demo,failing' }, factories: { demo: () => demo, failing: () => new FailingBackend() } });
    await requests.file(draft, 'form-1');
    await requests.file(draft, 'form-1');
    const rows = await db.query<{ backend: string; status: string }>('SELECT backend, status FROM delivery_outbox ORDER BY backend');
    expect(rows).toEqual([{ backend: 'demo', status: 'pending' }, { backend: 'failing', status: 'pending' }]);
  });

  it('files nothing when the outbox cannot be written (one transaction)', async () => {
    const own = await provider.open();
    try {
      const { requests } = deliveryOver(own, clock, { env: { REGISTRATION_BACKENDS: 'demo' }, factories: { demo: () => new DemoBackend() } });
      await own.exec('DROP TABLE delivery_outbox');
      await expect(requests.file(draft, 'form-1')).rejects.toThrow(/delivery_outbox/);
      expect(await requests.list()).toHaveLength(0);
    } finally {
      await own.close();
    }
  });

  it('delivers a backend that fails three times on the fourth attempt, with growing waits in between', async () => {
    const failing = new FailingBackend(3);
    const metrics = createMetrics();
    const { requests, delivery } = deliveryOver(db, clock, { env: { REGISTRATION_BACKENDS: 'failing' }, factories: { failing: () => failing }, metrics });
    await requests.file(draft, 'form-1');
    const waits: number[] = [];
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      expect(await delivery.worker.runOnce()).toEqual(['retry']);
      expect(await delivery.worker.runOnce()).toEqual([]); // not due yet
      const [pending] = await delivery.admin.list('pending');
      waits.push(new Date(pending.nextAttemptAt).getTime() - clock.current.getTime());
      clock.set(pending.nextAttemptAt);
    }
    expect(waits).toEqual([22_500, 45_000, 90_000]); // 30 s, 60 s, 120 s with jitter fixed at half of the random part
    expect(await delivery.worker.runOnce()).toEqual(['delivered']);
    expect(await statusOf('failing')).toEqual({ status: 'delivered', attempts: 4, last_error: null });
    expect((await metrics.registry.getSingleMetric('steunwijzer_deliveries_total')?.get())?.values.map((v) => [v.labels.result, v.value]))
      .toEqual([['retry', 3], ['delivered', 1]]);
  });

  it('marks a delivery failed after 48 hours of failures and shows it to coordinators, who can retry it', async () => {
    const { requests, delivery } = deliveryOver(db, clock, { env: { REGISTRATION_BACKENDS: 'failing' }, factories: { failing: () => new FailingBackend() } });
    const filed = await requests.file(draft, 'form-1');
    const outcomes: string[] = [];
    for (let i = 0; i < 100 && outcomes.at(-1) !== 'failed'; i += 1) {
      outcomes.push(...(await delivery.worker.runOnce()));
      const [pending] = await delivery.admin.list('pending');
      if (pending) clock.set(pending.nextAttemptAt);
    }
    expect(outcomes.filter((o) => o === 'retry')).toHaveLength(4 + 47); // 4 quick, then hourly until 48 h are used up
    expect(outcomes.at(-1)).toBe('failed');
    expect(clock.current.getTime() - new Date(START).getTime()).toBeGreaterThan(47 * HOUR);
    const [failed] = await delivery.admin.list('failed');
    expect(failed).toMatchObject({ reference: filed.reference, backend: 'failing', status: 'failed', attempts: 52 });
    expect(failed.lastError).toMatch(/failing backend refused/);
    expect(await delivery.admin.list('pending')).toEqual([]);
    // the request itself stayed in the staff queue all along
    expect((await requests.list()).map((r) => r.reference)).toEqual([filed.reference]);

    expect(await delivery.admin.retry(failed.id)).toBe('retrying');
    const [claimed] = await delivery.outbox.claimDue(clock.now(), new Date(clock.current.getTime() + MINUTE), 1);
    expect(await delivery.admin.retry(failed.id)).toBe('in_flight'); // a worker holds it right now
    await delivery.outbox.putBack(claimed, clock.now());
    expect(await delivery.worker.runOnce()).toEqual(['retry']);
    expect(await delivery.admin.retry(9999)).toBe('not_found');
  });

  it('logs request id and backend, never personal data, and reports the outbox depth', async () => {
    const lines: string[] = [];
    const logger = createLogger('info', new Writable({ write(chunk, _enc, done) { lines.push(String(chunk)); done(); } }));
    const metrics = createMetrics();
    const { requests, delivery } = deliveryOver(db, clock, {
      env: { REGISTRATION_BACKENDS: 'demo,failing' }, factories: { demo: () => new DemoBackend(logger), failing: () => new FailingBackend() }, logger, metrics,
    });
    await requests.file({ ...draft, email: 'ouder@example.org' }, 'form-1');
    await delivery.worker.runOnce();
    await delivery.worker.reportDepth();
    const logged = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(logged.filter((l) => l.msg === 'delivered')).toEqual([expect.objectContaining({ backend: 'demo', requestId: expect.any(Number) })]);
    expect(logged.filter((l) => l.msg === 'delivery attempt failed; will retry')).toEqual([expect.objectContaining({ backend: 'failing', requestId: expect.any(Number) })]);
    expect(lines.join('')).not.toMatch(/0612345678|Sam|ouder@example|niet naar school|9741/);
    const depth = await metrics.registry.getSingleMetric('steunwijzer_outbox_depth')?.get();
    expect(depth?.values.map((v) => [v.labels.backend, v.value])).toEqual([['failing', 1]]);
  });

  it('delivers a new request at once when the worker runs, not at the next poll', async () => {
    const demo = new DemoBackend();
    const { requests, delivery } = deliveryOver(db, clock, { env: { REGISTRATION_BACKENDS: 'demo', DELIVERY_POLL_MS: '60000' }, factories: { demo: () => demo } });
    delivery.start();
    try {
      const started = Date.now();
      await requests.file(draft, 'form-1');
      while (demo.received.length === 0 && Date.now() - started < 10_000) await new Promise((resolve) => setTimeout(resolve, 10));
      expect(demo.received).toHaveLength(1);
      expect(Date.now() - started).toBeLessThan(5000); // the filing nudges the worker (typically < 100 ms); the poll alone would take a minute
    } finally {
      await delivery.stop();
    }
  });

  it('delivers urgent requests first', async () => {
    const demo = new DemoBackend();
    const { requests, delivery } = deliveryOver(db, clock, {
      env: { REGISTRATION_BACKENDS: 'demo' }, factories: { demo: () => demo }, worker: { batchSize: 1 },
    });
    await requests.file(draft, 'calm');
    clock.advance(1000);
    await requests.file({ ...draft, urgent: true }, 'urgent');
    await delivery.worker.runOnce();
    const [first] = await requests.list({});
    expect(first.urgent).toBe(true);
    const urgentId = (await db.query<{ id: number }>('SELECT id FROM requests WHERE urgent'))[0].id;
    expect(demo.received).toEqual([Number(urgentId)]);
  });

  it('gives an in-flight delivery back on shutdown when it does not finish in time, and lets a quick one finish', async () => {
    let release: () => void = () => undefined;
    const slow: RegistrationBackend = {
      id: 'demo',
      // ignores the abort signal, like a backend whose library takes none
      register: (_job: DeliveryJob) => new Promise<void>((resolve) => {
        release = resolve;
      }),
    };
    const { requests, delivery } = deliveryOver(db, clock, { env: { REGISTRATION_BACKENDS: 'demo' }, factories: { demo: () => slow }, worker: { graceMs: 100 } });
    await requests.file(draft, 'form-1');
    const run = delivery.worker.runOnce();
    await new Promise((resolve) => setTimeout(resolve, 50));
    delivery.worker.start();
    await delivery.stop();
    expect(await run).toEqual(['put_back']);
    expect(await statusOf('demo')).toEqual({ status: 'pending', attempts: 0, last_error: null });

    const second = deliveryOver(db, clock, { env: { REGISTRATION_BACKENDS: 'demo' }, factories: { demo: () => slow }, worker: { graceMs: 5000 } });
    const finishing = second.delivery.worker.runOnce();
    await new Promise((resolve) => setTimeout(resolve, 50));
    second.delivery.worker.start();
    const stopping = second.delivery.stop();
    release();
    await stopping;
    expect(await finishing).toEqual(['delivered']);
  });
});

describe.each(databaseProviders())('delivery after a crash on $name', (provider) => {
  it('delivers once after a restart, whether it crashed right after the commit or in the middle of a delivery', async () => {
    const store = await provider.persistent();
    const clock = new TestClock(new Date(START));
    try {
      let db = await store.open();
      const before = new DemoBackend();
      const first = deliveryOver(db, clock, { env: { REGISTRATION_BACKENDS: 'demo' }, factories: { demo: () => before } });
      await first.requests.file(draft, 'committed-only');
      await first.requests.file(draft, 'in-flight');
      // the second one is claimed (lease taken) and then the process dies, as with kill -9
      await first.delivery.outbox.claimDue(clock.now(), new Date(clock.current.getTime() + 5 * MINUTE), 1);
      await db.close();

      db = await store.open();
      const after = new DemoBackend();
      const second = deliveryOver(db, clock, { env: { REGISTRATION_BACKENDS: 'demo' }, factories: { demo: () => after } });
      expect(await second.delivery.worker.runOnce()).toEqual(['delivered']);
      expect(await second.delivery.worker.runOnce()).toEqual([]); // the other one still has its lease
      clock.advance(5 * MINUTE);
      expect(await second.delivery.worker.runOnce()).toEqual(['delivered']);
      expect(await second.delivery.worker.runOnce()).toEqual([]);
      expect(before.received).toEqual([]);
      expect(after.received).toHaveLength(2);
      expect(new Set(after.received).size).toBe(2);
      await db.close();
    } finally {
      await store.remove();
    }
  });
});
