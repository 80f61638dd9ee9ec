// The Teams staff channel with Teams-shaped activities against the real server and a local mock channel: install, card, "Oppakken".
import type { Activity } from 'botbuilder';
import type { Database } from '../../src/storage/types';
import { databaseProviders } from '../helpers/database';
import { startApp, startMockChannel, type MockChannel, type RunningApp } from '../helpers/server';
import { draft, emptyDelivery } from './fixtures';
import { claimOverDatabase } from './teamsClaim';

const CHANNEL = '19:noordwest-general@thread.tacv2';
const BOT = '28:steunwijzer-bot';

interface CardContent { body: Array<{ type: string; text?: string; facts?: Array<{ title: string; value: string }> }>; actions: Array<{ type: string; verb?: string; title: string; data?: { requestId: number } }> }

function teamsActivity(mock: MockChannel, activity: Partial<Activity>, conversationId = CHANNEL): Partial<Activity> {
  return {
    channelId: 'msteams',
    serviceUrl: mock.serviceUrl,
    conversation: { id: conversationId, conversationType: 'channel', tenantId: 'tenant-1', isGroup: true, name: '' },
    recipient: { id: BOT, name: 'Steunwijzer' },
    channelData: { tenant: { id: 'tenant-1' }, team: { id: CHANNEL, name: 'WIJ Noordwest' }, channel: { id: CHANNEL } },
    timestamp: new Date(),
    ...activity,
  };
}

async function post(url: string, activity: Partial<Activity>): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ id: `a-${Math.random()}`, ...activity }) });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

const press = (mock: MockChannel, cardId: string, requestId: unknown, from: { id: string; aadObjectId?: string; name: string }) =>
  teamsActivity(mock, {
    type: 'invoke', name: 'adaptiveCard/action', replyToId: cardId, from,
    value: { action: { type: 'Action.Execute', verb: 'claim', data: { requestId } }, trigger: 'manual' },
  }, `${CHANNEL};messageid=${cardId}`);

const cardText = (card: CardContent) => JSON.stringify(card.body);

describe.each(databaseProviders())('Teams staff channel on $name', (provider) => {
  let db: Database;
  let mock: MockChannel;
  let running: RunningApp;
  beforeAll(async () => {
    db = await provider.open();
    const claim = await claimOverDatabase(db, { 'aad-jan': 'wij-noordwest', 'aad-piet': 'wij-noordwest', 'aad-other': 'wij-zuid' });
    running = await startApp(db, { REGISTRATION_BACKENDS: 'teams', TEAMS_CHANNELS: `wij-noordwest=${CHANNEL}`, PUBLIC_URL: 'https://steunwijzer.example.org' }, undefined, {
      delivery: { start: false, claimForTeamsUser: claim },
    });
  });
  beforeEach(async () => {
    await emptyDelivery(db);
    await db.exec('DELETE FROM test_claims');
    mock = await startMockChannel();
  });
  afterEach(() => mock.close());
  afterAll(() => running.app.close());

  it('posts the card in the channel it was added to; "Oppakken" pressed twice at once gives one winner and updates the card', async () => {
    const install = teamsActivity(mock, { type: 'conversationUpdate', membersAdded: [{ id: BOT, name: 'Steunwijzer' }], from: { id: '29:installer', name: 'Beheer' } });
    expect((await post(running.url, install)).status).toBe(200);
    expect(await db.query('SELECT channel_id, tenant_id FROM teams_channels')).toEqual([{ channel_id: CHANNEL, tenant_id: 'tenant-1' }]);

    const filed = await running.app.requests.file({ ...draft, teamId: 'wij-noordwest', age: 15, urgent: true }, 'form-1');
    expect(await running.app.delivery.worker.runOnce()).toEqual(['delivered']);
    // The install itself got the short staff note; the card is the one message with an attachment.
    expect(mock.replies(CHANNEL)[0].text).toContain('aanmeldingen');
    const posted = mock.replies(CHANNEL).filter((a) => a.attachments?.length);
    expect(posted).toHaveLength(1);
    const attachment = posted[0].attachments?.[0];
    expect(attachment?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    const card = attachment?.content as CardContent;
    expect(cardText(card)).toContain(`Dringend: nieuwe aanmelding ${filed.reference}`);
    expect(card.body[1].facts).toEqual([
      { title: 'Dringend', value: 'Ja, bel vandaag nog' }, { title: 'Onderwerpen', value: 'School, Pesten' },
      { title: 'Leeftijd', value: '12 tot en met 17 jaar' }, { title: 'Wacht al', value: '0 minuten' },
    ]);
    const claimButton = card.actions.find((a) => a.type === 'Action.Execute');
    expect(claimButton).toMatchObject({ title: 'Oppakken', verb: 'claim' });
    expect(JSON.stringify(posted[0])).not.toMatch(/0612345678|Sam|niet naar school/);

    const cardId = 'reply-2'; // reply-1 is the staff note on install
    const requestId = claimButton!.data!.requestId;
    const [jan, piet] = await Promise.all([
      post(running.url, press(mock, cardId, requestId, { id: '29:jan', aadObjectId: 'aad-jan', name: 'Jan Jansen' })),
      post(running.url, press(mock, cardId, requestId, { id: '29:piet', aadObjectId: 'aad-piet', name: 'Piet Pieters' })),
    ]);
    expect([jan.status, piet.status]).toEqual([200, 200]);
    const answers = [jan.body, piet.body] as Array<{ statusCode: number; type: string; value: CardContent }>;
    for (const answer of answers) expect(answer).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    const [{ claimed_by: winner }] = await db.query<{ claimed_by: string }>('SELECT claimed_by FROM test_claims');
    for (const answer of answers) expect(cardText(answer.value)).toContain(`Opgepakt door ${winner}`);
    expect((await db.query<{ status: string }>('SELECT status FROM requests'))[0].status).toBe('claimed');

    const updates = mock.updates(`${CHANNEL};messageid=${cardId}`);
    expect(updates).toHaveLength(1);
    expect(updates[0].activityId).toBe(cardId);
    const updated = updates[0].activity.attachments?.[0].content as CardContent;
    expect(cardText(updated)).toContain(`Opgepakt door ${winner}`);
    expect(updated.actions.some((a) => a.type === 'Action.Execute')).toBe(false);
  });

  it('refuses "Oppakken" for someone of another team or without a Teams account, and a malformed invoke', async () => {
    await running.app.requests.file({ ...draft, teamId: 'wij-noordwest' }, 'form-1');
    const [{ id }] = await db.query<{ id: number }>('SELECT id FROM requests');
    const other = await post(running.url, press(mock, 'reply-1', Number(id), { id: '29:x', aadObjectId: 'aad-other', name: 'Iemand Anders' }));
    expect(other).toEqual({ status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: 'Je mag deze aanmelding niet oppakken.' } });
    const guest = await post(running.url, press(mock, 'reply-1', Number(id), { id: '29:guest', name: 'Gast' }));
    expect((guest.body as { value: string }).value).toBe('Je mag deze aanmelding niet oppakken.');
    const bad = await post(running.url, press(mock, 'reply-1', 'abc', { id: '29:jan', aadObjectId: 'aad-jan', name: 'Jan Jansen' }));
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toMatch(/action\.data\.requestId/);
    expect((await db.query<{ status: string }>('SELECT status FROM requests'))[0].status).toBe('new');
  });

  it('keeps retrying while the bot has not been added to the team\'s channel', async () => {
    await running.app.requests.file({ ...draft, teamId: 'wij-noordwest' }, 'form-1');
    expect(await running.app.delivery.worker.runOnce()).toEqual(['retry']);
    expect((await running.app.delivery.admin.list('pending'))[0].lastError).toMatch(/not been added to the channel/);
  });

  it('knows every channel of a team it is added to, a channel created later, and forgets them when it is removed', async () => {
    const REQUESTS_CHANNEL = '19:noordwest-aanmeldingen@thread.tacv2';
    const channels = await startMockChannel({ teamChannels: { [CHANNEL]: [{ id: CHANNEL, name: 'General' }, { id: REQUESTS_CHANNEL, name: 'Aanmeldingen' }] } });
    const own = await startApp(await provider.open(), { REGISTRATION_BACKENDS: 'teams', TEAMS_CHANNELS: `wij-noordwest=${REQUESTS_CHANNEL}` }, undefined, { delivery: { start: false } });
    try {
      const ownDb = own.app.db;
      await post(own.url, teamsActivity(channels, { type: 'conversationUpdate', membersAdded: [{ id: BOT, name: 'Steunwijzer' }], from: { id: '29:installer', name: 'Beheer' } }));
      expect((await ownDb.query<{ channel_id: string }>('SELECT channel_id FROM teams_channels')).map((r) => r.channel_id).sort()).toEqual([REQUESTS_CHANNEL, CHANNEL].sort());

      await own.app.requests.file({ ...draft, teamId: 'wij-noordwest' }, 'form-1');
      expect(await own.app.delivery.worker.runOnce()).toEqual(['delivered']);
      expect(channels.replies(REQUESTS_CHANNEL)).toHaveLength(1);
      // The channel the bot was added in got only the short staff note of the install, no card.
      expect(channels.replies(CHANNEL).filter((a) => a.attachments?.length)).toHaveLength(0);

      const LATER = '19:noordwest-later@thread.tacv2';
      await post(own.url, teamsActivity(channels, {
        type: 'conversationUpdate', from: { id: '29:installer', name: 'Beheer' },
        channelData: { eventType: 'channelCreated', tenant: { id: 'tenant-1' }, team: { id: CHANNEL }, channel: { id: LATER, name: 'Later' } },
      }));
      expect(await ownDb.query('SELECT channel_id FROM teams_channels WHERE channel_id = $1', [LATER])).toHaveLength(1);

      await post(own.url, teamsActivity(channels, { type: 'conversationUpdate', membersRemoved: [{ id: BOT, name: 'Steunwijzer' }], from: { id: '29:installer', name: 'Beheer' } }));
      expect(await ownDb.query('SELECT channel_id FROM teams_channels')).toEqual([]);
    } finally {
      await own.app.close();
      await channels.close();
    }
  });
});
