// Memory from outside: RSS after start, after many idle conversations (state lives in the database), and over a soak.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describeRetained, type RetainedMemory, retainedMemory } from './inspect';
import { runLoad } from './load';
import { startReplySink } from './replySink';
import { startSteunwijzer } from './servers';
import { botFrameworkTarget } from './targets';

export interface MemoryOptions {
  idle: number[];
  soakMinutes: number;
}

/** Opens `count` conversations with one message each, `parallel` at a time. */
async function openIdle(target: ReturnType<typeof botFrameworkTarget>, count: number, parallel = 20): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: parallel }, async () => {
    while (next < count) {
      next += 1;
      const conversation = await target.open();
      await conversation.say('mijn dochter van 14 wordt gepest');
    }
  }));
}

export async function benchMemory(options: MemoryOptions): Promise<string> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'steunwijzer-mem-'));
  const sink = await startReplySink();
  // The inspector lets the harness force a full GC in the child, so growth that is only uncollected garbage is not
  // mistaken for a leak (and a real leak is not hidden by a lucky collection).
  const app = await startSteunwijzer('pglite', { dataDir, tokenSecret: randomBytes(32).toString('hex') }, ['--inspect=127.0.0.1:0']);
  const retained = () => retainedMemory(app.inspectorUrl() ?? '');
  const lines: string[] = ['memory (RSS of `node dist/src/index.js`, PGlite):'];
  try {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    lines.push(`  after start: ${app.rssMb().toFixed(0)} MB; ${describeRetained(await retained())}`);
    const target = botFrameworkTarget('app', app.url, sink.serviceUrl);
    let opened = 0;
    for (const total of options.idle) {
      const t0 = performance.now();
      await openIdle(target, total - opened);
      const seconds = (performance.now() - t0) / 1000;
      opened = total;
      await new Promise((resolve) => setTimeout(resolve, 2000));
      const rss = app.rssMb();
      lines.push(`  after ${total.toLocaleString('en')} idle conversations: ${rss.toFixed(0)} MB (opened in ${seconds.toFixed(0)} s); ${describeRetained(await retained())}`);
    }
    if (options.soakMinutes > 0) {
      const samples: Array<{ minute: number; mb: number }> = [];
      const soakStart = performance.now();
      const sample = () => samples.push({ minute: (performance.now() - soakStart) / 60_000, mb: app.rssMb() });
      sample();
      const sampler = setInterval(sample, 10_000);
      // Every 2 minutes the memory that survives a full GC: the figure a leak moves, whatever the collector's mood.
      const kept: Array<{ minute: number; memory: RetainedMemory }> = [];
      const keep = async () => void kept.push({ minute: (performance.now() - soakStart) / 60_000, memory: await retained() });
      await keep();
      let keeping = Promise.resolve();
      const keeper = setInterval(() => {
        keeping = keeping.then(keep);
      }, 120_000);
      const round = await runLoad(target, { conversations: 100, durationMs: options.soakMinutes * 60_000, thinkMs: 2000 });
      clearInterval(sampler);
      clearInterval(keeper);
      await keeping;
      sample();
      await keep();
      const mbs = samples.map((s) => s.mb);
      const third = Math.max(1, Math.floor(samples.length / 3));
      const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
      // The second half alone: start-up and warm-up growth (JIT, caches filling) is over by then.
      const secondHalf = samples.filter((s) => s.minute >= options.soakMinutes / 2);
      lines.push(
        `  soak ${options.soakMinutes} min (100 conversations, 2 s mean think time; ${round.latencies.length} turns, ${round.errors} errors), ` +
        `RSS every 10 s: first ${mbs[0].toFixed(0)} MB, max ${Math.max(...mbs).toFixed(0)} MB, last ${mbs[mbs.length - 1].toFixed(0)} MB; ` +
        `mean of first third ${mean(mbs.slice(0, third)).toFixed(0)} MB, last third ${mean(mbs.slice(-third)).toFixed(0)} MB`,
        `  soak trend (least squares): ${slope(samples).toFixed(2)} MB/min over the whole soak, ${slope(secondHalf).toFixed(2)} MB/min over the second half`,
        `  soak samples (MB): ${mbs.map((mb) => mb.toFixed(0)).join(' ')}`,
        `  soak, after a full GC every 2 min: heap used ${kept.map((k) => k.memory.heapUsedMb.toFixed(0)).join(' ')} MB; ` +
        `external ${kept.map((k) => k.memory.externalMb.toFixed(0)).join(' ')} MB; RSS ${kept.map((k) => k.memory.rssMb.toFixed(0)).join(' ')} MB; ` +
        `heap trend ${slope(kept.map((k) => ({ minute: k.minute, mb: k.memory.heapUsedMb }))).toFixed(2)} MB/min`,
      );
    }
  } finally {
    await app.stop();
    await sink.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return lines.join('\n');
}

/** Least-squares slope of RSS against time, MB per minute (0 with fewer than two samples). */
export function slope(samples: ReadonlyArray<{ minute: number; mb: number }>): number {
  if (samples.length < 2) return 0;
  const mx = samples.reduce((a, s) => a + s.minute, 0) / samples.length;
  const my = samples.reduce((a, s) => a + s.mb, 0) / samples.length;
  const sxy = samples.reduce((a, s) => a + (s.minute - mx) * (s.mb - my), 0);
  const sxx = samples.reduce((a, s) => a + (s.minute - mx) ** 2, 0);
  return sxx === 0 ? 0 : sxy / sxx;
}
