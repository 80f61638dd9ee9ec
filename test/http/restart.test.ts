// Restart: stop the server in the middle of the request form, start it again on the same data, and the form goes on.
import type { Activity } from 'botbuilder';
import { testContent } from '../helpers/chat';
import { databaseProviders } from '../helpers/database';
import { startApp } from '../helpers/server';

interface Session {
  token: string;
  conversationId: string;
}

async function say(url: string, session: Session, text: string): Promise<string[]> {
  const base = `${url}/v3/directline/conversations/${session.conversationId}/activities`;
  const headers = { Authorization: `Bearer ${session.token}`, 'Content-Type': 'application/json' };
  const before = (await (await fetch(base, { headers })).json()) as { watermark: string };
  const posted = await fetch(base, { method: 'POST', headers, body: JSON.stringify({ type: 'message', from: { id: 'x' }, text }) });
  expect(posted.status).toBe(200);
  const after = (await (await fetch(`${base}?watermark=${before.watermark}`, { headers })).json()) as { activities: Partial<Activity>[] };
  return after.activities.filter((a) => a.from?.role === 'bot').map((a) => a.text ?? '');
}

describe.each(databaseProviders())('restart on $name', (provider) => {
  const nl = testContent().texts.t('nl');

  it('continues the form where it was after the server restarts on the same data', async () => {
    // Two starts of PGlite on disk; under load each takes seconds.
    const data = await provider.persistent();
    try {
      const first = await startApp(await data.open());
      const session = (await (await fetch(`${first.url}/v3/directline/tokens/generate`, { method: 'POST' })).json()) as Session;
      expect((await fetch(`${first.url}/v3/directline/conversations`, { method: 'POST', headers: { Authorization: `Bearer ${session.token}` } })).status).toBe(201);
      await say(first.url, session, 'ouder');
      await say(first.url, session, 'mijn zoon van 7 heeft veel driftbuien');
      await say(first.url, session, 'iemand spreken');
      await say(first.url, session, 'zes');
      expect(await say(first.url, session, '9741 AB')).toEqual([nl('ask.firstName')]);
      await first.app.close();

      const second = await startApp(await data.open());
      try {
        expect(await say(second.url, session, 'Sam')).toEqual([nl('ask.contact')]);
        await say(second.url, session, 'sam@example.org');
        const summary = await say(second.url, session, 'ja');
        expect(summary[0]).toContain('mijn zoon van 7 heeft veel driftbuien');
        expect(summary[0]).toContain('9741 AB');
        expect(summary[0]).toContain(`${nl('field.scale')}: 6`);
        const filed = await say(second.url, session, 'versturen');
        expect(filed[0]).toMatch(/SW-[0-9A-Z]{4}-[0-9A-Z]{4}/);
        expect((await second.app.requests.list()).map((r) => r.draft.firstName)).toEqual(['Sam']);
      } finally {
        await second.app.close();
      }
    } finally {
      await data.remove();
    }
  });
});
