// Measures whole turns over HTTP: a message posted to the local Direct Line, understood, answered and stored in embedded PGlite.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../src/compose';
import { loadConfig } from '../src/config';
import { logger } from '../src/logger';

const MESSAGES = ['ouder', 'mijn zoon van 9 heeft veel driftbuien', 'meer laten zien', 'iets anders', 'we hebben ruzie over de telefoon'];

export async function benchTurns(conversations = 20): Promise<string> {
  logger.level = 'silent';
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'steunwijzer-bench-'));
  const app = await createApp(loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir }), { retention: false, watchCatalogue: false });
  const url = await app.listen();
  const timings: number[] = [];
  try {
    for (let c = 0; c < conversations; c += 1) {
      const session = (await (await fetch(`${url}/v3/directline/tokens/generate`, { method: 'POST' })).json()) as { token: string; conversationId: string };
      const headers = { Authorization: `Bearer ${session.token}`, 'Content-Type': 'application/json' };
      await fetch(`${url}/v3/directline/conversations`, { method: 'POST', headers });
      for (const text of MESSAGES) {
        const start = process.hrtime.bigint();
        const res = await fetch(`${url}/v3/directline/conversations/${session.conversationId}/activities`, {
          method: 'POST', headers, body: JSON.stringify({ type: 'message', text }),
        });
        await res.text();
        timings.push(Number(process.hrtime.bigint() - start) / 1e6);
      }
    }
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  timings.sort((a, b) => a - b);
  const mean = timings.reduce((a, b) => a + b, 0) / timings.length;
  const p95 = timings[Math.floor(timings.length * 0.95)];
  return `whole turns over local Direct Line (PGlite on disk): ${timings.length} turns, mean ${mean.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${timings[timings.length - 1].toFixed(1)} ms`;
}
