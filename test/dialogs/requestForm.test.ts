// Dialog transcripts for the request form: the full path, re-asking wrong answers, safety in the middle, changing and consent.
import { REFERENCE_PATTERN } from '../../src/requests/referenceNumber';
import { buttons, chatPerTest, last, startTestChat, testContent, type TestChat, texts } from '../helpers/chat';

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
    expect(texts(start)).toEqual([nl('form.start'), nl('ask.scale')]);
    expect(buttons(start[1])).toEqual([nl('choice.skip')]);
    expect(texts(await chat.say('elf'))).toEqual([nl('invalid.scale')]);
    expect(texts(await chat.say('vier'))).toEqual([nl('ask.postcode')]);
    expect(texts(await chat.say('9741ab'))).toEqual([nl('ask.firstName')]);
    expect(texts(await chat.say('Ik heet Sam'))).toEqual([nl('ask.contact')]);
    expect(texts(await chat.say('0612'))).toEqual([nl('invalid.contact')]);
    const when = await chat.say('06-12345678');
    expect(texts(when)).toEqual([nl('ask.whenToCall')]);
    expect(buttons(when[0])).toEqual([nl('choice.anyTime')]);
    expect(texts(await chat.say('dinsdagochtend'))).toEqual([nl('ask.consent')]);
    const summary = await chat.say('ja');
    expect(summary[0].text).toContain(nl('form.summaryTitle'));
    expect(summary[0].text).toContain('Mijn zoon van 12 wil niet meer naar school');
    expect(summary[0].text).toContain('9741 AB');
    expect(summary[0].text).toContain('Sam');
    expect(summary[0].text).toContain('0612345678');
    expect(last(summary)?.text).toBe(nl('ask.confirm'));

    const filed = await chat.say(nl('choice.send'));
    const reference = /SW-[0-9A-Z]{4}-[0-9A-Z]{4,5}/.exec(filed[0].text ?? '')?.[0];
    expect(reference).toMatch(REFERENCE_PATTERN);
    expect(filed[0].text).toBe(nl('form.filed', { reference }));

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
    expect(texts(await chat.say('Groningen'))).toEqual([chat.nl('invalid.postcode')]);
    expect(texts(await chat.say('9712 CP'))).toEqual([chat.nl('ask.firstName')]);
  });

  it('sends a postcode outside the areas to the city-wide team, and says so', async () => {
    await toAdvice(chat);
    await chat.say('iemand spreken');
    await chat.say('7');
    expect(texts(await chat.say('1012 AB'))).toEqual([chat.nl('form.noPostcodeTeam'), chat.nl('ask.firstName')]);
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
    expect(last(safety)?.text).toBe(nl('ask.firstName'));
    expect(texts(await chat.say('Sam'))).toEqual([nl('ask.contact')]);
    await chat.say('sam@example.org');
    await chat.say('ja');
    const filed = await chat.say('klopt');
    const reference = /SW-[0-9A-Z-]{9}/.exec(filed[0].text ?? '')?.[0];
    const stored = (await chat.requests.list()).find((r) => r.reference === reference);
    expect(stored?.urgent).toBe(true);
    expect(stored?.draft.email).toBe('sam@example.org');
    const team = testContent().catalogue().teams().find((t) => t.id === stored?.teamId);
    expect(filed[1].text).toBe(nl('form.nextUrgent', { team: team?.name }));
  });

  it('a parent worried about an eating problem gets the GP line and help close by, not courses', async () => {
    await chat.join();
    const replies = await chat.say('mijn dochter van 13 eet bijna niks meer en gaat na het eten steeds naar de wc om over te geven');
    expect(replies[0].text).toContain(chat.nl('safety.lines.gp'));
    expect(replies[0].text).not.toContain('0800-0432');
    expect(replies.some((a) => a.attachments?.length && a.text === chat.nl('advice.offeringsTitle'))).toBe(false);
    expect(replies.some((a) => a.text?.startsWith(chat.nl('advice.nearbyTitle')))).toBe(true);
    expect(last(replies)?.text).toBe(chat.nl('ask.feedback'));
  });

  it('acute danger gets 112 first, in any step', async () => {
    await chat.join();
    const replies = await chat.say('mijn vader slaat mijn moeder nu, ik ben bang');
    expect(replies[0].text).toContain(chat.nl('safety.acuteTitle'));
    expect(replies[0].text).toContain(chat.nl('safety.lines.emergency', { phone: '112' }));
    expect(replies[0].text).toContain('0800-2000');
    // The message also told who is writing ("mijn vader"): the conversation goes on with the next open question.
    expect(last(replies)?.text).toBe(chat.nl('ask.ageSelf'));
  });

  it('lets you change an answer from the summary', async () => {
    const { nl } = chat;
    await toAdvice(chat);
    await toConsent(chat);
    await chat.say('ja');
    const which = await chat.say(nl('choice.change'));
    expect(texts(which)).toEqual([nl('ask.changeWhich')]);
    expect(buttons(which[0])).toEqual(['about', 'scale', 'age', 'postcode', 'firstName', 'contact'].map((f) => nl(`field.${f}`)));
    expect(texts(await chat.say(nl('field.firstName')))).toEqual([nl('ask.firstName')]);
    const summary = await chat.say('Kim');
    expect(summary[0].text).toContain('Kim');
    expect(summary[0].text).not.toContain('Sam');
    expect(last(summary)?.text).toBe(nl('ask.confirm'));
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
    expect(failed[0].text).toMatch(/^Het versturen lukt nu niet\..*050-000 10 \d\d\.$/);
    expect(last(failed)?.text).toBe(flaky.nl('ask.confirm'));
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
    expect(last(replies)?.text).toBe(chat.nl('ask.scale'));
  });

  it('asks who is chatting first when the conversation did not tell, so a young person is asked their own age', async () => {
    const { nl } = chat;
    await chat.join();
    expect(texts(await chat.say('iemand spreken'))).toEqual([nl('form.start'), nl('ask.role')]);
    expect(texts(await chat.say(nl('choice.young')))).toEqual([nl('ask.about')]);
    expect(texts(await chat.say('ik voel me heel alleen'))).toEqual([nl('ask.scale')]);
    expect(texts(await chat.say('4'))).toEqual([nl('ask.ageSelf')]);
  });

  it('asks a wrong answer again inside the form instead of sending the user elsewhere', async () => {
    await toAdvice(chat);
    await chat.say('iemand spreken');
    expect(texts(await chat.say('Anna de Vries'))).toEqual([chat.nl('invalid.scale')]);
  });
});

