// The same conversation through the local Direct Line 3.0 endpoint, with botframework-directlinejs, plus the protocol's edges.
import { testContent } from '../helpers/chat';
import { databaseProviders } from '../helpers/database';
import { connectDirectLine } from '../helpers/directLine';
import { type RunningApp, STAFF_TOKEN, startApp } from '../helpers/server';

describe('local Direct Line', () => {
  let running: RunningApp;
  const nl = testContent().texts.t('nl');
  const ends = (text: string) => (a: { text?: string }) => a.text?.endsWith(text) === true;

  beforeAll(async () => {
    running = await startApp(await databaseProviders()[0].open());
  });
  afterAll(() => running.app.close());

  it('carries a whole conversation with directlinejs: greeting, advice, safety and a filed request', async () => {
    const chat = await connectDirectLine(running.url);
    try {
      await chat.waitFor(ends(nl('ask.role')));
      await chat.say(nl('choice.parent'), ends(nl('ask.situation')));
      const echo = chat.all().find((a) => a.text === nl('choice.parent'));
      expect(echo?.from?.id).toBe(chat.userId);
      await chat.say('mijn dochter van 10 wordt gepest', ends(nl('ask.feedback')));
      const cards = chat.all().find((a) => a.attachments?.length);
      expect(cards?.attachments?.[0].contentType).toBe('application/vnd.microsoft.card.hero');
      await chat.say('iemand spreken', ends(nl('ask.scale')));
      await chat.say('3', ends(nl('ask.postcode')));
      const safety = await chat.say('mijn man bedreigt ons en slaat de kinderen', ends(nl('ask.postcode')));
      expect(safety[0].text).toContain('0800-2000');
      await chat.say('9741 AB', ends(nl('ask.firstName')));
      await chat.say('Fatima', ends(nl('ask.contact')));
      await chat.say('050 123 45 67', ends(nl('ask.whenToCall')));
      await chat.say(nl('choice.anyTime'), ends(nl('ask.consent')));
      await chat.say('ja', ends(nl('ask.confirm')));
      const filed = await chat.say(nl('choice.send'), (a) => /SW-/.test(a.text ?? ''));
      const reference = /SW-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(filed.map((a) => a.text).join(' '))?.[0];

      const res = await fetch(`${running.url}/api/staff/requests`, { headers: { Authorization: `Bearer ${STAFF_TOKEN}` } });
      const { requests } = (await res.json()) as { requests: Array<{ reference: string; urgent: boolean; contact: { phone?: string }; summary: { channel: string } }> };
      const request = requests.find((r) => r.reference === reference);
      expect(request).toMatchObject({ urgent: true, contact: { phone: '0501234567' }, summary: { channel: 'directline' } });
    } finally {
      chat.end();
    }
  });

  it('reads activities from a watermark and refuses tokens for another conversation', async () => {
    const a = (await (await fetch(`${running.url}/v3/directline/tokens/generate`, { method: 'POST' })).json()) as { token: string; conversationId: string };
    const b = (await (await fetch(`${running.url}/v3/directline/tokens/generate`, { method: 'POST' })).json()) as { token: string; conversationId: string };
    const start = await fetch(`${running.url}/v3/directline/conversations`, { method: 'POST', headers: { Authorization: `Bearer ${a.token}` } });
    expect(start.status).toBe(201);
    const again = await fetch(`${running.url}/v3/directline/conversations`, { method: 'POST', headers: { Authorization: `Bearer ${a.token}` } });
    expect(again.status).toBe(200);

    const url = `${running.url}/v3/directline/conversations/${a.conversationId}/activities`;
    const first = (await (await fetch(url, { headers: { Authorization: `Bearer ${a.token}` } })).json()) as { activities: unknown[]; watermark: string };
    // The greeting and the first question, joined into one message.
    expect(first.activities.length).toBe(1);
    const later = (await (await fetch(`${url}?watermark=${first.watermark}`, { headers: { Authorization: `Bearer ${a.token}` } })).json()) as { activities: unknown[]; watermark: string };
    expect(later).toEqual({ activities: [], watermark: first.watermark });

    expect((await fetch(url, { headers: { Authorization: `Bearer ${b.token}` } })).status).toBe(403);
    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(url, { headers: { Authorization: 'Bearer forged.token' } })).status).toBe(403);

    const badBody = await fetch(url, { method: 'POST', headers: { Authorization: `Bearer ${a.token}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ type: 'nonsense' }) });
    expect(badBody.status).toBe(400);
    expect(((await badBody.json()) as { error: { message: string } }).error.message).toMatch(/^type:/);
  });

  it('deletes the kept messages when the user asks to wipe their data', async () => {
    const chat = await connectDirectLine(running.url);
    try {
      await chat.waitFor(ends(nl('ask.role')));
      await chat.say('ik ben een ouder en mijn zoon blowt', ends(nl('ask.ageChild')));
      await chat.say('wis mijn gegevens', ends(nl('privacy.forgotten')));
      const res = await fetch(`${running.url}/v3/directline/conversations/${chat.conversationId}/activities`, { headers: { Authorization: `Bearer ${chat.token}` } });
      const { activities } = (await res.json()) as { activities: Array<{ text?: string }> };
      expect(activities.map((a) => a.text)).toEqual([nl('privacy.forgotten')]);
    } finally {
      chat.end();
    }
  });

  it('answers two quick messages in order, one turn after the other', async () => {
    const session = (await (await fetch(`${running.url}/v3/directline/tokens/generate`, { method: 'POST' })).json()) as { token: string; conversationId: string };
    const headers = { Authorization: `Bearer ${session.token}`, 'Content-Type': 'application/json' };
    await fetch(`${running.url}/v3/directline/conversations`, { method: 'POST', headers });
    const url = `${running.url}/v3/directline/conversations/${session.conversationId}/activities`;
    const post = (text: string) => fetch(url, { method: 'POST', headers, body: JSON.stringify({ type: 'message', text }) });
    const statuses = await Promise.all([post('ouder'), post('mijn zoon van 9 wordt gepest')]);
    expect(statuses.map((r) => r.status)).toEqual([200, 200]);
    const { activities } = (await (await fetch(url, { headers })).json()) as { activities: Array<{ text?: string; from: { role: string } }> };
    const texts = activities.map((a) => `${a.from.role}: ${a.text}`);
    const order = ['user: ouder', `bot: ${nl('ask.situation')}`, 'user: mijn zoon van 9 wordt gepest', `bot: ${nl('ask.feedback')}`];
    // A bot message may end with the question after other texts of its turn.
    const positions = order.map((line) => texts.findIndex((text) => text === line || (line.startsWith('bot: ') && text.startsWith('bot: ') && text.endsWith(line.slice(5)))));
    expect(positions).not.toContain(-1);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('refreshes a token for the same conversation', async () => {
    const a = (await (await fetch(`${running.url}/v3/directline/tokens/generate`, { method: 'POST' })).json()) as { token: string; conversationId: string };
    const res = await fetch(`${running.url}/v3/directline/tokens/refresh`, { method: 'POST', headers: { Authorization: `Bearer ${a.token}` } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { conversationId: string }).conversationId).toBe(a.conversationId);
  });
});

describe('local Direct Line under many new conversations', () => {
  it('limits how fast one address can open new conversations', async () => {
    const running = await startApp(await databaseProviders()[0].open());
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 40; i += 1) statuses.push((await fetch(`${running.url}/v3/directline/tokens/generate`, { method: 'POST' })).status);
      expect(statuses).toContain(429);
      expect(statuses.filter((status) => status === 200).length).toBeGreaterThanOrEqual(10);
    } finally {
      await running.app.close();
    }
  });
});
