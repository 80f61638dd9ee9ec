// Two app instances on one PostgreSQL, both running the delivery worker: every request is delivered exactly once.
import type { DeliveryJob, RegistrationBackend } from '../../src/delivery/types';
import { OutboxRepository } from '../../src/delivery/outboxRepository';
import { databaseProviders, testDatabaseUrl } from '../helpers/database';
import { startApp, type RunningApp } from '../helpers/server';
import { draft } from './fixtures';

const postgres = databaseProviders().find((p) => p.name === 'postgres');
const describeWithPostgres = postgres ? describe : describe.skip;

/** Records which instance received which request, taking a few milliseconds per delivery like a real receiver. */
function recorder(instance: string, log: Array<[string, number]>): RegistrationBackend {
  return {
    id: 'demo',
    async register(job: DeliveryJob) {
      await new Promise((resolve) => setTimeout(resolve, 2 + (job.request.id % 5)));
      log.push([instance, job.request.id]);
    },
  };
}

describeWithPostgres(`delivery with two instances on one PostgreSQL (${testDatabaseUrl() ?? 'TEST_DATABASE_URL not set'})`, () => {
  it('delivers each outbox row once while both workers claim at the same time', async () => {
    const data = await postgres!.persistent();
    const log: Array<[string, number]> = [];
    const env = { REGISTRATION_BACKENDS: 'demo', DELIVERY_POLL_MS: '50' };
    const apps: RunningApp[] = [];
    try {
      for (const name of ['a', 'b']) {
        apps.push(await startApp(await data.open(), env, () => new Date(), { delivery: { factories: { demo: () => recorder(name, log) }, worker: { batchSize: 3 } } }));
      }
      const total = 40;
      await Promise.all(Array.from({ length: total }, (_, i) => apps[i % 2].app.requests.file(draft, `form-${i}`)));
      const deadline = Date.now() + 15_000;
      const delivered = async () => (await apps[0].app.db.query<{ n: number }>(`SELECT count(*) AS n FROM delivery_outbox WHERE status = 'delivered'`))[0].n;
      while ((await delivered()) < total && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      await new Promise((resolve) => setTimeout(resolve, 200)); // a double delivery would have time to show up
      expect(await delivered()).toBe(total);
      const ids = log.map(([, id]) => id);
      expect(ids).toHaveLength(total);
      expect(new Set(ids).size).toBe(total);
      // both instances took part (reported, not required: the split depends on timing)
      process.stdout.write(`two instances delivered: a=${log.filter(([i]) => i === 'a').length}, b=${log.filter(([i]) => i === 'b').length}\n`);
    } finally {
      for (const running of apps) await running.app.close();
      await data.remove();
    }
  });

  it('never hands the same row to two claims running at the same moment', async () => {
    const data = await postgres!.persistent();
    const dbs = [await data.open(), await data.open()];
    try {
      const outbox = dbs.map((db) => new OutboxRepository(db));
      await Promise.all(Array.from({ length: 60 }, (_, i) => dbs[0].transaction(async (tx) => {
        const [row] = await tx.query<{ id: number }>(
          `INSERT INTO requests (reference, idempotency_key, team_id, urgent, data, created_at, updated_at)
           VALUES ($1, $1, 'wij-zuid', false, '{}'::jsonb, now(), now()) RETURNING id`, [`SW-TEST-${String(i).padStart(4, '0')}`]);
        await outbox[0].enqueue(tx, Number(row.id), [{ backend: 'demo', dueAt: new Date(0) }], false, new Date());
      })));
      const now = new Date();
      const lease = new Date(now.getTime() + 60_000);
      const claims = await Promise.all(Array.from({ length: 40 }, (_, i) => outbox[i % 2].claimDue(now, lease, 3)));
      const ids = claims.flat().map((row) => row.outboxId);
      expect(ids).toHaveLength(60);
      expect(new Set(ids).size).toBe(60);
    } finally {
      for (const db of dbs) await db.close();
      await data.remove();
    }
  });
});
