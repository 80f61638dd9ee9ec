// Composition root: read the configuration, build the app, listen, and shut down cleanly on a signal.
import { createApp } from './compose';
import { loadConfig } from './config';
import { logger } from './logger';

async function main(): Promise<void> {
  const config = loadConfig();
  logger.level = config.logLevel;
  const app = await createApp(config, { logger });
  const url = await app.listen();
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

main().catch((error: Error) => {
  process.stderr.write(`Steunwijzer could not start.\n${error.message}\n`);
  process.exit(1);
});
