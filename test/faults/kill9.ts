// kill -9 of the server at random moments while requests are filed; afterwards every reference shown exists exactly once.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
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
}

interface Family {
  conversationId: string;
  name: string;
}

const CONVERSATIONS_PER_RUN = 4;

/** A number written in letters (a first name has no digits): 0 → a, 27 → bb. */
const letters = (n: number): string => String.fromCharCode(97 + (n % 26)).repeat(1 + Math.floor(n / 26));

/** Runs `runs` rounds of: fill in forms, send them all at once, SIGKILL at a random moment, restart, retry. */
export async function killDuringFiling(runs: number, random: () => number = Math.random): Promise<KillReport> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'steunwijzer-kill9-'));
  // Start from the cached template instead of a fresh initdb (which takes many seconds).
  await (await openPgliteDatabase({ dataDir, template: await pgliteTemplate() })).close();
  const env = { DATA_DIR: dataDir, DIRECTLINE_TOKEN_SECRET: 'k'.repeat(40), LOG_LEVEL: 'error' };
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
    return { runs, conversations: families.length, interrupted, problems: await check(dataDir, channel, families) };
  } finally {
    await app?.kill9();
    await channel.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function check(dataDir: string, channel: MockChannel, families: Family[]): Promise<string[]> {
  const db = await openPgliteDatabase({ dataDir });
  try {
    // Personal fields are encrypted at rest with the key file in DATA_DIR: read them back as the app does.
    const repository = new RequestRepository(db, () => new Date(), undefined, cipherFromSettings({ previousKeys: [], dataDir }));
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
      }
    }
    return problems;
  } finally {
    await db.close();
  }
}
