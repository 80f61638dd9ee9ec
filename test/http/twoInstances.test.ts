// Two instances of the app on one PostgreSQL: any instance can serve any turn, and a token from one works on the other.
import type { Activity } from 'botbuilder';
import { inOrder, lastSaid, said, testContent } from '../helpers/chat';
import { databaseProviders, testDatabaseUrl } from '../helpers/database';
import { startApp } from '../helpers/server';

const postgres = databaseProviders().find((p) => p.name === 'postgres');
const describeWithPostgres = postgres ? describe : describe.skip;

/** The bot's replies to one message (one turn's texts may come joined into fewer messages: read them with `said`). */
async function say(url: string, session: { token: string; conversationId: string }, text: string): Promise<Partial<Activity>[]> {
  const base = `${url}/v3/directline/conversations/${session.conversationId}/activities`;
  const headers = { Authorization: `Bearer ${session.token}`, 'Content-Type': 'application/json' };
  const { watermark } = (await (await fetch(base, { headers })).json()) as { watermark: string };
  expect((await fetch(base, { method: 'POST', headers, body: JSON.stringify({ type: 'message', text }) })).status).toBe(200);
  const { activities } = (await (await fetch(`${base}?watermark=${watermark}`, { headers })).json()) as { activities: Partial<Activity>[] };
  return activities.filter((a) => a.from?.role === 'bot');
}

describeWithPostgres(`two instances on one PostgreSQL (${testDatabaseUrl() ?? 'TEST_DATABASE_URL not set'})`, () => {
  it('alternates turns between instances without losing the conversation', async () => {
    const nl = testContent().texts.t('nl');
    const data = await postgres!.persistent();
    const a = await startApp(await data.open());
    const b = await startApp(await data.open());
    try {
      const session = (await (await fetch(`${a.url}/v3/directline/tokens/generate`, { method: 'POST' })).json()) as { token: string; conversationId: string };
      expect((await fetch(`${b.url}/v3/directline/conversations`, { method: 'POST', headers: { Authorization: `Bearer ${session.token}` } })).status).toBe(201);
      expect(said(await say(a.url, session, 'ouder'))).toBe(nl('ask.situation'));
      expect(said(await say(b.url, session, 'mijn dochter is vaak bang'))).toBe(nl('ask.ageChild'));
      const feedback = nl('ask.feedback');
      expect(lastSaid(await say(a.url, session, '10'), feedback)).toBe(feedback);
      expect(said(await say(b.url, session, 'iemand spreken'))).toBe(inOrder(nl('form.start'), nl('ask.scale')));
      expect(said(await say(a.url, session, '5'))).toBe(nl('ask.postcode'));
      expect(said(await say(a.url, session, '9741 AB'))).toBe(nl('ask.firstName'));
    } finally {
      await a.app.close();
      await b.app.close();
      await data.remove();
    }
  });
});
