// `npm run --silent understand`: one message per stdin line in, one JSON line per message out, nothing else on stdout.
import { createInterface } from 'node:readline';
import { createUnderstander } from './understander';

async function main(): Promise<void> {
  const understander = createUnderstander();
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    const { text, intent, topics, safety, safetySignals, safetyScore, entities, language } = understander.understand(line);
    process.stdout.write(`${JSON.stringify({ text, intent, topics, safety, safetySignals, safetyScore, entities, language })}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
