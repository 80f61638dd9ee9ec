// Composition root: read the configuration, build the app, listen, and shut down cleanly on a signal.
import v8 from 'node:v8';
import inspector from 'node:inspector';
import { loadConfig } from './config';
import { logger } from './logger';
import { startWorkers } from './startWorkers';

async function main(): Promise<void> {
  const config = loadConfig();
  logger.level = config.logLevel;
  // The embedded database is PostgreSQL compiled to WebAssembly. At start-up (initdb check, migrations) V8 would compile
  // many functions a second time with its optimising compiler: ~50 MB of code and compile memory for queries that run
  // once. The baseline compiler only during start-up; afterwards the functions that turns really use are optimised.
  const embedded = !config.databaseUrl;
  if (embedded) v8.setFlagsFromString('--liftoff-only');
  // The workers first, then the rest of the app (botbuilder alone takes a second to load): see startWorkers.ts.
  const workers = startWorkers(config, logger);
  const { createApp } = await import('./compose');
  const app = await createApp(config, { logger, workers });
  const url = await app.listen();
  if (embedded) v8.setFlagsFromString('--no-liftoff-only');
  await app.db.collectGarbage?.();
  await releaseStartupGarbage();
  logger.info({ url, database: app.db.kind }, 'Steunwijzer is running');
  process.stdout.write(`\nSteunwijzer is running. Open the chat page: ${url}/\n\n`);
  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down: no new requests, finishing turns in flight');
    // App.close() cuts off turns after SHUTDOWN_TIMEOUT_SECONDS; this is the last resort if closing itself hangs.
    setTimeout(() => process.exit(1), (config.channels.shutdownTimeoutSeconds + 5) * 1000).unref();
    app.close().then(() => {
      logger.info('shut down cleanly');
      process.exit(0);
    }, (error: Error) => {
      logger.error({ err: { name: error.name, message: error.message } }, 'shutdown failed');
      process.exit(1);
    });
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

/**
 * Loading content and the database leaves garbage and a young generation grown to its maximum for that burst (about
 * 30 MB that V8's memory reducer hands back only some 10–20 s later, if at all). The inspector's collectGarbage is V8's
 * low-memory collection: it also shrinks the young generation. An in-process session; no port is opened.
 */
async function releaseStartupGarbage(): Promise<void> {
  const session = new inspector.Session();
  session.connect();
  try {
    await new Promise<void>((resolve) => {
      session.post('HeapProfiler.collectGarbage', () => resolve());
    });
  } finally {
    session.disconnect();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`Steunwijzer could not start.\n${error.message}\n`);
  process.exit(1);
});
