// A failing turn: the user gets an apology in their language, the log gets a correlation id and never what the user typed.
import { Writable } from 'node:stream';
import { TestAdapter } from 'botbuilder';
import { StateUnavailableError, turnErrorHandler } from '../../../src/bot/turnErrorHandler';
import { createLogger } from '../../../src/logger';
import { testContent } from '../../helpers/chat';

describe('turn errors', () => {
  it('apologises and logs a correlation id without the message text', async () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, done) => { lines.push(String(chunk)); done(); } });
    const { texts } = testContent();
    const adapter = new TestAdapter(async () => {
      throw new Error('database unavailable');
    });
    adapter.onTurnError = turnErrorHandler(createLogger('info', sink), texts, () => 'en');
    await adapter.receiveActivity('my name is Sam and my phone is 0612345678');
    const [reply] = adapter.activeQueue;
    expect(reply.text).toBe(texts.t('en')('common.error'));
    const log = JSON.parse(lines[0]) as Record<string, unknown>;
    expect(log).toMatchObject({ msg: 'turn failed', channelId: 'test', correlationId: expect.any(String) });
    expect(lines.join('')).not.toMatch(/Sam|0612345678/);
  });

  it('says sending is not possible and gives the WIJ phone number when the conversation state cannot be loaded', async () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, done) => { lines.push(String(chunk)); done(); } });
    const { texts } = testContent();
    const adapter = new TestAdapter(async () => {
      throw new StateUnavailableError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5999'), { code: 'ECONNREFUSED' }));
    });
    adapter.onTurnError = turnErrorHandler(createLogger('info', sink), texts, () => 'nl', () => '050-367 00 00');
    await adapter.receiveActivity('versturen');
    const [reply] = adapter.activeQueue;
    expect(reply.text).toBe(texts.t('nl')('common.stateUnavailable', { phone: '050-367 00 00' }));
    expect(reply.text).toMatch(/050-367 00 00.*112.*113/);
    expect(JSON.parse(lines[0])).toMatchObject({ msg: 'turn failed', err: { name: 'StateUnavailableError', reason: { code: 'ECONNREFUSED' } } });
  });

  it('gives the plain apology for any other failure, also when a phone number is known', async () => {
    const { texts } = testContent();
    const adapter = new TestAdapter(async () => {
      throw new Error('a bug');
    });
    adapter.onTurnError = turnErrorHandler(createLogger('silent'), texts, () => 'nl', () => '050-367 00 00');
    await adapter.receiveActivity('hoi');
    expect(adapter.activeQueue[0].text).toBe(texts.t('nl')('common.error'));
  });
});
