// Free text is routed by what it means, from any point in the conversation: contact wishes, privacy questions, other matters, English.
import { chatPerTest, firstSaid, inOrder, lastSaid, said } from '../helpers/chat';

describe('free text from any point', () => {
  const chat = chatPerTest();

  it('a typed wish to talk to a person starts the form, with what was already told', async () => {
    await chat.join();
    await chat.say('ouder');
    await chat.say('mijn zoon van 14 blowt elke dag');
    const replies = await chat.say('kan iemand mij bellen hierover?');
    expect(said(replies)).toBe(inOrder(chat.nl('form.start'), chat.nl('ask.scale')));
  });

  it('a privacy question at the age question is answered, then the age is asked again', async () => {
    await chat.join();
    await chat.say('ouder');
    await chat.say('mijn dochter is heel angstig');
    const replies = await chat.say('wordt dit gesprek opgeslagen?');
    expect(said(replies)).toBe(inOrder(chat.nl('privacy.long', { days: 30 }), chat.nl('ask.ageChild')));
  });

  it('another municipal matter at the topic question is sent on, then the question is asked again', async () => {
    await chat.join();
    await chat.say('ouder');
    const replies = await chat.say('wanneer wordt het afval opgehaald in mijn straat');
    expect(said(replies)).toBe(inOrder(chat.nl('common.outOfScope'), chat.nl('ask.situation')));
  });

  it('an answer that looks like small talk is still an answer when the question can use it', async () => {
    await chat.join();
    await chat.say('ouder');
    await chat.say('mijn zoon van 12 wil niet naar school');
    await chat.say('iemand spreken');
    await chat.say('6');
    await chat.say('9741 AB');
    expect(said(await chat.say('Ik heet Sam'))).toBe(chat.nl('ask.contact'));
  });

  it('a message in English is understood and the bot offers to continue in English', async () => {
    await chat.join();
    const replies = await chat.say('my daughter of 13 is being bullied at school');
    expect(firstSaid(replies, chat.en('common.languageOffer'))).toBe(chat.en('common.languageOffer'));
    expect(lastSaid(replies, chat.nl('ask.feedback'))).toBe(chat.nl('ask.feedback'));
  });

  it('a first message in English gets the whole conversation in English', async () => {
    const replies = await chat.say('I am a father, my daughter of 7 wets the bed every night');
    expect(replies[0].text).toContain(chat.en('greeting.intro'));
    expect(replies[0].text).toContain(chat.en('greeting.language'));
    expect(lastSaid(replies, chat.en('ask.feedback'))).toBe(chat.en('ask.feedback'));
    expect(said(await chat.say('Nederlands'))).toBe(inOrder(chat.nl('common.language'), chat.nl('ask.feedback')));
  });

  it('a safety signal inside a long parent message is answered first, whatever was asked', async () => {
    await chat.join();
    await chat.say('ouder');
    const replies = await chat.say('het gaat slecht met mijn dochter van 15, ze zegt dat ze zichzelf snijdt en niet meer wil leven');
    expect(replies[0].text).toContain('113');
    expect(replies[0].attachments?.[0]?.content).toMatchObject({ buttons: expect.arrayContaining([expect.objectContaining({ title: chat.nl('choice.talkToSomeone') })]) });
  });
});
