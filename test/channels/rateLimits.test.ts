// Rate limits on token generation, conversation start and activities: 429 with Retry-After, per address and per conversation, shared through Redis.
import { randomUUID } from 'node:crypto';
import { databaseProviders } from '../helpers/database';
import { type RunningApp, startApp } from '../helpers/server';

type Session = { token: string; conversationId: string };
const generate = (url: string) => fetch(`${url}/v3/directline/tokens/generate`, { method: 'POST' });
const start = (url: string, token: string) => fetch(`${url}/v3/directline/conversations`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
const post = (url: string, session: Session, body: unknown) =>
  fetch(`${url}/v3/directline/conversations/${session.conversationId}/activities`, {
    method: 'POST', headers: { Authorization: `Bearer ${session.token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(body),
  });

async function expectLimited(res: Response): Promise<void> {
  expect(res.status).toBe(429);
  const retryAfter = Number(res.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect(((await res.json()) as { error: { code: string } }).error.code).toBe('rate_limited');
}

describe('rate limits in one instance (memory)', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp(await databaseProviders()[0].open(), {
      RATE_LIMIT_TOKENS_PER_MINUTE: '4', RATE_LIMIT_CONVERSATIONS_PER_MINUTE: '3', RATE_LIMIT_ACTIVITIES_PER_MINUTE: '3',
    });
  });
  afterAll(() => running.app.close());

  it('refuses the fifth token from one address in a minute with 429 and Retry-After', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await generate(running.url)).status);
    expect(statuses).toEqual([200, 200, 200, 200]);
    await expectLimited(await generate(running.url));
  });

  it('limits conversation starts per address and messages per conversation, and counts each refusal', async () => {
    const other = await startApp(await databaseProviders()[0].open(), { RATE_LIMIT_CONVERSATIONS_PER_MINUTE: '2', RATE_LIMIT_ACTIVITIES_PER_MINUTE: '2' });
    try {
      const sessions: Session[] = [];
      for (let i = 0; i < 3; i += 1) sessions.push((await (await generate(other.url)).json()) as Session);
      expect((await start(other.url, sessions[0].token)).status).toBe(201);
      expect((await start(other.url, sessions[1].token)).status).toBe(201);
      await expectLimited(await start(other.url, sessions[2].token));

      expect((await post(other.url, sessions[0], { type: 'message', text: 'ouder' })).status).toBe(200);
      expect((await post(other.url, sessions[0], { type: 'message', text: 'hallo' })).status).toBe(200);
      await expectLimited(await post(other.url, sessions[0], { type: 'message', text: 'nog een' }));
      // Another conversation from the same address still has its own budget.
      expect((await post(other.url, sessions[1], { type: 'message', text: 'ouder' })).status).toBe(200);

      const metrics = await (await fetch(`${other.url}/metrics`)).text();
      expect(metrics).toMatch(/steunwijzer_rate_limited_total\{route="conversation"\} 1/);
      expect(metrics).toMatch(/steunwijzer_rate_limited_total\{route="activity"\} 1/);
    } finally {
      await other.app.close();
    }
  });
});

describe('token rules', () => {
  let now = new Date('2026-11-02T10:00:00Z');
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp(await databaseProviders()[0].open(), { DIRECTLINE_TOKEN_TTL_SECONDS: '60' }, () => now);
  });
  afterAll(() => running.app.close());

  it('gives 403 for another conversation, 400 with a reason for a bad activity, 401 once expired', async () => {
    const a = (await (await generate(running.url)).json()) as Session;
    const b = (await (await generate(running.url)).json()) as Session;
    expect((await start(running.url, a.token)).status).toBe(201);
    expect((await start(running.url, b.token)).status).toBe(201);
    const foreign = await post(running.url, { token: b.token, conversationId: a.conversationId }, { type: 'message', text: 'hoi' });
    expect(foreign.status).toBe(403);

    const long = await post(running.url, a, { type: 'message', text: 'x'.repeat(4001) });
    expect(long.status).toBe(400);
    expect(((await long.json()) as { error: { message: string } }).error.message).toMatch(/^text:/);
    const malformed = await fetch(`${running.url}/v3/directline/conversations/${a.conversationId}/activities`, {
      method: 'POST', headers: { Authorization: `Bearer ${a.token}`, 'Content-Type': 'application/json' }, body: '{"type": "message", "text": ',
    });
    expect(malformed.status).toBe(400);
    const notAnObject = await post(running.url, a, ['message']);
    expect(notAnObject.status).toBe(400);

    now = new Date(now.getTime() + 61_000);
    const expired = await post(running.url, a, { type: 'message', text: 'hoi' });
    expect(expired.status).toBe(401);
    expect(((await expired.json()) as { error: { code: string } }).error.code).toBe('token_expired');
  });
});

const redisUrl = process.env.TEST_REDIS_URL;
const describeWithRedis = redisUrl || process.env.CI ? describe : describe.skip;

describeWithRedis('rate limits shared through Redis by two instances', () => {
  it('counts token requests to both instances against one budget', async () => {
    if (!redisUrl) throw new Error('TEST_REDIS_URL must be set in CI');
    // A prefix of its own, so parallel runs and earlier runs never share counters.
    const env = { REDIS_URL: redisUrl, REDIS_KEY_PREFIX: `test-${randomUUID()}`, RATE_LIMIT_TOKENS_PER_MINUTE: '5' };
    const a = await startApp(await databaseProviders()[0].open(), env);
    const b = await startApp(await databaseProviders()[0].open(), env);
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i += 1) statuses.push((await generate(i % 2 ? b.url : a.url)).status);
      expect(statuses).toEqual([200, 200, 200, 200, 200]);
      await expectLimited(await generate(a.url));
      await expectLimited(await generate(b.url));
      const metricsB = await (await fetch(`${b.url}/metrics`)).text();
      expect(metricsB).toMatch(/steunwijzer_rate_limited_total\{route="token"\} 1/);
    } finally {
      await a.app.close();
      await b.app.close();
    }
  });
});
