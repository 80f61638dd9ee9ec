// kill -9 of the server at random moments while requests are filed; afterwards every reference shown exists exactly once
// and is delivered (to a webhook receiver on loopback, one webhook-id per request).
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { backendFactories } from '../../src/delivery/backendFactories';
import { createDelivery } from '../../src/delivery/createDelivery';
import { defaultWorkerOptions } from '../../src/delivery/worker';
import { createLogger } from '../../src/logger';
import { cipherFromSettings } from '../../src/requests/keySource';
import { RequestRepository } from '../../src/requests/requestRepository';
import { requestDraftSchema } from '../../src/requests/requestSchema';
import { openPgliteDatabase } from '../../src/storage';
import { pgliteTemplate } from '../helpers/database';
import { type MockChannel, startMockChannel } from '../helpers/server';
import { type AppProcess, startAppProcess } from './appProcess';
import { BEFORE_FILING, post, say, shownReferences } from './filing';

export interface KillReport {
  runs: number;
  conversations: number;
  /** Filings whose turn the kill interrupted (no reference shown before the kill). */
  interrupted: number;
  problems: string[];
  /** Deliveries left for the next instance (rows a killed process held, or not yet tried), and POSTs beyond one per request. */
  delivery: { afterLease: number; repeated: number };
}

interface Family {
  conversationId: string;
  name: string;
}

const CONVERSATIONS_PER_RUN = 4;

interface Receipt { webhookId: string; reference: string }

/** A webhook receiver on loopback that accepts everything and remembers what it got. */
async function startReceiver() {
  const received: Receipt[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const reference = (JSON.parse(body) as { data?: { reference?: string } }).data?.reference ?? '';
      received.push({ webhookId: String(req.headers['webhook-id']), reference });
      res.statusCode = 204;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  return { url, received, close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }) };
}

/** A number written in letters (a first name has no digits): 0 → a, 27 → bb. */
const letters = (n: number): string => String.fromCharCode(97 + (n % 26)).repeat(1 + Math.floor(n / 26));

/** Runs `runs` rounds of: fill in forms, send them all at once, SIGKILL at a random moment, restart, retry. */
export async function killDuringFiling(runs: number, random: () => number = Math.random): Promise<KillReport> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'steunwijzer-kill9-'));
  // Start from the cached template instead of a fresh initdb (which takes many seconds).
  await (await openPgliteDatabase({ dataDir, template: await pgliteTemplate() })).close();
  const receiver = await startReceiver();
  const webhook = { REGISTRATION_BACKENDS: 'webhook', WEBHOOK_URL: receiver.url, WEBHOOK_SECRET: `whsec_${randomBytes(32).toString('base64')}` };
  const env = { DATA_DIR: dataDir, DIRECTLINE_TOKEN_SECRET: 'k'.repeat(40), LOG_LEVEL: 'error', ...webhook };
  const channel = await startMockChannel();
  const families: Family[] = [];
  let interrupted = 0;
  let app: AppProcess | undefined;
  try {
    app = await startAppProcess(env);
    for (let run = 0; run < runs; run += 1) {
      const batch = Array.from({ length: CONVERSATIONS_PER_RUN }, (_, i) => ({ conversationId: `kill-${run}-${i}`, name: `Kind${letters(run)}x${letters(i)}` }));
      families.push(...batch);
      const url = app.url;
      await Promise.all(batch.map(async (family) => {
        await post(url, channel, family.conversationId, { type: 'conversationUpdate', membersAdded: [{ id: `user-${family.conversationId}` }] });
        for (const text of BEFORE_FILING(family.name)) await say(url, channel, family.conversationId, text);
      }));
      const sending = batch.map((family) => say(url, channel, family.conversationId, 'versturen'));
      await new Promise((resolve) => setTimeout(resolve, Math.floor(random() * 150)));
      await app.kill9();
      await Promise.all(sending);
      app = await startAppProcess(env);
      // Whoever saw no reference tries again, as a person would.
      for (const family of batch) {
        if (shownReferences(channel, family.conversationId).length > 0) continue;
        interrupted += 1;
        await say(app.url, channel, family.conversationId, 'versturen');
      }
    }
    await app.stop();
    app = undefined;
    return { runs, conversations: families.length, interrupted, ...await check(dataDir, channel, families, env, receiver.received) };
  } finally {
    await app?.kill9();
    await channel.close();
    await receiver.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function check(dataDir: string, channel: MockChannel, families: Family[], env: Record<string, string>, received: Receipt[]): Promise<Pick<KillReport, 'problems' | 'delivery'>> {
  const db = await openPgliteDatabase({ dataDir });
  try {
    // Personal fields are encrypted at rest with the key file in DATA_DIR: read them back as the app does.
    const repository = new RequestRepository(db, () => new Date(), undefined, cipherFromSettings({ previousKeys: [], dataDir }));
    // A row a killed process had claimed is due again once its lease is over: deliver what is left as the next
    // instance would, with a clock past that lease.
    const later = () => new Date(Date.now() + defaultWorkerOptions.leaseMs + 60_000);
    const config = loadConfig(env).delivery;
    const quiet = createLogger('silent');
    const delivery = createDelivery({
      db, config, requests: repository, teams: () => [], clock: later, logger: quiet,
      factories: backendFactories({ config, publicUrl: 'http://127.0.0.1', logger: quiet, t: ((key: string) => key) as never, teams: () => [] }),
    });
    let afterLease = 0;
    for (let batch = await delivery.worker.runOnce(); batch.length > 0; batch = await delivery.worker.runOnce()) afterLease += batch.length;
    const outbox = await db.query<{ reference: string; status: string }>(
      'SELECT r.reference, o.status FROM delivery_outbox o JOIN requests r ON r.id = o.request_id');
    const rows = (await repository.list({ limit: 100_000 })).map((r) => ({ reference: r.reference, data: r.draft as unknown }));
    const raw = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM requests');
    const problems: string[] = raw[0].n === rows.length ? [] : [`${raw[0].n} rows but ${rows.length} readable requests`];
    for (const row of rows) {
      if (!requestDraftSchema.safeParse(row.data).success) problems.push(`${row.reference}: stored request is incomplete`);
    }
    for (const family of families) {
      const shown = [...new Set(shownReferences(channel, family.conversationId))];
      const stored = rows.filter((r) => (r.data as { firstName?: string }).firstName === family.name);
      if (shown.length !== 1) problems.push(`${family.conversationId}: shown ${shown.length} references (${shown.join(', ')})`);
      if (stored.length !== 1) problems.push(`${family.conversationId}: ${stored.length} stored requests`);
      for (const reference of shown) {
        const count = rows.filter((r) => r.reference === reference).length;
        if (count !== 1) problems.push(`${family.conversationId}: reference ${reference} stored ${count} times`);
        const statuses = outbox.filter((o) => o.reference === reference).map((o) => o.status);
        if (statuses.join() !== 'delivered') problems.push(`${family.conversationId}: reference ${reference} has outbox rows [${statuses.join(', ')}]`);
        // At least once over kill -9 (a kill between the POST and its record sends it again), always as the same message.
        const ids = new Set(received.filter((r) => r.reference === reference).map((r) => r.webhookId));
        if (ids.size !== 1) problems.push(`${family.conversationId}: reference ${reference} reached the receiver under ${ids.size} webhook-ids`);
      }
    }
    const repeated = received.length - new Set(received.map((r) => r.webhookId)).size;
    return { problems, delivery: { afterLease, repeated } };
  } finally {
    await db.close();
  }
}
