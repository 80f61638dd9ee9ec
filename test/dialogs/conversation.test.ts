// Dialog transcripts: greeting → role → topic → age → advice, and the commands that work at any point.
import { buttons, chatPerTest, firstSaid, inOrder, last, lastSaid, said, testContent } from '../helpers/chat';

describe('conversation', () => {
  const chat = chatPerTest();

  it('happy path: greets, asks who you are, what is going on and the age, then gives advice', async () => {
    const { nl } = chat;
    const greeting = await chat.join();
    expect(greeting[0].text).toContain(nl('greeting.intro'));
    expect(greeting[0].text).toContain('112');
    expect(lastSaid(greeting, nl('ask.role'))).toBe(nl('ask.role'));
    expect(buttons(last(greeting))).toEqual([nl('choice.parent'), nl('choice.young'), nl('choice.other'), nl('choice.privacy')]);

    const situation = await chat.say(nl('choice.parent'));
    expect(said(situation)).toBe(nl('ask.situation'));
    expect(buttons(situation[0])).toContain(nl('topics:school.label'));

    expect(said(await chat.say('Mijn zoon wil al weken niet meer naar school'))).toBe(nl('ask.ageChild'));

    const advice = await chat.say('twaalf');
    expect(advice[0].text).toContain(nl('advice.intro'));
    expect(advice[0].text).toContain((nl('topics:school.tips', { returnObjects: true }) as string[])[0]);
    const cards = advice.find((a) => a.attachments?.length);
    expect(lastSaid(cards ? [cards] : [], nl('advice.offeringsTitle'))).toBe(nl('advice.offeringsTitle'));
    expect(cards?.attachments?.length).toBeGreaterThanOrEqual(1);
    expect(cards?.attachments?.length).toBeLessThanOrEqual(3);
    expect(said(advice)).toContain(`\n\n${nl('advice.nearbyTitle')}`);
    expect(lastSaid(advice, nl('ask.feedback'))).toBe(nl('ask.feedback'));
    expect(buttons(last(advice))).toEqual([nl('choice.helpful'), nl('choice.more'), nl('choice.somethingElse'), nl('choice.talkToSomeone')]);

    expect(said(await chat.say(nl('choice.helpful')))).toBe(nl('advice.closing'));
  });

  it('never asks what was already told: one sentence with role, age and topic goes straight to advice', async () => {
    await chat.join();
    const replies = await chat.say('Mijn dochter van negen wordt gepest op school');
    expect(said(replies)).not.toContain(chat.nl('ask.situation'));
    expect(said(replies)).not.toContain(chat.nl('ask.ageChild'));
    expect(lastSaid(replies, chat.nl('ask.feedback'))).toBe(chat.nl('ask.feedback'));
  });

  it('a young person is asked their own age, and typed number words work', async () => {
    await chat.join();
    await chat.say('jongere');
    expect(said(await chat.say('ik voel me de hele tijd somber en alleen'))).toBe(chat.nl('ask.ageSelf'));
    const advice = await chat.say('ik ben vijftien');
    expect(advice[0].text).toContain((chat.nl('topics:emoties.normaliseYoung', { returnObjects: true }) as string[])[0]);
    expect(lastSaid(advice, chat.nl('ask.feedback'))).toBe(chat.nl('ask.feedback'));
  });

  it('someone else (a teacher, a neighbour) is asked the age of the child', async () => {
    await chat.join();
    await chat.say(chat.nl('choice.other'));
    expect(said(await chat.say('ik maak me zorgen om een leerling die gepest wordt'))).toBe(chat.nl('ask.ageOther'));
  });

  it('asks again in a friendly way when the answer is not understood', async () => {
    await chat.join();
    expect(said(await chat.say('blablabla qwerty'))).toBe(chat.nl('invalid.role'));
    await chat.say('ouder');
    await chat.say('mijn kind heeft steeds driftbuien');
    expect(said(await chat.say('geen idee'))).toBe(chat.nl('invalid.age'));
  });

  it('shows more offerings, and starts over on something else without asking the role again', async () => {
    await chat.join();
    await chat.say('ouder');
    await chat.say('we hebben thuis veel ruzie over regels en bedtijd');
    const first = await chat.say('8');
    const firstTitles = first.flatMap((a) => a.attachments ?? []).map((c) => (c.content as { title: string }).title);
    const more = await chat.say(chat.nl('choice.more'));
    const moreTitles = more.flatMap((a) => a.attachments ?? []).map((c) => (c.content as { title: string }).title);
    expect(moreTitles.filter((t) => firstTitles.includes(t))).toEqual([]);
    expect(lastSaid(more, chat.nl('ask.feedback'))).toBe(chat.nl('ask.feedback'));
    expect(said(await chat.say(chat.nl('choice.somethingElse')))).toBe(chat.nl('ask.situation'));
  });

  it('after a finished subject, a new worry gets advice on the new worry', async () => {
    await chat.join();
    await chat.say('ouder');
    await chat.say('mijn zoon van 12 wil niet naar school');
    await chat.say(chat.nl('choice.helpful'));
    const next = await chat.say('we hebben ook veel schulden en ik kan de sportclub niet betalen');
    expect(next[0].text).toContain((chat.nl('topics:geld.normalise', { returnObjects: true }) as string[])[0]);
    expect(lastSaid(next, chat.nl('ask.feedback'))).toBe(chat.nl('ask.feedback'));
  });

  it('"opnieuw" starts over and "stop" ends politely', async () => {
    await chat.join();
    await chat.say('ouder');
    const restart = await chat.say('opnieuw');
    expect(said(restart)).toBe(inOrder(chat.nl('common.restart'), chat.nl('ask.role')));
    expect(said(await chat.say('stop'))).toBe(chat.nl('common.goodbye'));
  });

  it('explains privacy on request and then asks the open question again', async () => {
    await chat.join();
    const replies = await chat.say(chat.nl('choice.privacy'));
    expect(said(replies)).toBe(inOrder(chat.nl('privacy.long', { days: 30 }), chat.nl('ask.role')));
  });

  it('switches language both ways, and the open question follows', async () => {
    const { nl, en } = chat;
    await chat.join();
    await chat.say('ouder');
    expect(said(await chat.say('English'))).toBe(inOrder(en('common.language'), en('ask.situation')));
    const advice = await chat.say('my son of 14 is being bullied online');
    expect(advice[0].text?.startsWith([en('advice.intro'), ...(en('topics:pesten.normalise', { returnObjects: true }) as string[])].join(' '))).toBe(true);
    expect(said(await chat.say('Nederlands'))).toBe(inOrder(nl('common.language'), nl('ask.feedback')));
  });

  it('sends other municipal questions to the municipality', async () => {
    await chat.join();
    const replies = await chat.say('waar kan ik mijn paspoort verlengen');
    expect(firstSaid(replies, chat.nl('common.outOfScope'))).toBe(chat.nl('common.outOfScope'));
    expect(lastSaid(replies, chat.nl('ask.role'))).toBe(chat.nl('ask.role'));
  });

  it('"wis mijn gegevens" deletes what the conversation kept; the next message starts fresh', async () => {
    await chat.join();
    await chat.say('ouder');
    await chat.say('mijn zoon van 9 krijgt driftbuien bij de kapper');
    expect(JSON.stringify(await chat.db.query('SELECT data FROM bot_state'))).toContain('kapper');
    expect(said(await chat.say('wis mijn gegevens'))).toBe(chat.nl('privacy.forgotten'));
    expect(JSON.stringify(await chat.db.query('SELECT data FROM bot_state'))).not.toContain('kapper');
    const fresh = await chat.say('hallo');
    expect(fresh[0].text).toContain(chat.nl('greeting.intro'));
    expect(lastSaid(fresh, chat.nl('ask.role'))).toBe(chat.nl('ask.role'));
  });

  it('a postcode at "is this helpful?" shows help in that neighbourhood, and the form does not ask it again', async () => {
    await chat.join();
    await chat.say('ouder');
    const advice = await chat.say('mijn zoon van 9 wordt gepest');
    const nearby = advice.find((a) => a.text?.startsWith(chat.nl('advice.nearbyTitle')));
    expect(nearby?.text).toContain(chat.nl('advice.askPostcode'));
    const local = await chat.say('9741 AB');
    const team = testContent().catalogue().teamForPostcode('9741 AB');
    const localNearby = local.find((a) => a.text?.startsWith(chat.nl('advice.nearbyTitle')));
    expect(localNearby?.text).toContain(team?.name);
    expect(localNearby?.text).not.toContain(chat.nl('advice.askPostcode'));
    expect(lastSaid(local, chat.nl('ask.feedback'))).toBe(chat.nl('ask.feedback'));
    expect(said(await chat.say('iemand spreken'))).toBe(inOrder(chat.nl('form.start'), chat.nl('ask.scale')));
    expect(said(await chat.say('5'))).toBe(chat.nl('ask.firstName'));
  });
});

