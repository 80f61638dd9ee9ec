// A turn's plain text replies go out joined to the message after them; order, cards, buttons and failures are kept.
import { type Activity, ActivityTypes, CardFactory, MessageFactory, TestAdapter, type TurnContext } from 'botbuilder';
import { batchReplies, flushReplies } from '../../../src/bot/replyBatcher';

type Logic = (context: TurnContext) => Promise<void>;

async function run(logic: Logic, incoming: Partial<Activity> | string = 'hoi'): Promise<{ sent: Partial<Activity>[]; errors: Error[] }> {
  const errors: Error[] = [];
  const adapter = new TestAdapter(batchReplies(logic));
  adapter.onTurnError = async (context, error) => {
    errors.push(error);
    await context.sendActivity('sorry');
  };
  await adapter.receiveActivity(incoming);
  return { sent: adapter.activeQueue.splice(0), errors };
}

const card = CardFactory.heroCard('Cursus');

describe('batchReplies', () => {
  it('joins plain texts to the card message after them, and the next text to the question with buttons', async () => {
    const { sent } = await run(async (context) => {
      await context.sendActivity('Dank je dat je het vertelt.');
      await context.sendActivity(MessageFactory.carousel([card], 'Dit kan helpen:'));
      await context.sendActivity('Wie dichtbij kan helpen:');
      await context.sendActivity(MessageFactory.suggestedActions(['Ja', 'Nee'], 'Heb je hier iets aan?'));
    });
    expect(sent.map((a) => a.text)).toEqual(['Dank je dat je het vertelt.\n\nDit kan helpen:', 'Wie dichtbij kan helpen:\n\nHeb je hier iets aan?']);
    expect(sent[0].attachments).toHaveLength(1);
    expect(sent[0].attachmentLayout).toBe('carousel');
    expect(sent[1].suggestedActions?.actions.map((a) => a.title)).toEqual(['Ja', 'Nee']);
  });

  it('sends a held text at once when asked to flush, before whatever the turn does next (a reference number before the state is saved)', async () => {
    const order: string[] = [];
    const adapter = new TestAdapter(batchReplies(async (context) => {
      await context.sendActivity('Je nummer is SW-AB12-CD34.');
      await context.sendActivity('Het team belt je.');
      await flushReplies(context);
      order.push(`state saved after ${adapter.activeQueue.length} sent`);
      await context.sendActivity('Nog iets?');
    }));
    await adapter.receiveActivity('versturen');
    expect(order).toEqual(['state saved after 1 sent']);
    expect(adapter.activeQueue.splice(0).map((a) => a.text)).toEqual(['Je nummer is SW-AB12-CD34.\n\nHet team belt je.', 'Nog iets?']);
  });

  it('sends a last plain text when the turn ends, and a card without text keeps the held text above it', async () => {
    const { sent } = await run(async (context) => {
      await context.sendActivity('Eerst dit.');
      await context.sendActivity(MessageFactory.attachment(card));
      await context.sendActivity('Tot slot.');
    });
    expect(sent.map((a) => a.text)).toEqual(['Eerst dit.', 'Tot slot.']);
    expect(sent[0].attachments).toHaveLength(1);
  });

  it('never holds back what was said before a turn fails: the held text goes out first, then the apology', async () => {
    const { sent, errors } = await run(async (context) => {
      await context.sendActivity('Bel 112.');
      throw new Error('database down');
    });
    expect(errors.map((e) => e.message)).toEqual(['database down']);
    expect(sent.map((a) => a.text)).toEqual(['Bel 112.', 'sorry']);
  });

  it('keeps the order around other kinds of activity', async () => {
    const { sent } = await run(async (context) => {
      await context.sendActivity('Even kijken.');
      await context.sendActivity({ type: ActivityTypes.Typing });
      await context.sendActivity('Klaar.');
    });
    expect(sent.map((a) => `${a.type}:${a.text ?? ''}`)).toEqual(['message:Even kijken.', 'typing:', 'message:Klaar.']);
  });

  it('counts a held text as said, so a prompt does not ask again on top of it', async () => {
    let responded: boolean | undefined;
    await run(async (context) => {
      await context.sendActivity('Dat begreep ik niet.');
      responded = context.responded;
    });
    expect(responded).toBe(true);
  });

  it('leaves proactive turns (events) as they were: every message on its own, with its id', async () => {
    const ids: Array<string | undefined> = [];
    const { sent } = await run(async (context) => {
      ids.push((await context.sendActivity('een'))?.id);
      ids.push((await context.sendActivity('twee'))?.id);
    }, { type: ActivityTypes.Event, name: 'continueConversation' });
    expect(sent.map((a) => a.text)).toEqual(['een', 'twee']);
    expect(ids.every((id) => typeof id === 'string')).toBe(true);
  });
});
