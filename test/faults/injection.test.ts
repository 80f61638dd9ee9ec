// Injection: HTML, script, Markdown links and Adaptive Card JSON typed by a user stay text in what the bot sends;
// SQL injection in every field changes nothing in the database.
import type { Activity } from 'botbuilder';
import { databaseProviders } from '../helpers/database';
import { type MockChannel, type RunningApp, STAFF_TOKEN, startApp, startMockChannel } from '../helpers/server';
import { HOSTILE_ABOUT, post, say } from './filing';

const SQL = `Robert'); DROP TABLE requests; --`;

/** Markdown that would turn the user's words into a link or raw HTML when sent as markdown. */
const liveMarkup = (text: string) => /\[klik hier\]\(https:\/\/evil\.example\/x\)|<script>|<img /.test(text);

describe.each(databaseProviders())('injection on $name', (provider) => {
  let running: RunningApp;
  let channel: MockChannel;

  beforeAll(async () => {
    running = await startApp(await provider.open());
    channel = await startMockChannel();
  });
  afterAll(async () => {
    await running.app.close();
    await channel.close();
  });

  // The request summary repeats the user's words inside a Markdown message: they are escaped (dialogs/requestForm/formState.ts).
  it('sends the user\'s HTML, script, Markdown link and card JSON back only as text', async () => {
    const id = `inject-${provider.name}`;
    await post(running.url, channel, id, { type: 'conversationUpdate', membersAdded: [{ id: `user-${id}` }] });
    for (const text of ['ouder', HOSTILE_ABOUT, '9', 'iemand spreken', '3', '9741 AB', 'Sam', 'sam@example.org', 'ja']) await say(running.url, channel, id, text);
    const sent: Partial<Activity>[] = channel.replies(id);
    const summary = sent.find((a) => (a.text ?? '').includes('mijn zoon wordt gepest'));
    expect(summary).toBeDefined();
    for (const activity of sent) {
      if (activity.textFormat !== 'plain') expect(liveMarkup(activity.text ?? '')).toBe(false);
      for (const attachment of activity.attachments ?? []) expect(JSON.stringify(attachment.content)).not.toContain('evil.example');
    }
  });

  it('stores SQL typed into every field as plain data and changes nothing else', async () => {
    const id = `sql-${provider.name}`;
    await post(running.url, channel, id, { type: 'conversationUpdate', membersAdded: [{ id: `user-${id}` }] });
    const before = (await running.app.db.query<{ n: number }>('SELECT count(*)::int AS n FROM requests'))[0].n;
    // SQL in the free text, and as a wrong answer to the postcode and the contact question (asked again, then answered).
    for (const text of ['ouder', `mijn zoon wordt gepest ${SQL}`, '9', 'iemand spreken', '3', SQL, '9741 AB', 'Sam', SQL, 'sam@example.org', 'ja', 'versturen']) {
      expect(await say(running.url, channel, id, text)).toBe(200);
    }
    const rows = await running.app.db.query<{ n: number }>('SELECT count(*)::int AS n FROM requests');
    expect(rows[0].n).toBe(before + 1);
    const [stored] = (await running.app.requests.list()).filter((r) => r.draft.about?.includes('DROP TABLE'));
    expect(stored.draft.about).toContain(SQL);
    for (const table of ['bot_state', 'requests', 'directline_conversations', 'directline_activities', 'app_secrets', 'schema_migrations']) {
      await expect(running.app.db.query(`SELECT count(*) FROM ${table}`)).resolves.toHaveLength(1);
    }
    // The staff API's filters and Direct Line's path parameters are parameters too.
    const staff = await fetch(`${running.url}/api/staff/requests?team=${encodeURIComponent("x' OR '1'='1")}`, { headers: { Authorization: `Bearer ${STAFF_TOKEN}` } });
    expect(staff.status).toBe(200);
    expect(((await staff.json()) as { requests: unknown[] }).requests).toEqual([]);
    const dl = await fetch(`${running.url}/v3/directline/conversations/${encodeURIComponent("x' OR 1=1 --")}/activities`, { headers: { Authorization: 'Bearer a.b' } });
    expect(dl.status).toBeLessThan(500);
  });
});
