// Production mode: Bot Framework traffic without a token gets 401; a whole conversation at LOG_LEVEL=trace logs no personal data.
import { Writable } from 'node:stream';
import { createApp } from '../../src/compose';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { logger as sharedLogger } from '../../src/logger';
import { databaseProviders } from '../helpers/database';
import { FIXED_NOW } from '../helpers/chat';
import { startMockChannel } from '../helpers/server';
import { BEFORE_FILING, post, say } from './filing';

const NAME = 'Zeynepje';
const PHONE = '06 12 34 56 78';
const EMAIL = 'zeynepje.privacy@example.org';
const WORRY = 'mijn stiefvader slaat mijn broertje';
const SECRETS = [NAME, 'zeynepje@example.org', PHONE, '0612345678', EMAIL, WORRY, 'stiefvader', 'broertje', 'gepest op school', '9741 AB'];

describe('production mode and log privacy', () => {
  it('refuses /api/messages without a Bot Framework token (401) when an app id is configured', async () => {
    const db = await databaseProviders()[0].open();
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: '/nonexistent', MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'not-a-real-secret' });
    const app = await createApp(config, { database: db, retention: false, watchCatalogue: false, clock: () => FIXED_NOW });
    const url = await app.listen();
    try {
      const activity = { type: 'message', channelId: 'msteams', serviceUrl: 'http://127.0.0.1:9', conversation: { id: 'c' }, from: { id: 'u' }, recipient: { id: 'b' }, text: 'hoi' };
      for (const headers of [{}, { Authorization: 'Basic dXNlcjpwYXNz' }, { Authorization: '' }] as Array<Record<string, string>>) {
        const res = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(activity) });
        await res.arrayBuffer();
        expect(res.status).toBe(401);
      }
    } finally {
      await app.close();
    }
  });

  it('leaves no message text, name, phone number or e-mail address in any log line at trace level', async () => {
    const lines: string[] = [];
    const sink = new Writable({ write(chunk, _encoding, done) { lines.push(...chunk.toString().split('\n').filter(Boolean)); done(); } });
    const logger = createLogger('trace', sink);
    const previousLevel = sharedLogger.level;
    sharedLogger.level = 'trace';
    const db = await databaseProviders()[0].open();
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: '/nonexistent', LOG_LEVEL: 'trace', STAFF_API_TOKEN: 'privacy-test-token-0123456789' });
    const app = await createApp(config, { database: db, retention: false, watchCatalogue: false, logger, clock: () => FIXED_NOW });
    const url = await app.listen();
    const channel = await startMockChannel();
    try {
      const id = 'privacy-1';
      await post(url, channel, id, { type: 'conversationUpdate', membersAdded: [{ id: `user-${id}` }] });
      for (const text of BEFORE_FILING(NAME)) await say(url, channel, id, text);
      await say(url, channel, id, `${WORRY}, bel me op ${PHONE}`);
      await say(url, channel, id, 'versturen');
      await say(url, channel, id, EMAIL);
      // A failing turn (a reply channel that is down) and bad input are logged too.
      await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({
        type: 'message', channelId: 'emulator', serviceUrl: 'http://127.0.0.1:9', conversation: { id: 'privacy-2' }, from: { id: 'u2', name: NAME }, recipient: { id: 'b' }, text: `${WORRY} ${EMAIL}`,
      }) });
      await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: `{"text":"${WORRY}", ` });
      const reply = channel.replies(id).map((a) => a.text ?? '').join('\n');
      expect(reply).toMatch(/SW-[0-9A-Z]{4}-[0-9A-Z]{4}/);
    } finally {
      await app.close();
      await channel.close();
      sharedLogger.level = previousLevel;
    }
    // The logs are really read: the failed turn and the bad body were logged.
    expect(lines.some((line) => line.includes("turn failed"))).toBe(true);
    const leaks = lines.filter((line) => SECRETS.some((secret) => line.toLowerCase().includes(secret.toLowerCase())));
    expect(leaks).toEqual([]);
  });
});
