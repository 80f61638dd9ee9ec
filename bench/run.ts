// `npm run bench`: speed of understanding a message, of a catalogue search and of whole turns over HTTP, measured on this machine.
import { benchCatalogue } from './catalogue';
import { benchTurns } from './turns';
import { benchUnderstanding } from './understanding';

async function main(): Promise<void> {
  for (const bench of [benchUnderstanding, benchCatalogue, () => benchTurns()]) {
    process.stdout.write(`${await bench()}\n`);
  }
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack ?? error.message}\n`);
  process.exit(1);
});
