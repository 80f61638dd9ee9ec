// `npm run nlu:eval -- <file>`: scores the understander on a labelled YAML or JSONL file and prints the report.
import path from 'node:path';
import { evaluate } from './evaluate';
import { formatReport } from './evalReport';
import { loadLabelled } from './labelled';
import { createUnderstander } from './understander';
import { defaultDataDir } from './data';

function main(): void {
  const file = process.argv[2] ?? path.join(defaultDataDir(), 'eval', 'heldout.yml');
  const report = evaluate(createUnderstander(), loadLabelled(path.resolve(file)));
  process.stdout.write(`${formatReport(report)}\n`);
}

try {
  main();
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
