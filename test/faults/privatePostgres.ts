// A private PostgreSQL server for one test (initdb in a temp folder, its own port), to stop and start at will.
// Never the shared server on 5432: other engineers' tests use that one.
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './appProcess';

export interface PrivatePostgres {
  url: string;
  start(): Promise<void>;
  /** `pg_ctl stop -m fast`: clients are disconnected at once. */
  stop(): Promise<void>;
  remove(): Promise<void>;
}

/** The newest installed PostgreSQL's bin folder, or undefined when there is none. */
export function postgresBin(): string | undefined {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base).filter((v) => existsSync(path.join(base, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(base, versions[0], 'bin') : undefined;
}

const asPostgres = (command: string, args: string[]): [string, string[]] =>
  process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];

export async function createPrivatePostgres(bin: string): Promise<PrivatePostgres> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'steunwijzer-pg-'));
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    chownSync(dir, uid, gid);
  }
  const data = path.join(dir, 'data');
  const [initdb, initArgs] = asPostgres(path.join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  execFileSync(initdb, initArgs, { stdio: 'ignore' });
  const port = await freePort();
  let running = false;
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;

  const ready = async (): Promise<void> => {
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      try {
        execFileSync(path.join(bin, 'pg_isready'), ['-h', '127.0.0.1', '-p', String(port), '-q']);
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    throw new Error('private PostgreSQL did not start');
  };

  const self: PrivatePostgres = {
    url,
    async start() {
      const options = `-p ${port} -k ${dir} -h 127.0.0.1 -c fsync=off`;
      const [ctl, args] = asPostgres(path.join(bin, 'pg_ctl'), ['-D', data, '-l', path.join(dir, 'log'), '-o', options, '-w', 'start']);
      execFileSync(ctl, args, { stdio: 'ignore' });
      running = true;
      await ready();
    },
    async stop() {
      if (!running) return;
      running = false;
      const [ctl, args] = asPostgres(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']);
      execFileSync(ctl, args, { stdio: 'ignore' });
    },
    async remove() {
      await self.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return self;
}
