// The app as it runs in production, understanding in its worker thread: safety first, the flow, and the same answers.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../src/projectRoot';
import { databaseProviders } from '../helpers/database';
import { testContent } from '../helpers/chat';
import { type MockChannel, postActivity, type RunningApp, startApp, startMockChannel, messageSender } from '../helpers/server';

describe('HTTP /api/messages with the understanding worker', () => {
  let running: RunningApp;
  let channel: MockChannel;
  const nl = testContent().texts.t('nl');

  beforeAll(async () => {
    running = await startApp(await databaseProviders()[0].open(), { UNDERSTANDING_WORKER: 'true' });
    channel = await startMockChannel();
  }, 60_000);
  afterAll(async () => {
    await running.app.close();
    await channel.close();
  });

  const say = (conversationId: string, text: string) => messageSender(running, channel)(conversationId, text);

  it('says on /metrics that messages are understood in the worker thread', async () => {
    const body = await (await fetch(`${running.url}/metrics`)).text();
    expect(body).toMatch(/^steunwijzer_understanding_in_worker 1$/m);
  });

  it('answers danger at once and goes on with the conversation afterwards', async () => {
    const conversationId = 'worker-1';
    await postActivity(running.url, channel.serviceUrl, conversationId, { type: 'conversationUpdate', membersAdded: [{ id: 'user-1', name: 'User' }] });
    expect(channel.replies(conversationId).some((a) => a.text?.endsWith(nl('ask.role')))).toBe(true);
    const acute = await say(conversationId, 'ik heb net alle pillen van mijn moeder geslikt');
    expect(acute[0]).toMatch(/112/);
    // The conversation goes on where it was: the age, then help nearby and whether it helps.
    const advice = await say(conversationId, '15');
    expect(advice.join('\n')).toMatch(/tel:/);
    expect(advice[advice.length - 1]?.slice(-nl('ask.feedback').length)).toBe(nl('ask.feedback'));
  });

  it('many conversations at once each get their own answer', async () => {
    const ids = Array.from({ length: 12 }, (_, i) => `worker-many-${i}`);
    const replies = await Promise.all(ids.map((id, i) => say(id, i % 2 ? 'ik sta op het spoor en de trein komt zo' : 'hoi')));
    replies.forEach((texts, i) => {
      if (i % 2) expect(texts[0]).toMatch(/112/);
      else expect(texts.join('\n')).not.toMatch(/0800-0113/);
    });
  });
});

describe('start-up with the understanding worker starting alongside the content', () => {
  it('still stops on a bad content file, naming it, and leaves no worker behind', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'sw-root-'));
    for (const dir of ['locales', 'data']) cpSync(path.join(projectRoot(), dir), path.join(root, dir), { recursive: true });
    writeFileSync(path.join(root, 'locales', 'nl', 'common.json'), '{ "ask": ');
    const db = await databaseProviders()[0].open();
    const threadsBefore = process.getActiveResourcesInfo().filter((kind) => kind === 'MessagePort').length;
    try {
      await expect(startApp(db, { UNDERSTANDING_WORKER: 'true' }, undefined, { root, watchCatalogue: false })).rejects.toThrow(/common\.json/);
      expect(process.getActiveResourcesInfo().filter((kind) => kind === 'MessagePort').length).toBe(threadsBefore);
    } finally {
      await db.close();
    }
  }, 60_000);
});
