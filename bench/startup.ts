// Start-up from outside: `node dist/src/index.js` until /healthz answers, on a new data folder (fresh) and again on it (warm).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startSteunwijzer } from './servers';

export async function benchStartup(runs = 3, extra: Record<string, string> = {}): Promise<string> {
  const fresh: number[] = [];
  const warm: number[] = [];
  const rss: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'steunwijzer-start-'));
    try {
      const env = { dataDir, tokenSecret: randomBytes(32).toString('hex'), extra };
      const first = await startSteunwijzer('fresh', env);
      fresh.push(first.startMs);
      await first.stop();
      const second = await startSteunwijzer('warm', env);
      warm.push(second.startMs);
      await new Promise((resolve) => setTimeout(resolve, 500));
      rss.push(second.rssMb());
      await second.stop();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return [
    `start-up to healthy (median of ${runs}; \`node dist/src/index.js\`, PGlite${extra.PGLITE_WORKER === 'true' ? ' in a worker thread' : ' in the main thread'}):`,
    `  fresh (new data folder): ${(median(fresh) / 1000).toFixed(2)} s; warm: ${(median(warm) / 1000).toFixed(2)} s; RSS after a warm start ${median(rss).toFixed(0)} MB`,
  ].join('\n');
}
