// Dialog transcripts for the request form: the full path, re-asking wrong answers, safety in the middle, changing and consent.
import { REFERENCE_PATTERN } from '../../src/requests/referenceNumber';
import { buttons, chatPerTest, firstSaid, inOrder, last, lastSaid, said, startTestChat, testContent, type TestChat } from '../helpers/chat';

/** From advice to the consent question: postcode, first name and e-mail given. */
async function toConsent(chat: TestChat): Promise<void> {
  await chat.say('iemand spreken');
  await chat.say('5');
  await chat.say('9741 AB');
  await chat.say('Sam');
  await chat.say('sam@example.org');
}

/** Brings a parent to the advice step about school for a 12-year-old. */
async function toAdvice(chat: TestChat): Promise<void> {
  await chat.join();
  await chat.say('ouder');
  await chat.say('Mijn zoon van 12 wil niet meer naar school');
}

describe('request form', () => {
  const chat = chatPerTest();

  it('happy path: asks only what is missing, shows a summary and files the request with a reference number', async () => {
    const { nl } = chat;
    await toAdvice(chat);
    const start = await chat.say(nl('choice.talkToSomeone'));
    expect(said(start)).toBe(inOrder(nl('form.start'), nl('ask.scale')));
    expect(buttons(last(start))).toEqual([nl('choice.skip')]);
    expect(said(await chat.say('elf'))).toBe(nl('invalid.scale'));
    expect(said(await chat.say('vier'))).toBe(nl('ask.postcode'));
    expect(said(await chat.say('9741ab'))).toBe(nl('ask.firstName'));
    expect(said(await chat.say('Ik heet Sam'))).toBe(nl('ask.contact'));
    expect(said(await chat.say('0612'))).toBe(nl('invalid.contact'));
    const when = await chat.say('06-12345678');
    expect(said(when)).toBe(nl('ask.whenToCall'));
    expect(buttons(when[0])).toEqual([nl('choice.anyTime')]);
    expect(said(await chat.say('dinsdagochtend'))).toBe(nl('ask.consent'));
    const summary = await chat.say('ja');
    expect(summary[0].text).toContain(nl('form.summaryTitle'));
    expect(summary[0].text).toContain('Mijn zoon van 12 wil niet meer naar school');
    expect(summary[0].text).toContain('9741 AB');
    expect(summary[0].text).toContain('Sam');
    expect(summary[0].text).toContain('0612345678');
    expect(lastSaid(summary, nl('ask.confirm'))).toBe(nl('ask.confirm'));

    const filed = await chat.say(nl('choice.send'));
    const reference = /SW-[0-9A-Z]{4}-[0-9A-Z]{4,5}/.exec(filed[0].text ?? '')?.[0];
    expect(reference).toMatch(REFERENCE_PATTERN);
    expect(firstSaid(filed, nl('form.filed', { reference }))).toBe(nl('form.filed', { reference }));

    const stored = (await chat.requests.list()).find((r) => r.reference === reference);
    expect(stored?.draft).toMatchObject({
      about: 'Mijn zoon van 12 wil niet meer naar school',
      scale: 4,
      age: 12,
      postcode: '9741 AB',
      firstName: 'Sam',
      phone: '0612345678',
      asker: 'parent',
      urgent: false,
      topics: expect.arrayContaining(['school']),
    });
    expect(stored?.draft.whenToCall?.text).toBe('dinsdagochtend');
  });

  it('asks again with an example when the postcode is wrong', async () => {
    await toAdvice(chat);
    await chat.say('iemand spreken');
    await chat.say(chat.nl('choice.skip'));
    expect(said(await chat.say('Groningen'))).toBe(chat.nl('invalid.postcode'));
    expect(said(await chat.say('9712 CP'))).toBe(chat.nl('ask.firstName'));
  });

  it('sends a postcode outside the areas to the city-wide team, and says so', async () => {
    await toAdvice(chat);
    await chat.say('iemand spreken');
    await chat.say('7');
    expect(said(await chat.say('1012 AB'))).toBe(inOrder(chat.nl('form.noPostcodeTeam'), chat.nl('ask.firstName')));
  });

  it('veiligheid midden in het formulier: answers with helplines, then the form goes on where it was', async () => {
    const { nl } = chat;
    await toAdvice(chat);
    await chat.say('ik wil iemand spreken');
    await chat.say('3');
    await chat.say('9741 AB');
    const safety = await chat.say('ik wil eigenlijk niet meer leven');
    expect(safety[0].text).toContain('113');
    expect(safety[0].text).toContain('0800-0113');
    expect(lastSaid(safety, nl('ask.firstName'))).toBe(nl('ask.firstName'));
    expect(said(await chat.say('Sam'))).toBe(nl('ask.contact'));
    await chat.say('sam@example.org');
    await chat.say('ja');
    const filed = await chat.say('klopt');
    const reference = /SW-[0-9A-Z-]{9}/.exec(filed[0].text ?? '')?.[0];
    const stored = (await chat.requests.list()).find((r) => r.reference === reference);
    expect(stored?.urgent).toBe(true);
    expect(stored?.draft.email).toBe('sam@example.org');
    const team = testContent().catalogue().teams().find((t) => t.id === stored?.teamId);
    expect(lastSaid(filed, nl('form.nextUrgent', { team: team?.name }))).toBe(nl('form.nextUrgent', { team: team?.name }));
  });

  it('a parent worried about an eating problem gets the GP line and help close by, not courses', async () => {
    await chat.join();
    const replies = await chat.say('mijn dochter van 13 eet bijna niks meer en gaat na het eten steeds naar de wc om over te geven');
    expect(replies[0].text).toContain(chat.nl('safety.lines.gp'));
    expect(replies[0].text).not.toContain('0800-0432');
    expect(replies.some((a) => a.attachments?.length && a.text === chat.nl('advice.offeringsTitle'))).toBe(false);
    expect(replies.some((a) => a.text?.startsWith(chat.nl('advice.nearbyTitle')))).toBe(true);
    expect(lastSaid(replies, chat.nl('ask.feedback'))).toBe(chat.nl('ask.feedback'));
  });

  it('acute danger gets 112 first, in any step', async () => {
    await chat.join();
    const replies = await chat.say('mijn vader slaat mijn moeder nu, ik ben bang');
    expect(replies[0].text).toContain(chat.nl('safety.acuteTitle'));
    expect(replies[0].text).toContain(chat.nl('safety.lines.emergency', { phone: '112' }));
    expect(replies[0].text).toContain('0800-2000');
    // The message also told who is writing ("mijn vader"): the conversation goes on with the next open question.
    expect(lastSaid(replies, chat.nl('ask.ageSelf'))).toBe(chat.nl('ask.ageSelf'));
  });

  it('lets you change an answer from the summary', async () => {
    const { nl } = chat;
    await toAdvice(chat);
    await toConsent(chat);
    await chat.say('ja');
    const which = await chat.say(nl('choice.change'));
    expect(said(which)).toBe(nl('ask.changeWhich'));
    expect(buttons(which[0])).toEqual(['about', 'scale', 'age', 'postcode', 'firstName', 'contact'].map((f) => nl(`field.${f}`)));
    expect(said(await chat.say(nl('field.firstName')))).toBe(nl('ask.firstName'));
    const summary = await chat.say('Kim');
    expect(summary[0].text).toContain('Kim');
    expect(summary[0].text).not.toContain('Sam');
    expect(lastSaid(summary, nl('ask.confirm'))).toBe(nl('ask.confirm'));
  });

  it('files nothing without consent', async () => {
    await toAdvice(chat);
    await toConsent(chat);
    const before = (await chat.requests.list()).length;
    const replies = await chat.say('nee');
    expect(replies[0].text).toContain(chat.nl('form.noConsent', { phone: '' }).split(':')[0]);
    expect((await chat.requests.list()).length).toBe(before);
  });

  it('files once even when the confirmation arrives twice (a retried turn)', async () => {
    await toAdvice(chat);
    await toConsent(chat);
    await chat.say('ja');
    const before = (await chat.requests.list()).length;
    await chat.say('klopt');
    await chat.say('klopt');
    expect((await chat.requests.list()).length).toBe(before + 1);
  });

  it('keeps everything when filing fails, and files on the next try', async () => {
    let failures = 1;
    const flaky = await startTestChat({
      db: chat.db,
      wrapFiler: (filer) => ({
        file: async (draft, key) => {
          if (failures-- > 0) throw new Error('database unavailable');
          return filer.file(draft, key);
        },
      }),
    });
    await toAdvice(flaky);
    await toConsent(flaky);
    await flaky.say('ja');
    const failed = await flaky.say('versturen');
    // The team for 9741 AB and its phone number: the family can call instead.
    expect(said(failed)).toMatch(/^Het versturen lukt nu niet\.[^\n]*050-000 10 \d\d\.\n\n/);
    expect(lastSaid(failed, flaky.nl('ask.confirm'))).toBe(flaky.nl('ask.confirm'));
    const filed = await flaky.say('versturen');
    const reference = /SW-[0-9A-Z]{4}-[0-9A-Z]{4,5}/.exec(filed[0].text ?? '')?.[0];
    expect((await flaky.requests.list()).find((r) => r.reference === reference)?.draft.firstName).toBe('Sam');
  });

  it('a safety message that answers "what is it about" is answered and kept, not asked again', async () => {
    await chat.join();
    await chat.say('ouder');
    await chat.say('iemand spreken');
    const replies = await chat.say('mijn ex bedreigt mij en de kinderen');
    expect(replies[0].text).toContain('0800-2000');
    expect(lastSaid(replies, chat.nl('ask.scale'))).toBe(chat.nl('ask.scale'));
  });

  it('asks who is chatting first when the conversation did not tell, so a young person is asked their own age', async () => {
    const { nl } = chat;
    await chat.join();
    expect(said(await chat.say('iemand spreken'))).toBe(inOrder(nl('form.start'), nl('ask.role')));
    expect(said(await chat.say(nl('choice.young')))).toBe(nl('ask.about'));
    expect(said(await chat.say('ik voel me heel alleen'))).toBe(nl('ask.scale'));
    expect(said(await chat.say('4'))).toBe(nl('ask.ageSelf'));
  });

  it('asks a wrong answer again inside the form instead of sending the user elsewhere', async () => {
    await toAdvice(chat);
    await chat.say('iemand spreken');
    expect(said(await chat.say('Anna de Vries'))).toBe(chat.nl('invalid.scale'));
  });
});

