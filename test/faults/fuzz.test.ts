// Fuzzing every route (quick run in `npm test`; `npm run test:faults` runs thousands): never a 5xx, never a crash.
import fc from 'fast-check';
import { databaseProviders } from '../helpers/database';
import { type MockChannel, type RunningApp, startApp, startMockChannel } from '../helpers/server';
import { anyHit, type FuzzTarget, send } from './fuzzRoutes';

const isInvoke = (body: unknown): boolean => typeof body === 'string' && /"type":"invoke"/.test(body);

export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 400);

describe('fuzzing the HTTP routes', () => {
  let running: RunningApp;
  let channel: MockChannel;
  let target: FuzzTarget;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);

  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled);
    running = await startApp(await databaseProviders()[0].open());
    channel = await startMockChannel();
    const session = (await (await fetch(`${running.url}/v3/directline/tokens/generate`, { method: 'POST' })).json()) as { token: string; conversationId: string };
    await fetch(`${running.url}/v3/directline/conversations`, { method: 'POST', headers: { Authorization: `Bearer ${session.token}` } });
    target = { running, channel, token: session.token, conversationId: session.conversationId };
  });
  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    await running.app.close();
    await channel.close();
  });

  it(`answers ${FUZZ_RUNS} hostile requests without a 5xx, and stays healthy`, async () => {
    const heapBefore = process.memoryUsage().heapUsed;
    const turns = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(anyHit(target), async (hit) => {
        const status = await send(running.url, hit);
        if (status === 200 && hit.method === 'POST') turns.set(hit.path, (turns.get(hit.path) ?? 0) + 1);
        // botbuilder's ActivityHandler answers an invoke it has no handler for with 501 (the Bot Framework's
        // "not implemented"); that is the protocol's answer, not a failure. Anything else must stay below 500.
        if (status === 501 && isInvoke(hit.body)) return true;
        return status >= 200 && status < 500;
      }),
      { numRuns: FUZZ_RUNS, seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined },
    );
    expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
    expect(unhandled).toEqual([]);
    // The generator reaches the bot: hostile but valid activities were answered on both channels.
    expect(turns.get('/api/messages')).toBeGreaterThan(0);
    expect(turns.get(`/v3/directline/conversations/${target.conversationId}/activities`)).toBeGreaterThan(0);
    // The process keeps no per-request memory: a generous bound that a leak of the bodies would exceed.
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(300 * 1024 * 1024);
  }, 300_000);
});
