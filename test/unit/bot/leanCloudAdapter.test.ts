// LeanCloudAdapter.process answers every request as botbuilder's CloudAdapter.process does (same status, body, error
// and activity handed to processActivity), without building zod schemas per request.
import { CloudAdapter, type Request, type Response } from 'botbuilder';
import { LeanCloudAdapter } from '../../../src/bot/leanCloudAdapter';

interface Outcome {
  status?: number;
  body?: unknown;
  ended: boolean;
  error?: string;
  processed?: { auth: unknown; activity: unknown };
}

function fakeResponse(outcome: Outcome): Response {
  return {
    status: (code: number) => void (outcome.status = code),
    send: (body: unknown) => void (outcome.body = body),
    end: () => void (outcome.ended = true),
    header: () => undefined,
  } as unknown as Response;
}

async function run(Adapter: typeof CloudAdapter, req: Partial<Request>, invoke?: unknown): Promise<Outcome> {
  const adapter = new Adapter();
  const outcome: Outcome = { ended: false };
  (adapter as unknown as { processActivity: unknown }).processActivity = async (auth: unknown, activity: unknown) => {
    outcome.processed = { auth, activity: JSON.parse(JSON.stringify(activity)) };
    if (invoke instanceof Error) throw invoke;
    return invoke;
  };
  const body = req.body === undefined ? undefined : JSON.parse(JSON.stringify(req.body));
  try {
    await adapter.process({ headers: {}, ...req, body } as Request, fakeResponse(outcome), async () => undefined);
  } catch (error) {
    outcome.error = (error as Error).message;
  }
  return outcome;
}

const activity = {
  type: 'message', text: 'hallo', channelId: 'emulator', serviceUrl: 'http://127.0.0.1:1', conversation: { id: 'c' }, from: { id: 'u' },
  timestamp: '2026-12-02T20:00:00.000Z', localTimestamp: '2026-12-02T21:00:00.000+01:00', expiration: '2026-12-03T20:00:00.000Z',
};

describe('LeanCloudAdapter.process', () => {
  const silent = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  afterAll(() => {
    silent.mockRestore();
    warn.mockRestore();
  });

  // Every row has three entries: with fewer, jest would take the third parameter for a done callback.
  it.each<[string, Partial<Request>, unknown]>([
    ['a message', { method: 'POST', body: activity }, undefined],
    ['an Authorization header', { method: 'POST', body: activity, headers: { authorization: 'Bearer x' } }, undefined],
    ['an invoke response', { method: 'POST', body: activity }, { status: 201, body: { ok: true } }],
    ['a failing turn', { method: 'POST', body: activity }, new Error('turn failed')],
    ['GET', { method: 'GET', body: activity }, undefined],
    ['an array body', { method: 'POST', body: [activity] as unknown as Record<string, unknown> }, undefined],
    ['a string body', { method: 'POST', body: 'text' as unknown as Record<string, unknown> }, undefined],
    ['no body', { method: 'POST' }, undefined],
    ['an empty type', { method: 'POST', body: { ...activity, type: '' } }, undefined],
    ['no type', { method: 'POST', body: { ...activity, type: undefined } }, undefined],
    ['a non-string Authorization header', { method: 'POST', body: activity, headers: { authorization: ['a', 'b'] } as unknown as Request['headers'] }, undefined],
  ])('answers %s as CloudAdapter does', async (_name, req, invoke) => {
    expect(await run(LeanCloudAdapter, req, invoke)).toEqual(await run(CloudAdapter, req, invoke));
  });
});
