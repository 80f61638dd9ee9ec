// Load generator: N conversations in a closed loop (next message as soon as the reply is in) or with a random think time.
import type { Target } from './targets';

/** A conversation as people have it: who, the worry, more, something else, another worry, start over. */
export const SCRIPT = ['ouder', 'mijn zoon van 9 heeft veel driftbuien', 'meer laten zien', 'iets anders', 'we hebben ruzie over de telefoon', 'opnieuw'];

export interface Round {
  latencies: number[];
  elapsedMs: number;
  errors: number;
}

export interface LoadOptions {
  conversations: number;
  durationMs: number;
  /** Mean think time between messages (exponential); 0 = closed loop. */
  thinkMs?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs the load for durationMs; only turns that finish inside the window count. Stops by itself. */
export async function runLoad(target: Target, options: LoadOptions): Promise<Round> {
  const latencies: number[] = [];
  let errors = 0;
  const start = performance.now();
  const end = start + options.durationMs;
  const worker = async (index: number): Promise<void> => {
    // Open-loop users start spread out instead of all at once.
    if (options.thinkMs) await sleep(Math.random() * options.thinkMs * 2);
    else await sleep(index % 50);
    while (performance.now() < end) {
      let conversation;
      try {
        conversation = await target.open();
      } catch {
        errors += 1;
        await sleep(50);
        continue;
      }
      for (const text of SCRIPT) {
        if (options.thinkMs) await sleep(-Math.log(1 - Math.random()) * options.thinkMs);
        if (performance.now() >= end) return;
        const t0 = performance.now();
        try {
          await conversation.say(text);
          const t1 = performance.now();
          if (t1 <= end) latencies.push(t1 - t0);
        } catch {
          errors += 1;
        }
      }
    }
  };
  await Promise.all(Array.from({ length: options.conversations }, (_, i) => worker(i)));
  return { latencies, elapsedMs: options.durationMs, errors };
}
