// Keeps the embedded database small in memory: initdb runs in a short-lived child process, and PostgreSQL gets small buffers.
//
// Measured on a fresh DATA_DIR: PGlite's initdb leaves ~450 MB of WebAssembly memory behind in the process that ran it, and
// the default shared_buffers (128 MB) is allocated in PGlite's linear memory. A child that creates the folder and exits
// returns the first; small buffers the second. Our data (conversations, requests) is tiny, so 16 MB of buffers is plenty.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export const PGLITE_CONF = ['shared_buffers = 8MB', 'wal_buffers = 512kB', 'work_mem = 2MB', 'maintenance_work_mem = 8MB', 'max_connections = 3'];

/** Creates a new PGlite database in `dataDir` in a child process, when there is none yet. */
export async function initDataDirInChild(dataDir: string): Promise<void> {
  if (existsSync(path.join(dataDir, 'PG_VERSION'))) return;
  const pglite = require.resolve('@electric-sql/pglite');
  const script = `require(${JSON.stringify(pglite)}).PGlite.create({ dataDir: process.argv[1] }).then((db) => db.close()).catch((e) => { console.error(e.message); process.exit(1); });`;
  await new Promise<void>((resolve, reject) => {
    execFile(process.execPath, ['-e', script, dataDir], { timeout: 120_000 }, (error, _stdout, stderr) =>
      error ? reject(new Error(`could not create the embedded database in ${dataDir}: ${stderr || error.message}`)) : resolve(),
    );
  });
}
