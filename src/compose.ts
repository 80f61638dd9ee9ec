// Builds the application in order: content → database → state → services → bot → channels → server. Used by index.ts and the tests.
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import type { Server } from 'restify';
import { createBot } from './bot/createBot';
import { turnErrorHandler } from './bot/turnErrorHandler';
import type { Config } from './config';
import { loadContent } from './content';
import { ConversationStore } from './directline/conversationStore';
import { DirectLineAdapter } from './directline/directLineAdapter';
import { CHANNEL_ID, DirectLineService } from './directline/directLineService';
import { directLineTokenSecret } from './directline/tokenSecret';
import { DirectLineTokens } from './directline/tokens';
import { logger as defaultLogger, type Logger } from './logger';
import { projectRoot } from './projectRoot';
import { RequestRepository } from './requests/requestRepository';
import { scheduleRetention } from './retention';
import { createServer } from './server/app';
import { migrations, openDatabase, runMigrations, SqlStorage } from './storage';
import type { Database } from './storage/types';
import type { Language } from './understanding/types';
import { turnInfo } from '../dialogs/turn';

export interface AppOptions {
  clock?: () => Date;
  logger?: Logger;
  root?: string;
  /** Runs the hourly retention job; off in tests that inject a clock. */
  retention?: boolean;
  /** Reload the catalogue when its files change (default true). */
  watchCatalogue?: boolean;
  /** An already open database (tests); the app closes it on close(). */
  database?: Database;
}

export interface App {
  server: Server;
  db: Database;
  requests: RequestRepository;
  /** Starts listening; resolves with the base URL. */
  listen(): Promise<string>;
  close(): Promise<void>;
}

export async function createApp(config: Readonly<Config>, options: AppOptions = {}): Promise<App> {
  const root = options.root ?? projectRoot();
  const clock = options.clock ?? (() => new Date());
  const logger = options.logger ?? defaultLogger;

  // Content first: a bad file stops start-up before anything is opened.
  const content = loadContent(root, { watchCatalogue: options.watchCatalogue ?? true, logger });
  const { texts, catalogue } = content;

  const db = options.database ?? (await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, schema: config.databaseSchema, pgliteWorker: config.pgliteWorker }));
  await runMigrations(db, migrations);
  const storage = new SqlStorage(db, { now: clock });
  const requests = new RequestRepository(db, clock);
  const conversations = new ConversationStore(db, clock);
  const forgetTranscript = async (conversationId: string, channelId: string) => {
    if (channelId === CHANNEL_ID) await conversations.deleteActivities(conversationId);
  };
  const botSettings = { defaultLanguage: config.defaultLanguage, privacyDays: config.stateRetentionDays };
  const botLogic = createBot(content, storage, requests, botSettings, clock, forgetTranscript);
  const languageOf = (context: TurnContext): Language => {
    try {
      return turnInfo(context).language;
    } catch {
      return config.defaultLanguage;
    }
  };
  const onTurnError = turnErrorHandler(logger, texts, languageOf);

  const cloudAdapter = new CloudAdapter(
    new ConfigurationBotFrameworkAuthentication({
      MicrosoftAppId: config.microsoftApp.id ?? '',
      MicrosoftAppPassword: config.microsoftApp.password ?? '',
      MicrosoftAppType: config.microsoftApp.type,
      MicrosoftAppTenantId: config.microsoftApp.tenantId ?? '',
    }),
  );
  cloudAdapter.onTurnError = onTurnError;

  const directLineAdapter = new DirectLineAdapter(conversations);
  directLineAdapter.onTurnError = onTurnError;
  const tokens = new DirectLineTokens(await directLineTokenSecret(db, config.directLine.tokenSecret), config.directLine.tokenTtlSeconds, clock);
  const serviceUrl = config.publicUrl ?? `http://localhost:${config.port}`;
  const directLine = new DirectLineService(tokens, conversations, directLineAdapter, botLogic, serviceUrl);

  const server = createServer({
    root,
    maxBodyBytes: config.maxBodyBytes,
    logger,
    cloudAdapter,
    bot: botLogic,
    directLine,
    requests,
    catalogue,
    texts,
    defaultLanguage: config.defaultLanguage,
    staffApiToken: config.staffApiToken,
    healthy: async () => (await db.query('SELECT 1 AS ok')).length === 1,
  });

  const stopRetention =
    options.retention === false
      ? () => undefined
      : scheduleRetention({
          state: storage, conversations, requests, clock, logger,
          stateDays: config.stateRetentionDays, requestDays: config.requestRetentionDays,
        });

  return {
    server,
    db,
    requests,
    listen: () =>
      new Promise((resolve) => {
        server.listen(config.port, config.host, () => {
          const address = server.address();
          resolve(`http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${address.port}`);
        });
      }),
    close: async () => {
      stopRetention();
      content.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}
