// Safety before flow: the direct check-in when a layer is unsure (Ja / Nee / Weet ik niet / no answer), risk with a contact wish, and help when the database is down.
import type { Understander } from '../../src/understanding/types';
import { buttons, chatPerTest, firstSaid, inOrder, lastSaid, said, startTestChat, testContent, texts, type TestChat } from '../helpers/chat';

/** The understanding as it is, except that messages containing `marker` come out as "check" (a layer saw risk it could not place). */
const unsureAbout = (marker: string) => (real: Understander): Understander => ({
  understand: (text, context) => {
    const understanding = real.understand(text, context);
    return text.includes(marker) ? { ...understanding, safety: 'check', safetySignals: [] } : understanding;
  },
});

describe('the check-in question', () => {
  let chat: TestChat;
  beforeEach(async () => {
    chat = await startTestChat({ wrapUnderstander: unsureAbout('ik kan niet meer') });
  });
  afterEach(() => chat.close());

  async function checkIn(): Promise<string[]> {
    const replies = await chat.say('mijn zoon van 12 wil niet meer naar school en ik kan niet meer');
    expect(replies).toHaveLength(1);
    const [question] = replies;
    expect(question.text).toContain(chat.nl('safety.checkQuestion'));
    expect(question.text).toContain('112');
    expect(question.text).toContain('113');
    return buttons(question);
  }

  it('asks directly, with 112 and 113 in the same message and Ja / Nee / Weet ik niet', async () => {
    await chat.join();
    await chat.say('ouder');
    expect(await checkIn()).toEqual([chat.nl('choice.yes'), chat.nl('choice.no'), chat.nl('choice.unknown')]);
  });

  it('Ja gets the acute answer with 112, then the question that was open', async () => {
    await chat.join();
    await chat.say('ouder');
    await checkIn();
    const replies = await chat.say(chat.nl('choice.yes'));
    expect(replies[0].text).toContain(chat.nl('safety.acuteTitle'));
    expect(replies[0].text).toContain(chat.nl('safety.lines.emergency', { phone: '112' }));
    expect(lastSaid(replies, chat.nl('ask.situation'))).toBe(chat.nl('ask.situation'));
  });

  it('Nee lets the conversation go on where it was, with the message that raised the question', async () => {
    await chat.join();
    await chat.say('ouder');
    await checkIn();
    const replies = await chat.say('nee');
    expect(firstSaid(replies, chat.nl('safety.checkNo'))).toBe(chat.nl('safety.checkNo'));
    expect(said(replies)).not.toContain('0800-0113');
    // The situation was taken from the first message: the next question is the age, already known too, so advice follows.
    expect(texts(replies).some((t) => t.includes(chat.nl('ask.ageChild')))).toBe(false);
    expect(lastSaid(replies, chat.nl('ask.feedback'))).toBe(chat.nl('ask.feedback'));
  });

  it('Weet ik niet gets the concern answer with 113', async () => {
    await chat.join();
    await chat.say('ouder');
    await checkIn();
    const replies = await chat.say('weet ik niet');
    expect(replies[0].text).toContain(chat.nl('safety.concernTitle'));
    expect(replies[0].text).toContain('0800-0113');
  });

  it('no answer: another message is handled on its own and the question is not asked again', async () => {
    await chat.join();
    await chat.say('ouder');
    await checkIn();
    const replies = await chat.say('mijn zoon is 12');
    expect(said(replies)).not.toContain(chat.nl('safety.checkQuestion'));
    expect(lastSaid(replies, chat.nl('invalid.situation'))).toBe(chat.nl('invalid.situation'));
  });

  it('in the middle of the form: asks, and after Nee the form goes on where it was', async () => {
    await chat.join();
    await chat.say('ouder');
    await chat.say('mijn zoon van 12 wil niet meer naar school');
    expect(said(await chat.say('iemand spreken'))).toBe(inOrder(chat.nl('form.start'), chat.nl('ask.scale')));
    expect(said(await chat.say('4'))).toBe(chat.nl('ask.postcode'));
    const question = await chat.say('ik kan niet meer, alles loopt vast');
    expect(texts(question)).toHaveLength(1);
    expect(question[0].text).toContain(chat.nl('safety.checkQuestion'));
    const after = await chat.say('nee');
    expect(firstSaid(after, chat.nl('safety.checkNo'))).toBe(chat.nl('safety.checkNo'));
    expect(lastSaid(after, chat.nl('ask.postcode'))).toBe(chat.nl('ask.postcode'));
    expect(said(await chat.say('9741 AB'))).toBe(chat.nl('ask.firstName'));
  });
});

describe('Teams-shaped activities', () => {
  let chat: TestChat;
  beforeEach(async () => {
    chat = await startTestChat({ channelId: 'msteams', wrapUnderstander: unsureAbout('ik kan niet meer') });
  });
  afterEach(() => chat.close());

  it('the safety answer in Teams carries tel: buttons for the helplines', async () => {
    await chat.join();
    const replies = await chat.say('ik wil niet meer leven');
    const card = replies[0].attachments?.[0]?.content as { buttons: Array<{ type: string; value: string }> };
    expect(card.buttons.filter((b) => b.type === 'openUrl').map((b) => b.value)).toEqual(expect.arrayContaining(['tel:113']));
  });

  it('the check-in works the same in Teams', async () => {
    await chat.join();
    const question = await chat.say('ik kan niet meer');
    expect(question[0].text).toContain('112');
    expect((await chat.say('Ja'))[0].text).toContain(chat.nl('safety.acuteTitle'));
  });
});

describe('risk and a contact wish', () => {
  const chat = chatPerTest();

  it('gets the safety answer first, then the form, marked urgent', async () => {
    await chat.join();
    const replies = await chat.say('ik heb een mes in mijn hand en ik wil dat iemand me belt');
    const all = said(replies);
    expect(replies[0].text).toContain('112');
    expect(all.indexOf('112')).toBeLessThan(all.indexOf(chat.nl('form.startUrgent')));
    expect(all.indexOf(chat.nl('form.startUrgent'))).toBeGreaterThan(0);
    expect(lastSaid(replies, chat.nl('ask.role'))).toBe(chat.nl('ask.role'));
  });
});

describe('risk and another question', () => {
  const chat = chatPerTest();

  it('a danger with a question who reads along: the safety answer first, then the privacy answer', async () => {
    await chat.join();
    const replies = await chat.say('kan iemand zien wat ik hier typ? mijn vader slaat me elke dag');
    expect(replies[0].text).toMatch(/0800-0432|0800-2000/);
    const [before, after] = chat.nl('privacy.long', { days: 'DAYS' }).split('DAYS');
    const all = said(replies);
    const privacyAt = all.indexOf(`\n\n${before}`);
    expect(privacyAt).toBeGreaterThan(all.search(/0800-0432|0800-2000/));
    expect(all.indexOf(after, privacyAt)).toBeGreaterThan(privacyAt);
  });

  it('a danger next to a reference number: the safety answer first, then the question about that request', async () => {
    await chat.join();
    const replies = await chat.say('SW-7K2M-Q9XD: mijn zoon wil dood en het wordt erger');
    expect(replies[0].text).toContain('113');
    expect(texts(replies).indexOf(chat.nl('status.askProof'))).toBeGreaterThan(0);
  });
});

describe('when the database is down', () => {
  const wijPhone = testContent().catalogue().teams().find((t) => t.fallback)?.contact.phone ?? '(no fallback team)';
  const down = (chat: TestChat) => chat.nl('common.stateUnavailable', { phone: wijPhone });

  it('a flagged message still gets its safety answer, and the apology carries 112 and 113', async () => {
    const chat = await startTestChat({ appErrorHandler: true });
    await chat.join();
    await chat.db.close();
    const replies = await chat.say('ik heb net alle pillen genomen');
    expect(replies[0].text).toContain(chat.nl('safety.acuteTitle'));
    expect(replies[0].text).toContain('112');
    expect(lastSaid(replies, down(chat))).toBe(down(chat));
    expect(down(chat)).toMatch(/112.*113/);
  });

  it('a safe message gets the apology with 112 and 113, says sending is not possible and gives the WIJ phone number', async () => {
    const chat = await startTestChat({ appErrorHandler: true });
    await chat.db.close();
    expect(said(await chat.say('hoi'))).toBe(down(chat));
    expect(down(chat)).toContain(wijPhone);
    expect(down(chat)).toMatch(/versturen .*lukt nu ook niet/i);
    expect(down(chat)).toMatch(/112.*113/);
  });
});
