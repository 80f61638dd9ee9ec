// Graceful shutdown: close() lets a turn in flight finish and answer, refuses new work, then closes the database.
import type { Database } from '../../src/storage/types';
import { databaseProviders } from '../helpers/database';
import { startApp } from '../helpers/server';

/** The database with a switch that makes every statement slow, so a turn is surely still running when close() starts. */
function slowable(db: Database): { db: Database; slow(ms: number): void; closedAt(): number | undefined; statements: string[]; afterClose(): number } {
  let delay = 0;
  let closedAt: number | undefined;
  let afterClose = 0;
  const statements: string[] = [];
  const wait = () => new Promise((resolve) => setTimeout(resolve, delay));
  const wrapped = new Proxy(db, {
    get(target, property, receiver) {
      if (property === 'query') {
        return async (sql: string, params?: unknown[]) => {
          await wait();
          if (closedAt) afterClose += 1;
          statements.push(sql);
          return target.query(sql, params);
        };
      }
      if (property === 'transaction') {
        return async (fn: Parameters<Database['transaction']>[0]) => {
          await wait();
          if (closedAt) afterClose += 1;
          statements.push('transaction');
          return target.transaction(fn);
        };
      }
      if (property === 'close') return async () => { closedAt = Date.now(); return target.close(); };
      const value = Reflect.get(target, property, receiver) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { db: wrapped, slow: (ms) => void (delay = ms), closedAt: () => closedAt, statements, afterClose: () => afterClose };
}

describe('graceful shutdown', () => {
  it('finishes the turn in flight, stops listening, and closes the database last', async () => {
    const database = slowable(await databaseProviders()[0].open());
    const running = await startApp(database.db);
    const session = (await (await fetch(`${running.url}/v3/directline/tokens/generate`, { method: 'POST' })).json()) as { token: string; conversationId: string };
    const headers = { Authorization: `Bearer ${session.token}`, 'Content-Type': 'application/json' };
    expect((await fetch(`${running.url}/v3/directline/conversations`, { method: 'POST', headers })).status).toBe(201);

    database.slow(40);
    const before = database.statements.length;
    const inFlight = fetch(`${running.url}/v3/directline/conversations/${session.conversationId}/activities`, {
      method: 'POST', headers, body: JSON.stringify({ type: 'message', text: 'ouder' }),
    }).then(async (res) => ({ status: res.status, body: (await res.json()) as { id?: string }, at: Date.now() }));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const closing = running.app.close().then(() => Date.now());

    const answered = await inFlight;
    expect(answered.status).toBe(200);
    expect(answered.body.id).toMatch(new RegExp(`^${session.conversationId}\\|`));
    await closing;
    // The turn ran to its end (the bot's reply and the state were written), and nothing touched the database after it closed.
    expect(database.closedAt()).toBeDefined();
    expect(database.afterClose()).toBe(0);
    // The user's message and the bot's reply were each appended (one statement each) during the turn, and the state saved.
    expect(database.statements.slice(before).filter((sql) => /INSERT INTO directline_activities|directline_activities/i.test(sql)).length).toBeGreaterThanOrEqual(2);
    expect(database.statements.slice(before).some((sql) => /bot_state/i.test(sql))).toBe(true);
    await expect(fetch(`${running.url}/healthz`)).rejects.toThrow();
    // close() again is safe and returns the same shutdown.
    await running.app.close();
  });
});
