// `npm run staff -- …`: staff accounts, service tokens and data-key rotation, on the configured database.
import path from 'node:path';
import { CatalogueStore } from '../catalogue';
import { loadConfig } from '../config';
import { cipherFromSettings } from '../requests/keySource';
import { migrations, openDatabase, runMigrations } from '../storage';
import { projectRoot } from '../projectRoot';
import { logger } from '../logger';
import { runStaffCli, USAGE } from './cliCommands';

async function readStdin(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  return text;
}

async function main(): Promise<void> {
  const config = loadConfig();
  logger.level = 'warn';
  const store = new CatalogueStore({ dir: path.join(projectRoot(), 'data', 'catalogue'), watch: false });
  const teamIds = store.current().teams().map((t) => t.id);
  store.close();
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, schema: config.databaseSchema });
  try {
    await runMigrations(db, migrations);
    const keys = config.encryption.key
      ? ({ kind: 'env', cipher: cipherFromSettings({ ...config.encryption, dataDir: config.dataDir }) } as const)
      : ({ kind: 'file', dataDir: config.dataDir } as const);
    await runStaffCli(process.argv.slice(2), { db, teamIds, readStdin, out: (line) => process.stdout.write(`${line}\n`), keys });
  } finally {
    await db.close();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`${error.message}\n${error.message === USAGE ? '' : `\n${USAGE}\n`}`);
  process.exit(1);
});
