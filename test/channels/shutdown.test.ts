// Graceful shutdown: close() lets a turn in flight finish and answer, refuses new work, then closes the database.
import type { Database } from '../../src/storage/types';
import { databaseProviders } from '../helpers/database';
import { startApp } from '../helpers/server';

/** The database with a switch that makes every statement slow, so a turn is surely still running when close() starts. */
function slowable(db: Database): { db: Database; slow(ms: number): void; closedAt(): number | undefined } {
  let delay = 0;
  let closedAt: number | undefined;
  const wait = () => new Promise((resolve) => setTimeout(resolve, delay));
  const wrapped = new Proxy(db, {
    get(target, property, receiver) {
      if (property === 'query') return async (sql: string, params?: unknown[]) => { await wait(); return target.query(sql, params); };
      if (property === 'transaction') return async (fn: Parameters<Database['transaction']>[0]) => { await wait(); return target.transaction(fn); };
      if (property === 'close') return async () => { closedAt = Date.now(); return target.close(); };
      const value = Reflect.get(target, property, receiver) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { db: wrapped, slow: (ms) => void (delay = ms), closedAt: () => closedAt };
}

describe('graceful shutdown', () => {
  it('finishes the turn in flight, stops listening, and closes the database last', async () => {
    const database = slowable(await databaseProviders()[0].open());
    const running = await startApp(database.db);
    const session = (await (await fetch(`${running.url}/v3/directline/tokens/generate`, { method: 'POST' })).json()) as { token: string; conversationId: string };
    const headers = { Authorization: `Bearer ${session.token}`, 'Content-Type': 'application/json' };
    expect((await fetch(`${running.url}/v3/directline/conversations`, { method: 'POST', headers })).status).toBe(201);

    database.slow(40);
    const inFlight = fetch(`${running.url}/v3/directline/conversations/${session.conversationId}/activities`, {
      method: 'POST', headers, body: JSON.stringify({ type: 'message', text: 'ouder' }),
    }).then(async (res) => ({ status: res.status, body: (await res.json()) as { id?: string }, at: Date.now() }));
    await new Promise((resolve) => setTimeout(resolve, 60));
    const closing = running.app.close().then(() => Date.now());

    const answered = await inFlight;
    expect(answered.status).toBe(200);
    expect(answered.body.id).toMatch(new RegExp(`^${session.conversationId}\\|`));
    const closedAt = await closing;
    expect(answered.at).toBeLessThanOrEqual(closedAt);
    expect(database.closedAt()).toBeGreaterThanOrEqual(answered.at);
    await expect(fetch(`${running.url}/healthz`)).rejects.toThrow();
    // close() again is safe and returns the same shutdown.
    await running.app.close();
  });
});
