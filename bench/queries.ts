// Counts the database round trips of one turn (statements, scripts, BEGIN/COMMIT), over /api/messages and the local Direct Line.
import { randomBytes } from 'node:crypto';
import { createApp } from '../src/compose';
import { loadConfig } from '../src/config';
import { logger } from '../src/logger';
import { CountingDatabase, openPgliteDatabase, type Database } from '../src/storage';
import { SCRIPT } from './load';
import { startReplySink } from './replySink';
import { botFrameworkTarget, directLineTarget, type Target } from './targets';

export interface TurnQueries {
  channel: string;
  /** Mean over the scripted messages. */
  queries: number;
  transactions: number;
  roundTrips: number;
}

async function measure(db: CountingDatabase, target: Target, channel: string): Promise<TurnQueries> {
  const conversation = await target.open();
  db.reset();
  for (const text of SCRIPT) await conversation.say(text);
  const n = SCRIPT.length;
  return { channel, queries: db.counts.queries / n, transactions: db.counts.transactions / n, roundTrips: db.roundTrips / n };
}

/** Runs the script once per channel on the given database (a fresh in-memory PGlite by default); the app closes it. */
export async function countTurnQueries(database?: Database): Promise<TurnQueries[]> {
  logger.level = 'silent';
  const db = new CountingDatabase(database ?? (await openPgliteDatabase({ dataDir: 'memory://' })));
  const tokenSecret = randomBytes(32).toString('hex');
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: '/nonexistent', DIRECTLINE_TOKEN_SECRET: tokenSecret });
  const app = await createApp(config, { database: db, retention: false, watchCatalogue: false });
  const url = await app.listen();
  const sink = await startReplySink();
  try {
    return [
      await measure(db, botFrameworkTarget('bf', url, sink.serviceUrl), '/api/messages'),
      await measure(db, directLineTarget('dl', url, tokenSecret), 'Direct Line (post + fetch replies)'),
    ];
  } finally {
    await sink.close();
    await app.close();
  }
}

export async function benchQueries(): Promise<string> {
  const rows = await countTurnQueries();
  return [
    `database work per message turn (mean over the ${SCRIPT.length}-message script):`,
    ...rows.map((r) => `  ${r.channel}: ${r.queries.toFixed(1)} statements, ${r.transactions.toFixed(1)} transactions, ${r.roundTrips.toFixed(1)} round trips`),
  ].join('\n');
}
