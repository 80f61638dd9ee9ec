// Starts the real app on a loopback port, and a mock channel that records what the bot sends to its serviceUrl.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Activity } from 'botbuilder';
import { type App, type AppOptions, createApp } from '../../src/compose';
import { loadConfig } from '../../src/config';
import type { Database } from '../../src/storage/types';
import { FIXED_NOW } from './chat';
import { TEST_DATA_KEY } from './dataKey';

export const STAFF_TOKEN = 'test-staff-token-0123456789abcdef';

export interface RunningApp {
  app: App;
  url: string;
}

export async function startApp(
  database: Database, env: Record<string, string> = {}, clock: () => Date = () => FIXED_NOW, options: AppOptions = {},
): Promise<RunningApp> {
  // The understanding worker (on in production) is started from the TypeScript sources in ~1 s; test/http/understandingWorker
  // runs the app with it, the other tests understand in the main thread, which gives the same answers.
  const config = loadConfig({
    PORT: '0', HOST: '127.0.0.1', STAFF_API_TOKEN: STAFF_TOKEN, DATA_DIR: '/nonexistent', DATA_ENCRYPTION_KEY: TEST_DATA_KEY, UNDERSTANDING_WORKER: 'false', ...env,
  });
  const app = await createApp(config, { database, clock, retention: false, ...options });
  return { app, url: await app.listen() };
}

export interface MockChannel {
  serviceUrl: string;
  /** Replies received so far, per conversation id. */
  replies(conversationId: string): Partial<Activity>[];
  /** Activities the bot replaced in place (PUT …/activities/{id}), per conversation id. */
  updates(conversationId: string): Array<{ activityId: string; activity: Partial<Activity> }>;
  close(): Promise<void>;
}

/** Plays the Bot Connector side of a channel: accepts the bot's replies like Teams or the Emulator would. */
export async function startMockChannel(options: { teamChannels?: Record<string, Array<{ id: string; name?: string }>> } = {}): Promise<MockChannel> {
  const received = new Map<string, Partial<Activity>[]>();
  const updated = new Map<string, Array<{ activityId: string; activity: Partial<Activity> }>>();
  const server = http.createServer((req, res) => {
    const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(req.url ?? '');
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const teamChannels = /^\/v3\/teams\/([^/]+)\/conversations$/.exec(req.url ?? '');
      const channels = teamChannels && options.teamChannels?.[decodeURIComponent(teamChannels[1])];
      if (req.method === 'GET' && channels) {
        res.setHeader('Content-Type', 'application/json');
        res.end(JSON.stringify({ conversations: channels }));
        return;
      }
      if (req.method === 'PUT' && match?.[2]) {
        const conversationId = decodeURIComponent(match[1]);
        const activityId = decodeURIComponent(match[2]);
        updated.set(conversationId, [...(updated.get(conversationId) ?? []), { activityId, activity: JSON.parse(body) as Partial<Activity> }]);
        res.setHeader('Content-Type', 'application/json');
        res.end(JSON.stringify({ id: activityId }));
        return;
      }
      if (req.method !== 'POST' || !match) {
        res.statusCode = 404;
        res.end();
        return;
      }
      const conversationId = decodeURIComponent(match[1]);
      const list = received.get(conversationId) ?? [];
      list.push(JSON.parse(body) as Partial<Activity>);
      received.set(conversationId, list);
      // restify patches ServerResponse globally, so no chaining on writeHead here.
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ id: `reply-${list.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    serviceUrl: `http://127.0.0.1:${port}`,
    replies: (id) => received.get(id) ?? [],
    updates: (id) => updated.get(id) ?? [],
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

let counter = 0;
/** Posts one activity to /api/messages as a channel would; returns the HTTP status. */
export async function postActivity(url: string, serviceUrl: string, conversationId: string, activity: Partial<Activity>): Promise<number> {
  counter += 1;
  const res = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      id: `act-${counter}`,
      channelId: 'emulator',
      serviceUrl,
      conversation: { id: conversationId },
      from: { id: 'user-1', name: 'User' },
      recipient: { id: 'bot', name: 'Steunwijzer' },
      timestamp: new Date().toISOString(),
      ...activity,
    }),
  });
  await res.text();
  return res.status;
}

/** Sends a user message through /api/messages and returns the texts of the replies it got. */
export function messageSender(running: RunningApp, channel: MockChannel) {
  return async (conversationId: string, text: string): Promise<string[]> => {
    const before = channel.replies(conversationId).length;
    expect(await postActivity(running.url, channel.serviceUrl, conversationId, { type: 'message', text })).toBe(200);
    return channel.replies(conversationId).slice(before).map((a) => a.text ?? '');
  };
}
