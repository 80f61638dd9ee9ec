// Dialog transcripts: greeting → role → topic → age → advice, and the commands that work at any point.
import { buttons, chatPerTest, last, testContent, texts } from '../helpers/chat';

describe('conversation', () => {
  const chat = chatPerTest();

  it('happy path: greets, asks who you are, what is going on and the age, then gives advice', async () => {
    const { nl } = chat;
    const greeting = await chat.join();
    expect(greeting[0].text).toContain(nl('greeting.intro'));
    expect(greeting[0].text).toContain('112');
    expect(last(greeting)?.text).toBe(nl('ask.role'));
    expect(buttons(last(greeting))).toEqual([nl('choice.parent'), nl('choice.young'), nl('choice.other'), nl('choice.privacy')]);

    const situation = await chat.say(nl('choice.parent'));
    expect(texts(situation)).toEqual([nl('ask.situation')]);
    expect(buttons(situation[0])).toContain(nl('topics:school.label'));

    expect(texts(await chat.say('Mijn zoon wil al weken niet meer naar school'))).toEqual([nl('ask.ageChild')]);

    const advice = await chat.say('twaalf');
    expect(advice[0].text).toContain(nl('advice.intro'));
    expect(advice[0].text).toContain((nl('topics:school.tips', { returnObjects: true }) as string[])[0]);
    const cards = advice.find((a) => a.attachments?.length);
    expect(cards?.text).toBe(nl('advice.offeringsTitle'));
    expect(cards?.attachments?.length).toBeGreaterThanOrEqual(1);
    expect(cards?.attachments?.length).toBeLessThanOrEqual(3);
    expect(advice.some((a) => a.text?.startsWith(nl('advice.nearbyTitle')))).toBe(true);
    expect(last(advice)?.text).toBe(nl('ask.feedback'));
    expect(buttons(last(advice))).toEqual([nl('choice.helpful'), nl('choice.more'), nl('choice.somethingElse'), nl('choice.talkToSomeone')]);

    expect(texts(await chat.say(nl('choice.helpful')))).toEqual([nl('advice.closing')]);
  });

  it('never asks what was already told: one sentence with role, age and topic goes straight to advice', async () => {
    await chat.join();
    const replies = await chat.say('Mijn dochter van negen wordt gepest op school');
    expect(texts(replies)).not.toContain(chat.nl('ask.situation'));
    expect(texts(replies)).not.toContain(chat.nl('ask.ageChild'));
    expect(last(replies)?.text).toBe(chat.nl('ask.feedback'));
  });

  it('a young person is asked their own age, and typed number words work', async () => {
    await chat.join();
    await chat.say('jongere');
    expect(texts(await chat.say('ik voel me de hele tijd somber en alleen'))).toEqual([chat.nl('ask.ageSelf')]);
    const advice = await chat.say('ik ben vijftien');
    expect(advice[0].text).toContain((chat.nl('topics:emoties.normaliseYoung', { returnObjects: true }) as string[])[0]);
    expect(last(advice)?.text).toBe(chat.nl('ask.feedback'));
  });

  it('someone else (a teacher, a neighbour) is asked the age of the child', async () => {
    await chat.join();
    await chat.say(chat.nl('choice.other'));
    expect(texts(await chat.say('ik maak me zorgen om een leerling die gepest wordt'))).toEqual([chat.nl('ask.ageOther')]);
  });

  it('asks again in a friendly way when the answer is not understood', async () => {
    await chat.join();
    expect(texts(await chat.say('blablabla qwerty'))).toEqual([chat.nl('invalid.role')]);
    await chat.say('ouder');
    await chat.say('mijn kind heeft steeds driftbuien');
    expect(texts(await chat.say('geen idee'))).toEqual([chat.nl('invalid.age')]);
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
    expect(last(more)?.text).toBe(chat.nl('ask.feedback'));
    expect(texts(await chat.say(chat.nl('choice.somethingElse')))).toEqual([chat.nl('ask.situation')]);
  });

  it('after a finished subject, a new worry gets advice on the new worry', async () => {
    await chat.join();
    await chat.say('ouder');
    await chat.say('mijn zoon van 12 wil niet naar school');
    await chat.say(chat.nl('choice.helpful'));
    const next = await chat.say('we hebben ook veel schulden en ik kan de sportclub niet betalen');
    expect(next[0].text).toContain((chat.nl('topics:geld.normalise', { returnObjects: true }) as string[])[0]);
    expect(last(next)?.text).toBe(chat.nl('ask.feedback'));
  });

  it('"opnieuw" starts over and "stop" ends politely', async () => {
    await chat.join();
    await chat.say('ouder');
    const restart = await chat.say('opnieuw');
    expect(texts(restart)).toEqual([chat.nl('common.restart'), chat.nl('ask.role')]);
    expect(texts(await chat.say('stop'))).toEqual([chat.nl('common.goodbye')]);
  });

  it('explains privacy on request and then asks the open question again', async () => {
    await chat.join();
    const replies = await chat.say(chat.nl('choice.privacy'));
    expect(texts(replies)).toEqual([chat.nl('privacy.long', { days: 30 }), chat.nl('ask.role')]);
  });

  it('switches language both ways, and the open question follows', async () => {
    const { nl, en } = chat;
    await chat.join();
    await chat.say('ouder');
    expect(texts(await chat.say('English'))).toEqual([en('common.language'), en('ask.situation')]);
    const advice = await chat.say('my son of 14 is being bullied online');
    expect(advice[0].text?.startsWith([en('advice.intro'), ...(en('topics:pesten.normalise', { returnObjects: true }) as string[])].join(' '))).toBe(true);
    expect(texts(await chat.say('Nederlands'))).toEqual([nl('common.language'), nl('ask.feedback')]);
  });

  it('sends other municipal questions to the municipality', async () => {
    await chat.join();
    const replies = await chat.say('waar kan ik mijn paspoort verlengen');
    expect(replies[0].text).toBe(chat.nl('common.outOfScope'));
    expect(last(replies)?.text).toBe(chat.nl('ask.role'));
  });

  it('"wis mijn gegevens" deletes what the conversation kept; the next message starts fresh', async () => {
    await chat.join();
    await chat.say('ouder');
    await chat.say('mijn zoon van 9 krijgt driftbuien bij de kapper');
    expect(JSON.stringify(await chat.db.query('SELECT data FROM bot_state'))).toContain('kapper');
    expect(texts(await chat.say('wis mijn gegevens'))).toEqual([chat.nl('privacy.forgotten')]);
    expect(JSON.stringify(await chat.db.query('SELECT data FROM bot_state'))).not.toContain('kapper');
    const fresh = await chat.say('hallo');
    expect(fresh[0].text).toContain(chat.nl('greeting.intro'));
    expect(last(fresh)?.text).toBe(chat.nl('ask.role'));
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
    expect(last(local)?.text).toBe(chat.nl('ask.feedback'));
    expect(texts(await chat.say('iemand spreken'))).toEqual([chat.nl('form.start'), chat.nl('ask.scale')]);
    expect(texts(await chat.say('5'))).toEqual([chat.nl('ask.firstName')]);
  });
});

