// Which activities go to the Teams staff-channel bot: channel conversations in Teams only; citizens' chats stay with the citizens' bot.
import { isStaffChannelActivity } from '../../src/delivery/teams/staffChannelBot';

describe('staff channel routing', () => {
  it.each([
    ['a Teams channel', { channelId: 'msteams', conversation: { id: '19:x@thread.tacv2', conversationType: 'channel' } }, true],
    ['a Teams personal chat', { channelId: 'msteams', conversation: { id: 'a:1', conversationType: 'personal' } }, false],
    ['a Teams group chat', { channelId: 'msteams', conversation: { id: '19:y@thread.v2', conversationType: 'groupChat' } }, false],
    ['the web chat', { channelId: 'directline-local', conversation: { id: 'c1' } }, false],
    ['another channel calling itself a channel', { channelId: 'emulator', conversation: { id: 'c2', conversationType: 'channel' } }, false],
  ])('%s → staff bot: %s', (_name, activity, expected) => {
    expect(isStaffChannelActivity(activity as never)).toBe(expected);
  });
});
