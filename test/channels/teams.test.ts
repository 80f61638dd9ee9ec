// Teams-shaped activities through /api/messages: personal install gets the welcome card with tel: buttons, a team install a staff note.
import type { Activity, Attachment } from 'botbuilder';
import { testContent } from '../helpers/chat';
import { databaseProviders } from '../helpers/database';
import { type MockChannel, postActivity, type RunningApp, startApp, startMockChannel } from '../helpers/server';
import { TEAMS_CARD_LIMITS } from '../../dialogs/cards/welcomeCard';

const nl = testContent().texts.t('nl');
const TENANT = { id: '72f988bf-86f1-41af-91ab-2d7cd011db47' };
const BOT = { id: '28:9f0c2a8e-3c1d-4f4a-9a59-5a1c1f3d2b10', name: 'Steunwijzer' };
const USER = { id: '29:1a2b3c-user', name: '', aadObjectId: '6c1e6c1e-0000-4000-8000-000000000001' };

/** A personal chat as Teams sends it. */
const personal = (conversationId: string, activity: Partial<Activity>): Partial<Activity> => ({
  channelId: 'msteams',
  conversation: { id: conversationId, conversationType: 'personal', tenantId: TENANT.id, isGroup: false, name: '' },
  from: USER,
  recipient: BOT,
  locale: 'nl-NL',
  channelData: { tenant: TENANT },
  ...activity,
});

const cardsOf = (replies: Partial<Activity>[]): Attachment[] => replies.flatMap((r) => r.attachments ?? []);

/** Every card the bot sends to Teams stays within what Teams renders. */
function expectWithinTeamsLimits(attachment: Attachment): void {
  expect(Buffer.byteLength(JSON.stringify(attachment))).toBeLessThanOrEqual(TEAMS_CARD_LIMITS.maxBytes);
  const content = attachment.content as { version?: string; actions?: unknown[]; buttons?: unknown[] };
  if (attachment.contentType === 'application/vnd.microsoft.card.adaptive') {
    expect(Number(content.version)).toBeLessThanOrEqual(Number(TEAMS_CARD_LIMITS.version));
  }
  expect((content.actions ?? content.buttons ?? []).length).toBeLessThanOrEqual(TEAMS_CARD_LIMITS.maxActions);
}

describe('Microsoft Teams', () => {
  let running: RunningApp;
  let channel: MockChannel;
  beforeAll(async () => {
    channel = await startMockChannel();
    running = await startApp(await databaseProviders()[0].open());
  });
  afterAll(async () => {
    await running.app.close();
    await channel.close();
  });

  it('welcomes a personal install with the help line as tel: buttons, then chats as usual', async () => {
    const id = 'a:1personal-install';
    const status = await postActivity(running.url, channel.serviceUrl, id, personal(id, { type: 'conversationUpdate', membersAdded: [BOT] }));
    expect(status).toBe(200);
    const [card] = cardsOf(channel.replies(id));
    expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive');
    const actions = (card.content as { actions: Array<{ type: string; url: string; title: string }> }).actions;
    expect(actions.map((a) => [a.type, a.url])).toEqual([
      ['Action.OpenUrl', 'tel:112'], ['Action.OpenUrl', 'tel:08000113'], ['Action.OpenUrl', 'tel:08000432'], ['Action.OpenUrl', 'tel:08002000'],
    ]);
    expect(actions[0].title).toBe(nl('webchat:welcome.call', { name: '112' }));
    expectWithinTeamsLimits(card);

    expect(await postActivity(running.url, channel.serviceUrl, id, personal(id, { type: 'message', text: 'hoi' }))).toBe(200);
    const texts = channel.replies(id).map((r) => r.text ?? '');
    expect(texts.join('\n')).toContain(nl('greeting.intro'));
    expect(texts.some((text) => text.endsWith(nl('ask.role')))).toBe(true);

    await postActivity(running.url, channel.serviceUrl, id, personal(id, { type: 'message', text: 'ouder' }));
    await postActivity(running.url, channel.serviceUrl, id, personal(id, { type: 'message', text: 'mijn dochter van 9 wordt gepest op school' }));
    const cards = cardsOf(channel.replies(id));
    expect(cards.length).toBeGreaterThan(1);
    cards.forEach(expectWithinTeamsLimits);
    // Buttons that open a phone number are tel: links, never a Teams "call" feature.
    for (const c of cards) {
      const content = c.content as { buttons?: Array<{ type: string; value: string }> };
      for (const b of content.buttons ?? []) if (/^tel:/.test(b.value)) expect(b.type).toBe('openUrl');
    }
  });

  it('welcomes a user added in a personal chat the same way (Teams may name the user instead of the bot)', async () => {
    const id = 'a:1personal-user';
    await postActivity(running.url, channel.serviceUrl, id, personal(id, { type: 'conversationUpdate', membersAdded: [USER] }));
    const replies = channel.replies(id);
    expect(cardsOf(replies)[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(replies.some((r) => r.text?.endsWith(nl('ask.role')))).toBe(true);
  });

  it('gives a WIJ staff channel a short note on a team install, and no conversation for a young person', async () => {
    const id = '19:a1b2c3d4e5@thread.tacv2';
    const status = await postActivity(running.url, channel.serviceUrl, id, {
      type: 'conversationUpdate',
      channelId: 'msteams',
      conversation: { id, conversationType: 'channel', tenantId: TENANT.id, isGroup: true, name: '' },
      from: USER,
      recipient: BOT,
      membersAdded: [BOT],
      channelData: {
        tenant: TENANT,
        eventType: 'teamMemberAdded',
        team: { id, name: 'WIJ Centrum', aadGroupId: '0b7d1b1a-0000-4000-8000-000000000002' },
        settings: { selectedChannel: { id } },
      },
    });
    expect(status).toBe(200);
    expect(channel.replies(id).map((r) => r.text)).toEqual([nl('webchat:teams.teamWelcome')]);

    // Another member joining the team later is not greeted.
    const other = '19:other@thread.tacv2';
    await postActivity(running.url, channel.serviceUrl, other, {
      type: 'conversationUpdate', channelId: 'msteams',
      conversation: { id: other, conversationType: 'channel', tenantId: TENANT.id, isGroup: true, name: '' },
      from: USER, recipient: BOT, membersAdded: [{ id: '29:new-colleague', name: '' }],
      channelData: { tenant: TENANT, eventType: 'teamMemberAdded', team: { id: other, name: 'WIJ Centrum' } },
    });
    expect(channel.replies(other)).toEqual([]);
  });
});
