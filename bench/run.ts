// `npm run bench`: understanding, catalogue search, queries per turn, whole turns, memory and start-up (about 8 minutes).
// Flags: --long (longer rounds, 10,000 idle conversations), --soak=MINUTES, --idle=1000,10000, --levels=1,10,100,500,
// --only=turns,memory,..., --quick (no PostgreSQL, no Direct Line), --compare-worker (PGlite also in the main thread),
// --cpu-prof (profiles of the Steunwijzer processes in bench-profiles/), --node-args='--flag …' (extra Node.js flags for them), --database-url=postgres://...
import { benchCatalogue } from './catalogue';
import { benchMemory } from './memory';
import { benchQueries } from './queries';
import { benchStartup } from './startup';
import { benchTurns } from './turns';
import { benchUnderstanding } from './understanding';

function flag(name: string): string | undefined {
  const arg = process.argv.find((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (!arg) return undefined;
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : 'true';
}

async function main(): Promise<void> {
  const long = flag('long') === 'true';
  const only = flag('only')?.split(',');
  const databaseUrl = flag('database-url') ?? 'postgres://postgres@127.0.0.1:5432/test';
  const soakMinutes = Number(flag('soak') ?? 0);
  const benches: Record<string, () => Promise<string>> = {
    understanding: () => benchUnderstanding(),
    catalogue: () => benchCatalogue(),
    queries: () => benchQueries(),
    turns: () => benchTurns({
      closedLevels: (flag('levels') ?? '1,10,100,500').split(',').map(Number),
      closedMs: long ? 10_000 : 3000,
      openMs: long ? 40_000 : 12_000,
      rounds: 2,
      databaseUrl,
      compareWorker: flag('compare-worker') === 'true',
      quick: flag('quick') === 'true',
      nodeArgs: [...(flag('cpu-prof') ? ['--cpu-prof', '--cpu-prof-dir=bench-profiles'] : []), ...(flag('node-args')?.split(' ').filter(Boolean) ?? [])],
    }),
    memory: () => benchMemory({ idle: (flag('idle') ?? (long ? '1000,10000' : '1000')).split(',').map(Number), soakMinutes }),
    startup: async () => `${await benchStartup(3, { PGLITE_WORKER: 'true' })}\n${await benchStartup(3, { PGLITE_WORKER: 'false' })}`,
  };
  process.stdout.write(`machine: ${machine()}\ndate: ${new Date().toISOString()}\n\n`);
  for (const [name, bench] of Object.entries(benches)) {
    if (only && !only.includes(name)) continue;
    process.stdout.write(`${await bench()}\n\n`);
  }
}

function machine(): string {
  const os = require('node:os') as typeof import('node:os');
  const cpus = os.cpus();
  return `${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB RAM, Node.js ${process.version}, ${os.platform()} ${os.release()}`;
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack ?? error.message}\n`);
  process.exit(1);
});
