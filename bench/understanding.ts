// Benchmark for the understanding module: mean and p99 milliseconds per message over the held-out set, many passes.
import path from 'node:path';
import { createUnderstander, defaultDataDir } from '../src/understanding';
import { loadLabelled } from '../src/understanding/labelled';

export async function benchUnderstanding(passes = 20): Promise<string> {
  const startedAt = process.hrtime.bigint();
  const understander = createUnderstander();
  const startupMs = Number(process.hrtime.bigint() - startedAt) / 1e6;
  const texts = loadLabelled(path.join(defaultDataDir(), 'eval', 'heldout.yml')).map((example) => example.text);
  const now = new Date('2025-03-04T10:00:00+01:00');
  // Warm-up: the server runs long, so measure steady state after the JIT has compiled the hot paths.
  for (let pass = 0; pass < 5; pass++) for (const text of texts) understander.understand(text, { now });
  const durations: number[] = [];
  for (let pass = 0; pass < passes; pass++) {
    for (const text of texts) {
      const start = process.hrtime.bigint();
      understander.understand(text, { now });
      durations.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  durations.sort((a, b) => a - b);
  const mean = durations.reduce((sum, value) => sum + value, 0) / durations.length;
  const p99 = durations[Math.min(durations.length - 1, Math.floor(durations.length * 0.99))];
  return `understanding: ${durations.length} messages, mean ${mean.toFixed(3)} ms, p99 ${p99.toFixed(3)} ms, max ${durations[durations.length - 1].toFixed(3)} ms per message; start-up ${startupMs.toFixed(0)} ms`;
}
