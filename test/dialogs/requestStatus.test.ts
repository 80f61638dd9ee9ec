// "Hoe staat het met mijn aanmelding?" and "trek mijn aanmelding in": the status in plain words for the family, and nothing for anyone else.
import { startTestChat, texts, type TestChat } from '../helpers/chat';
import type { Database } from '../../src/storage/types';
import { databaseProviders } from '../helpers/database';

/** Files a request in this conversation and returns its reference number. */
async function fileRequest(chat: TestChat): Promise<string> {
  await chat.join();
  await chat.say('ouder');
  await chat.say('Mijn zoon van 12 wil niet meer naar school');
  await chat.say('iemand spreken');
  await chat.say('5');
  await chat.say('9741 AB');
  await chat.say('Sam');
  await chat.say('06-12345678');
  await chat.say('maakt niet uit');
  await chat.say('ja');
  const filed = await chat.say(chat.nl('choice.send'));
  const reference = /SW-[0-9A-Z]{4}-[0-9A-Z]{4,5}/.exec(filed[0].text ?? '')?.[0];
  if (!reference) throw new Error(`no reference in ${filed[0].text}`);
  return reference;
}

describe('the family asks about their request', () => {
  let db: Database;
  beforeAll(async () => {
    db = await databaseProviders()[0].open();
  });
  afterAll(() => db.close());

  it('in the conversation that filed it: the status in plain words, with the team and the day they will call', async () => {
    const chat = await startTestChat({ db });
    const reference = await fileRequest(chat);
    const [answer] = texts(await chat.say('hoe staat het met mijn aanmelding?'));
    expect(answer).toContain(reference);
    expect(answer).toContain('WIJ');
    expect(answer).toMatch(/uiterlijk \w+dag|vandaag/);
    expect(answer).not.toContain(chat.nl('ask.role'));
  });

  it('from elsewhere: only with the reference and the last four digits of the phone number', async () => {
    const family = await startTestChat({ db });
    const reference = await fileRequest(family);
    const other = await startTestChat({ db });
    expect(texts(await other.say(`hoe staat het met ${reference}`))).toEqual([other.nl('status.askProof')]);
    const wrong = texts(await other.say('1111'))[0];
    expect(wrong).toContain(other.nl('status.notFound', { phone: '' }).split(':')[0]);
    expect(wrong).not.toContain(reference);

    const again = await startTestChat({ db });
    await again.say(`hoe staat het met ${reference}`);
    expect(texts(await again.say('5678'))[0]).toContain(reference);
  });

  it('a reference that does not exist gets the same answer as a wrong proof', async () => {
    const chat = await startTestChat({ db });
    await chat.say('hoe staat het met mijn aanmelding SW-0000-0000');
    const answer = texts(await chat.say('5678'))[0];
    expect(answer).toContain(chat.nl('status.notFound', { phone: '' }).split(':')[0]);
  });

  it('withdraws a request nobody picked up, after a yes', async () => {
    const chat = await startTestChat({ db });
    const reference = await fileRequest(chat);
    expect(texts(await chat.say('trek mijn aanmelding in'))).toEqual([chat.nl('status.withdrawConfirm', { reference })]);
    expect(texts(await chat.say('ja'))).toEqual([chat.nl('status.withdrawn', { reference })]);
    const [status] = texts(await chat.say('hoe staat het met mijn aanmelding?'));
    expect(status).toBe(chat.nl('status.progress.withdrawn', { reference }));
  });

  it('a request someone already picked up is not withdrawn: the family is told to call the team', async () => {
    const chat = await startTestChat({ db });
    const reference = await fileRequest(chat);
    await db.query("UPDATE requests SET status = 'claimed' WHERE reference = $1", [reference]);
    const [answer] = texts(await chat.say('ik wil mijn aanmelding intrekken'));
    expect(answer).toContain(reference);
    expect(answer).toMatch(/050-000 10 \d\d/);
    const rows = await db.query<{ status: string }>('SELECT status FROM requests WHERE reference = $1', [reference]);
    expect(rows[0].status).toBe('claimed');
  });
});
