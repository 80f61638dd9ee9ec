// The real server on a loopback port: /api/messages with a mock channel, the staff API, health and bad input.
import { databaseProviders } from '../helpers/database';
import { testContent } from '../helpers/chat';
import { type MockChannel, postActivity, type RunningApp, STAFF_TOKEN, startApp, startMockChannel, messageSender } from '../helpers/server';

describe.each(databaseProviders())('HTTP /api/messages on $name', (provider) => {
  let running: RunningApp;
  let channel: MockChannel;
  const nl = testContent().texts.t('nl');

  beforeAll(async () => {
    running = await startApp(await provider.open());
    channel = await startMockChannel();
  });
  afterAll(async () => {
    await running.app.close();
    await channel.close();
  });

  const say = (conversationId: string, text: string) => messageSender(running, channel)(conversationId, text);

  it('answers health checks', async () => {
    const res = await fetch(`${running.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('talks to a channel: greeting, safety, advice and a filed request that staff can see', async () => {
    const conversationId = `http-${provider.name}-1`;
    await postActivity(running.url, channel.serviceUrl, conversationId, { type: 'conversationUpdate', membersAdded: [{ id: 'user-1', name: 'User' }] });
    expect(channel.replies(conversationId).some((a) => a.text?.endsWith(nl('ask.role')))).toBe(true);

    await say(conversationId, 'jongere');
    await say(conversationId, 'ik word gepest op school');
    const safety = await say(conversationId, 'soms denk ik erover om zelfmoord te plegen');
    expect(safety[0]).toContain('0800-0113');
    expect(safety[safety.length - 1]).toBe(nl('ask.ageSelf'));
    const advice = await say(conversationId, '15');
    expect(advice[advice.length - 1]?.slice(-nl('ask.feedback').length)).toBe(nl('ask.feedback'));

    await say(conversationId, 'iemand spreken');
    await say(conversationId, '2');
    await say(conversationId, '9741 AB');
    await say(conversationId, 'Noor');
    await say(conversationId, 'noor@example.org');
    await say(conversationId, 'ja');
    const filed = await say(conversationId, 'versturen');
    const reference = /SW-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(filed[0])?.[0];
    expect(reference).toBeDefined();

    const res = await fetch(`${running.url}/api/staff/requests`, { headers: { Authorization: `Bearer ${STAFF_TOKEN}` } });
    expect(res.status).toBe(200);
    const { requests } = (await res.json()) as { requests: Array<Record<string, any>> };
    const request = requests.find((r) => r.reference === reference);
    expect(request).toMatchObject({
      status: 'new',
      urgent: true,
      team: { id: expect.any(String), name: expect.any(String) },
      summary: { about: 'ik word gepest op school', scale: 2, age: 15, asker: 'young', postcode: '9741 AB', channel: 'emulator' },
      contact: { firstName: 'Noor', email: 'noor@example.org' },
    });
    expect(Date.parse(request?.createdAt)).not.toBeNaN();
  });

  it('refuses the staff API without a valid token', async () => {
    expect((await fetch(`${running.url}/api/staff/requests`)).status).toBe(401);
    const wrong = await fetch(`${running.url}/api/staff/requests`, { headers: { Authorization: 'Bearer not-the-token' } });
    expect(wrong.status).toBe(401);
    expect(((await wrong.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
  });

  it('rejects malformed JSON and bodies that are not activities with 400 and a reason', async () => {
    const bad = await fetch(`${running.url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"type": "message",' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(/json/i);

    const notActivity = await fetch(`${running.url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"hello": "world"}' });
    expect(notActivity.status).toBe(400);
    expect(((await notActivity.json()) as { error: { message: string } }).error.message).toMatch(/type/);

    const array = await fetch(`${running.url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '[1,2]' });
    expect(array.status).toBe(400);
  });

  it('rejects bodies over the limit with 413', async () => {
    const big = JSON.stringify({ type: 'message', text: 'x'.repeat(200 * 1024) });
    const res = await fetch(`${running.url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: big });
    expect(res.status).toBe(413);
  });

  it('serves the web chat page with its texts and the Web Chat bundle', async () => {
    const page = await fetch(`${running.url}/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(nl('page.danger'));
    expect(html).toContain('/webchat/webchat.js');
    const bundle = await fetch(`${running.url}/webchat/webchat.js`);
    expect(bundle.status).toBe(200);
    expect((await bundle.text()).length).toBeGreaterThan(1_000_000);
    expect((await fetch(`${running.url}/webchat/nope.js`)).status).toBe(404);
  });
});

describe('HTTP /api/messages with a Microsoft App ID', () => {
  it('refuses unauthenticated activities with 401', async () => {
    const running = await startApp(await databaseProviders()[0].open(), { MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'secret' });
    try {
      const status = await postActivity(running.url, 'http://127.0.0.1:9', 'conv-auth', { type: 'message', text: 'hoi' });
      expect(status).toBe(401);
    } finally {
      await running.app.close();
    }
  });
});
