// The coordinators' delivery API on the real server: failed and pending deliveries, and "Opnieuw proberen".
import { FailingBackend } from '../../src/delivery/backends/failing';
import type { Database } from '../../src/storage/types';
import { databaseProviders } from '../helpers/database';
import { startApp, STAFF_TOKEN, type RunningApp } from '../helpers/server';
import { draft, HOUR, TestClock } from './fixtures';

const pglite = databaseProviders()[0];

describe('GET /api/staff/deliveries and POST …/retry', () => {
  let db: Database;
  let running: RunningApp;
  const clock = new TestClock(new Date('2026-11-25T10:00:00Z'));
  const auth = { Authorization: `Bearer ${STAFF_TOKEN}` };
  beforeAll(async () => {
    db = await pglite.open();
    running = await startApp(db, { REGISTRATION_BACKENDS: 'failing' }, clock.now, { delivery: { start: false, factories: { failing: () => new FailingBackend() } } });
  });
  afterAll(() => running.app.close());

  it('lists a delivery that failed for 48 hours and puts it back in the queue on retry', async () => {
    const filed = await running.app.requests.file(draft, 'form-1');
    for (let i = 0; i < 60; i += 1) {
      await running.app.delivery.worker.runOnce();
      clock.advance(HOUR);
    }
    const failed = await fetch(`${running.url}/api/staff/deliveries?status=failed`, { headers: auth });
    expect(failed.status).toBe(200);
    const { deliveries } = (await failed.json()) as { deliveries: Array<{ id: number; reference: string; backend: string; status: string; lastError: string }> };
    expect(deliveries).toEqual([expect.objectContaining({ reference: filed.reference, backend: 'failing', status: 'failed' })]);
    expect(JSON.stringify(deliveries)).not.toMatch(/0612345678|Sam|niet naar school/);

    const retry = await fetch(`${running.url}/api/staff/deliveries/${deliveries[0].id}/retry`, { method: 'POST', headers: auth });
    expect(retry.status).toBe(202);
    const pending = (await (await fetch(`${running.url}/api/staff/deliveries?status=pending`, { headers: auth })).json()) as { deliveries: Array<{ attempts: number }> };
    expect(pending.deliveries).toEqual([expect.objectContaining({ attempts: 0 })]);
  });

  it('answers 401 without the token, 400 naming the field, 404 for an unknown delivery', async () => {
    expect((await fetch(`${running.url}/api/staff/deliveries`)).status).toBe(401);
    const bad = await fetch(`${running.url}/api/staff/deliveries?status=lost`, { headers: auth });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(/^status:/);
    const badId = await fetch(`${running.url}/api/staff/deliveries/abc/retry`, { method: 'POST', headers: auth });
    expect(badId.status).toBe(400);
    expect((await fetch(`${running.url}/api/staff/deliveries/424242/retry`, { method: 'POST', headers: auth })).status).toBe(404);
  });
});
