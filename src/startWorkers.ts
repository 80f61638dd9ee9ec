// The two worker threads of start-up, started before the rest of the app is even loaded: the understanding worker builds
// its understander and the database opens (in PGlite's worker, which first fills a new data folder from the template)
// while the main thread requires botbuilder and loads the content. Start-up waits for the slowest of the three
// instead of their sum.
import type { Config } from './config';
import type { Logger } from './logger';
import { openDatabase } from './storage/openDatabase';
import type { Database } from './storage/types';
import { WorkerUnderstander } from './understanding/worker/workerUnderstander';

export interface StartedWorkers {
  understandingWorker?: WorkerUnderstander;
  /** Opening the configured database; nothing is written to it until the app runs its migrations. */
  database: Promise<Database>;
  /** Called once when the understanding worker is given up (the app points it at its metrics). */
  onUnderstandingFallback: () => void;
  /** For a start-up that stops early: lets both go. */
  close(): Promise<void>;
}

export function startWorkers(config: Readonly<Config>, logger: Logger, database?: Database): StartedWorkers {
  const started: StartedWorkers = {
    onUnderstandingFallback: () => {},
    database: database
      ? Promise.resolve(database)
      : openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, schema: config.databaseSchema, pgliteWorker: config.pgliteWorker }),
    close: async () => {
      await started.understandingWorker?.close();
      if (!database) await started.database.then((opened) => opened.close(), () => undefined);
    },
  };
  started.database.catch(() => undefined);
  started.understandingWorker = config.understandingWorker
    ? WorkerUnderstander.spawn({
      onFallback: (reason) => {
        logger.error({ reason }, 'understanding worker given up; messages are understood in the main thread');
        started.onUnderstandingFallback();
      },
    })
    : undefined;
  started.understandingWorker?.ready.catch(() => undefined);
  return started;
}
