// Load generator: N conversations in a closed loop (next message as soon as the reply is in) or with a random think time.
import type { Target } from './targets';

/** A conversation as people have it: who, the worry, more, something else, another worry, start over. */
export const SCRIPT = ['ouder', 'mijn zoon van 9 heeft veel driftbuien', 'meer laten zien', 'iets anders', 'we hebben ruzie over de telefoon', 'opnieuw'];

export interface Round {
  latencies: number[];
  /** Turns that finished inside the window. */
  completed: number;
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

/** Runs the load for durationMs, then lets the turns in flight finish. Stops by itself. */
export async function runLoad(target: Target, options: LoadOptions): Promise<Round> {
  const latencies: number[] = [];
  let completedInWindow = 0;
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
          // Every turn started in the window counts for latency (at 500 conversations one turn can outlast a short
          // window); only those that finished inside it count for throughput.
          latencies.push(t1 - t0);
          if (t1 <= end) completedInWindow += 1;
        } catch {
          errors += 1;
        }
      }
    }
  };
  await Promise.all(Array.from({ length: options.conversations }, (_, i) => worker(i)));
  return { latencies, completed: completedInWindow, elapsedMs: options.durationMs, errors };
}
