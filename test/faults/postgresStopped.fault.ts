// PostgreSQL stopped in the middle of conversations (a private server): safety still answered, filing says
// "not possible now" with the team's phone number, no crash, and the bot recovers by itself. In `npm run test:faults`.
import { testContent } from '../helpers/chat';
import { type MockChannel, type RunningApp, startApp, startMockChannel } from '../helpers/server';
import { openPostgresDatabase } from '../../src/storage';
import { BEFORE_FILING, post, say } from './filing';
import { createPrivatePostgres, postgresBin, type PrivatePostgres } from './privatePostgres';

const bin = postgresBin();
const describeWithPostgres = bin ? describe : describe.skip;

describeWithPostgres('PostgreSQL stopped mid-conversation', () => {
  let pg: PrivatePostgres;
  let running: RunningApp;
  let channel: MockChannel;
  const content = testContent();
  // With the database down the form and the family's team (in the conversation state) are unknown: the bot gives the
  // town-wide WIJ team's number, which every family can call, not the Selwerd team's that the form had found.
  const wijPhone = content.catalogue().teams().find((t) => t.fallback)?.contact?.phone ?? '(no fallback team)';
  const replies = (id: string, from: number) => channel.replies(id).slice(from).map((a) => a.text ?? '').join('\n');

  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);

  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled);
    pg = await createPrivatePostgres(bin as string);
    await pg.start();
    running = await startApp(await openPostgresDatabase({ databaseUrl: pg.url }));
    channel = await startMockChannel();
  }, 120_000);
  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    await running?.app.close().catch(() => undefined);
    await channel?.close();
    await pg?.remove();
  });

  const id = 'pg-down-1';

  it('fills in the form while the database is up', async () => {
    await post(running.url, channel, id, { type: 'conversationUpdate', membersAdded: [{ id: `user-${id}` }] });
    for (const text of BEFORE_FILING('Noor')) expect(await say(running.url, channel, id, text)).toBe(200);
    await pg.stop();
    expect((await fetch(`${running.url}/healthz`)).status).toBe(503);
  });

  it('still answers a safety message with the helplines', async () => {
    const from = channel.replies(id).length;
    expect(await say(running.url, channel, id, 'ik wil niet meer leven')).toBe(200);
    expect(replies(id, from)).toContain('113');
  });

  it('says sending is not possible right now and gives the WIJ phone number', async () => {
    const from = channel.replies(id).length;
    expect(await say(running.url, channel, id, 'versturen')).toBe(200);
    const answer = replies(id, from);
    expect(answer).not.toMatch(/SW-[0-9A-Z]{4}-[0-9A-Z]{4}/);
    expect(answer).toContain(content.texts.t('nl')('common.stateUnavailable', { phone: wijPhone }));
    expect(answer).toContain(wijPhone);
    expect(answer).toMatch(/versturen .*lukt nu ook niet/i);
  });

  it('never crashes, and recovers by itself when the database is back', async () => {
    expect((await fetch(`${running.url}/healthz`)).status).toBe(503);
    await pg.start();
    const deadline = Date.now() + 30_000;
    while ((await fetch(`${running.url}/healthz`)).status !== 200 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
    const fresh = 'pg-down-2';
    await post(running.url, channel, fresh, { type: 'conversationUpdate', membersAdded: [{ id: `user-${fresh}` }] });
    expect(await say(running.url, channel, fresh, 'ouder')).toBe(200);
    expect(replies(fresh, 0)).toContain(content.texts.t('nl')('ask.situation'));
    // The interrupted form can be sent now.
    const from = channel.replies(id).length;
    await say(running.url, channel, id, 'versturen');
    expect(replies(id, from)).toMatch(/SW-[0-9A-Z]{4}-[0-9A-Z]{4}/);
    // Nothing failed outside a turn while the database was gone (the delivery worker's polls, the pool's idle clients).
    expect(unhandled).toEqual([]);
  }, 60_000);
});
