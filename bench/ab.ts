// Same-minute A/B of two builds against the echo bot: `node dist/bench/ab.js --other=/path/to/other/dist`.
// Starts the echo bot, this build and the other build (PGlite, /api/messages, one reply sink), and drives them in
// interleaved rounds (echo, A, B, then echo, B, A, …) so drift on a shared machine hits all three alike. Per bot it gives
// the medians over rounds of p50, p99, turns/s and CPU per turn (whole process and main thread, from /proc).
// Flags: --other=DIST (required), --levels=10,100 (closed loop), --open (also 100 conversations, 2 s think time),
// --rounds=4, --ms=4000 (per round), --warm=10000 (ms of load per bot first: the JIT and PGlite's WebAssembly tier-up
// run on background threads for the first ~10 s and would be counted as turn CPU), --node-args='--flag …' (for both builds), --a-node-args / --b-node-args (for one;
// with --other pointing at this build's own dist, that compares Node.js flags). Both builds start with the production flags (PRODUCTION_NODE_ARGS); --b-plain starts B without them (a build from before they existed).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cpuTimeOf } from './cpu';
import { runLoad } from './load';
import { startReplySink } from './replySink';
import { type ChildServer, startEcho, startSteunwijzer } from './servers';
import { ms, summarise } from './stats';
import { botFrameworkTarget, type Target } from './targets';

function flag(name: string): string | undefined {
  const arg = process.argv.find((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (!arg) return undefined;
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : 'true';
}

interface Sample {
  p50: number;
  p99: number;
  turnsPerSecond: number;
  cpuMsPerTurn: number;
  mainMsPerTurn: number;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function main(): Promise<void> {
  const other = flag('other');
  if (!other) throw new Error('--other=/path/to/other/dist is required');
  const levels = (flag('levels') ?? '10').split(',').filter(Boolean).map(Number);
  const rounds = Number(flag('rounds') ?? 4);
  const durationMs = Number(flag('ms') ?? 4000);
  const args = (name: string) => flag(name)?.split(' ').filter(Boolean) ?? [];
  const nodeArgs = args('node-args');
  const tokenSecret = randomBytes(32).toString('hex');
  const dirs = [0, 1].map(() => mkdtempSync(path.join(os.tmpdir(), 'steunwijzer-ab-')));
  const sink = await startReplySink();
  const servers: ChildServer[] = [];
  try {
    servers.push(await startEcho());
    servers.push(await startSteunwijzer('A (this build)', { dataDir: dirs[0], tokenSecret }, [...nodeArgs, ...args('a-node-args')]));
    servers.push(await startSteunwijzer(`B (${other})`, { dataDir: dirs[1], tokenSecret, withoutProductionFlags: flag('b-plain') !== undefined }, [...nodeArgs, ...args('b-node-args')], path.resolve(other)));
    const bots = servers.map((server) => ({ server, target: botFrameworkTarget(server.name, server.url, sink.serviceUrl) as Target }));
    const warmMs = Number(flag('warm') ?? 10_000);
    for (const bot of bots) await runLoad(bot.target, { conversations: 10, durationMs: warmMs });

    const scenarios = [
      ...levels.map((n) => ({ label: `closed loop, ${n} conversations`, conversations: n, thinkMs: 0 })),
      ...(flag('open') ? [{ label: 'open loop, 100 conversations, 2 s think time', conversations: 100, thinkMs: 2000 }] : []),
    ];
    const lines = [`machine load average: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}, ${new Date().toISOString()}`];
    for (const scenario of scenarios) {
      const samples = new Map<string, Sample[]>(bots.map((b) => [b.server.name, []]));
      for (let r = 0; r < rounds; r += 1) {
        const order = r % 2 === 0 ? bots : [bots[0], bots[2], bots[1]];
        for (const { server, target } of order) {
          const before = cpuTimeOf(server.pid);
          const round = await runLoad(target, { conversations: scenario.conversations, durationMs: scenario.thinkMs ? 3 * durationMs : durationMs, thinkMs: scenario.thinkMs });
          const after = cpuTimeOf(server.pid);
          const s = summarise(round.latencies, round.completed, round.elapsedMs, round.errors);
          samples.get(server.name)?.push({
            p50: s.p50, p99: s.p99, turnsPerSecond: s.turnsPerSecond,
            cpuMsPerTurn: (after.processMs - before.processMs) / s.turns,
            mainMsPerTurn: (after.mainThreadMs - before.mainThreadMs) / s.turns,
          });
        }
      }
      lines.push('', `${scenario.label} (${rounds} rounds, medians)`, '| bot | p50 ms | p99 ms | turns/s | CPU ms/turn | main thread ms/turn | p50 × echo | turns/s × echo |', '|---|---|---|---|---|---|---|---|');
      const echo = samples.get(bots[0].server.name) ?? [];
      const echoP50 = median(echo.map((x) => x.p50));
      const echoRate = median(echo.map((x) => x.turnsPerSecond));
      for (const { server } of bots) {
        const list = samples.get(server.name) ?? [];
        const m = (pick: (x: Sample) => number) => median(list.map(pick));
        lines.push(`| ${server.name} | ${ms(m((x) => x.p50))} | ${ms(m((x) => x.p99))} | ${m((x) => x.turnsPerSecond).toFixed(0)} | ${m((x) => x.cpuMsPerTurn).toFixed(2)} | ${m((x) => x.mainMsPerTurn).toFixed(2)} | ${(m((x) => x.p50) / echoP50).toFixed(2)} | ${(m((x) => x.turnsPerSecond) / echoRate).toFixed(2)} |`);
      }
    }
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await sink.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack ?? error.message}\n`);
  process.exit(1);
});
