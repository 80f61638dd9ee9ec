// Turn cost from outside: the echo bot and Steunwijzer (PGlite, PostgreSQL) under the same load, interleaved A/B/A/B, with ratios to echo.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runLoad, type Round } from './load';
import { startReplySink } from './replySink';
import { type ChildServer, startEcho, startSteunwijzer } from './servers';
import { merge, ms, ratio, type Summary } from './stats';
import { botFrameworkTarget, directLineTarget, type Target } from './targets';
import { dropSchema, postgresReachable } from './postgres';

export interface TurnBenchOptions {
  closedLevels: number[];
  closedMs: number;
  openMs: number;
  rounds: number;
  databaseUrl: string;
  /** Extra node flags for the Steunwijzer processes (e.g. --cpu-prof). */
  nodeArgs?: string[];
  /** Also run PGlite in the main thread (PGLITE_WORKER=false), to compare with the worker thread (the default). */
  compareWorker?: boolean;
  /** Leave out PostgreSQL and the Direct Line targets (quick comparisons). */
  quick?: boolean;
}

interface Scenario {
  label: string;
  conversations: number;
  thinkMs: number;
  durationMs: number;
}

export async function benchTurns(options: TurnBenchOptions): Promise<string> {
  const tokenSecret = randomBytes(32).toString('hex');
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'steunwijzer-bench-'));
  const schema = `bench_${randomBytes(6).toString('hex')}`;
  const sink = await startReplySink();
  const servers: ChildServer[] = [];
  const withPostgres = !options.quick && (await postgresReachable(options.databaseUrl));
  try {
    const echo = await startEcho();
    servers.push(echo);
    const pglite = await startSteunwijzer('pglite', { dataDir, tokenSecret }, options.nodeArgs);
    servers.push(pglite);
    const worker = options.compareWorker
      ? await startSteunwijzer('pglite-main', { dataDir: `${dataDir}-main`, tokenSecret, extra: { PGLITE_WORKER: 'false' } }, options.nodeArgs)
      : undefined;
    if (worker) servers.push(worker);
    const postgres = withPostgres ? await startSteunwijzer('postgres', { databaseUrl: options.databaseUrl, schema, tokenSecret }, options.nodeArgs) : undefined;
    if (postgres) servers.push(postgres);

    const targets: Target[] = [
      botFrameworkTarget('echo bot', echo.url, sink.serviceUrl),
      botFrameworkTarget('Steunwijzer PGlite', pglite.url, sink.serviceUrl),
      ...(worker ? [botFrameworkTarget('Steunwijzer PGlite in the main thread', worker.url, sink.serviceUrl)] : []),
      ...(postgres ? [botFrameworkTarget('Steunwijzer PostgreSQL', postgres.url, sink.serviceUrl)] : []),
      ...(options.quick ? [] : [directLineTarget('Steunwijzer PGlite, Direct Line', pglite.url, tokenSecret)]),
      ...(postgres ? [directLineTarget('Steunwijzer PostgreSQL, Direct Line', postgres.url, tokenSecret)] : []),
    ];
    // Warm-up: the JIT, PGlite's caches and the connection pools.
    for (const target of targets) await runLoad(target, { conversations: 10, durationMs: 1500 });

    const scenarios: Scenario[] = [
      ...options.closedLevels.map((n) => ({ label: `closed loop, ${n} conversations`, conversations: n, thinkMs: 0, durationMs: Math.max(options.closedMs, n * 12) })),
      { label: 'open loop, 100 conversations, 2 s mean think time', conversations: 100, thinkMs: 2000, durationMs: options.openMs },
    ];
    const lines = [
      `| scenario | bot | turns/s | p50 ms | p95 ms | p99 ms | errors | p50 × echo | turns/s × echo |`,
      `|---|---|---|---|---|---|---|---|---|`,
    ];
    let headline = '';
    for (const scenario of scenarios) {
      // A/B/A/B: every bot gets a round, then every bot again, so drift on the shared machine hits all alike.
      const rounds = new Map<string, Round[]>(targets.map((t) => [t.name, []]));
      for (let r = 0; r < options.rounds; r += 1) {
        for (const target of targets) {
          process.stderr.write(`  ${scenario.label}: ${target.name}, round ${r + 1}\n`);
          rounds.get(target.name)?.push(await runLoad(target, { conversations: scenario.conversations, durationMs: scenario.durationMs, thinkMs: scenario.thinkMs }));
        }
      }
      const echoSummary = merge(rounds.get('echo bot') ?? []);
      for (const target of targets) {
        const s: Summary = merge(rounds.get(target.name) ?? []);
        const vs = target.name === 'echo bot' ? ['1.00', '1.00'] : [ratio(s.p50, echoSummary.p50), ratio(s.turnsPerSecond, echoSummary.turnsPerSecond)];
        lines.push(`| ${scenario.label} | ${target.name} | ${s.turnsPerSecond.toFixed(0)} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.p99)} | ${s.errors} | ${vs[0]} | ${vs[1]} |`);
        if (scenario.conversations === 10 && scenario.thinkMs === 0 && target.name === 'Steunwijzer PGlite') {
          headline = `ratio to echo (p50, 10 conversations): ${ratio(s.p50, echoSummary.p50)}`;
        }
      }
    }
    const rss = servers.map((s) => `${s.name} ${s.rssMb().toFixed(0)} MB`).join(', ');
    return [
      `whole turns, measured from outside (${options.rounds} interleaved rounds per bot and scenario; PostgreSQL ${withPostgres ? 'included' : options.quick ? 'and Direct Line left out (--quick)' : 'not reachable, left out'}):`,
      ...lines,
      headline,
      `memory after the load (RSS): ${rss}`,
    ].join('\n');
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await sink.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(`${dataDir}-main`, { recursive: true, force: true });
    if (withPostgres) await dropSchema(options.databaseUrl, schema);
  }
}
