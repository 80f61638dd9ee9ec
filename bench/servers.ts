// Starts the servers under test as child processes (measured from outside) and reads their memory from /proc.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export interface ChildServer {
  name: string;
  url: string;
  pid: number;
  /** Milliseconds from spawn until /healthz answered 200. */
  startMs: number;
  /** Resident memory of the process, MB. */
  rssMb(): number;
  /** The inspector's WebSocket address, when the child was started with `--inspect=127.0.0.1:0`. */
  inspectorUrl(): string | undefined;
  stop(): Promise<void>;
}

const distRoot = path.join(__dirname, '..');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export function rssMbOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
}

async function waitHealthy(url: string, child: ChildProcess, stderr: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}: ${stderr()}`);
    try {
      const res = await fetch(`${url}/healthz`);
      await res.arrayBuffer();
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`server not healthy after ${timeoutMs} ms: ${stderr()}`);
}

/** Spawns `node <script> ...args` with the given environment and waits until it is healthy. */
export async function startChild(
  name: string, script: string, args: string[], env: Record<string, string>, nodeArgs: string[] = [], root = distRoot,
): Promise<ChildServer> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [...nodeArgs, path.join(root, script), ...args.map((a) => a.replace('{port}', String(port)))], {
    env: { PATH: process.env.PATH ?? '', ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  let inspector: string | undefined;
  child.stderr?.on('data', (chunk: Buffer) => {
    errors = (errors + chunk.toString()).slice(-4000);
    inspector ??= /Debugger listening on (ws:\/\/\S+)/.exec(errors)?.[1];
  });
  const url = `http://127.0.0.1:${port}`;
  await waitHealthy(url, child, () => errors, 120_000);
  const startMs = performance.now() - started;
  return {
    name, url, pid: child.pid ?? -1, startMs,
    rssMb: () => rssMbOf(child.pid ?? -1),
    inspectorUrl: () => inspector,
    stop: () => new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5000).unref();
    }),
  };
}

/** The echo bot (bench/echoBot.ts). */
export function startEcho(): Promise<ChildServer> {
  return startChild('echo', 'bench/echoBot.js', ['{port}'], {});
}

export interface AppEnv {
  dataDir?: string;
  databaseUrl?: string;
  schema?: string;
  tokenSecret: string;
  extra?: Record<string, string>;
  /** Start without PRODUCTION_NODE_ARGS (a build from before they existed, or to measure what they do). */
  withoutProductionFlags?: boolean;
}

const BENCH_RATE_LIMIT = '100000';
const BENCH_RATE_LIMITS = {
  RATE_LIMIT_TOKENS_PER_MINUTE: BENCH_RATE_LIMIT,
  RATE_LIMIT_CONVERSATIONS_PER_MINUTE: BENCH_RATE_LIMIT,
  RATE_LIMIT_ACTIVITIES_PER_MINUTE: BENCH_RATE_LIMIT,
  RATE_LIMIT_ADDRESS_ACTIVITIES_PER_MINUTE: BENCH_RATE_LIMIT,
};

/** The Node.js flags of `npm start` and the deployment's start command. */
export const PRODUCTION_NODE_ARGS = ['--single-threaded-gc'];

/** Steunwijzer as it is started in production: `node --single-threaded-gc dist/src/index.js` (of this build, or of the build in `root`); `nodeArgs` come on top. */
export function startSteunwijzer(name: string, env: AppEnv, nodeArgs: string[] = [], root = distRoot): Promise<ChildServer> {
  return startChild(name, 'src/index.js', [], {
    LOG_LEVEL: 'warn',
    DIRECTLINE_TOKEN_SECRET: env.tokenSecret,
    // Every simulated user comes from 127.0.0.1 and types far faster than a person: the limits still run, but never refuse.
    ...BENCH_RATE_LIMITS,
    ...(env.dataDir ? { DATA_DIR: env.dataDir } : {}),
    ...(env.databaseUrl ? { DATABASE_URL: env.databaseUrl } : {}),
    ...(env.schema ? { DATABASE_SCHEMA: env.schema } : {}),
    ...env.extra,
  }, [...(env.withoutProductionFlags ? [] : PRODUCTION_NODE_ARGS), ...nodeArgs], root);
}
