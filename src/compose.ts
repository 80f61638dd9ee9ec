// Builds the application in order: content (while the workers start: startWorkers.ts) → database → state → services → bot →
// channels → server. Used by index.ts and the tests.
import { ShowTypingMiddleware, type TurnContext } from 'botbuilder';
import type { Server } from 'restify';
import { CachedConnectorsAuthentication } from './bot/cachedConnectors';
import { createBot } from './bot/createBot';
import { LeanCloudAdapter } from './bot/leanCloudAdapter';
import { withTeamsWelcome } from './bot/teamsWelcome';
import { turnErrorHandler } from './bot/turnErrorHandler';
import type { Config } from './config';
import { loadContent } from './content';
import { ConversationStore } from './directline/conversationStore';
import { DirectLineAdapter } from './directline/directLineAdapter';
import { CHANNEL_ID, DirectLineService } from './directline/directLineService';
import { DirectLineRateLimits } from './directline/rateLimits';
import { DirectLineStreams } from './directline/streams';
import { directLineTokenSecret } from './directline/tokenSecret';
import { DirectLineTokens } from './directline/tokens';
import { createAppDelivery } from './delivery/appDelivery';
import type { Delivery } from './delivery/createDelivery';
import type { ClaimForTeamsUser } from './delivery/teams/claimPort';
import { isStaffChannelActivity } from './delivery/teams/staffChannelBot';
import type { BackendFactory } from './delivery/types';
import type { WorkerOptions } from './delivery/worker';
import { logger as defaultLogger, type Logger } from './logger';
import { createMetrics, type Metrics } from './metrics';
import { measureDatabase } from './operations/measuredDatabase';
import { measureTurns } from './operations/measuredTurn';
import { connectRedis } from './operations/redis';
import { projectRoot } from './projectRoot';
import { reencryptAll } from './requests/keyRotation';
import { cipherFromSettings } from './requests/keySource';
import { RequestRepository } from './requests/requestRepository';
import { staffClaimForTeams } from './delivery/teams/staffClaim';
import { OidcSignIn } from './staff/oidc';
import { StaffNav } from './staff/pages/nav';
import { createStaffServices, registerStaffApiToken, type StaffServices } from './staff/staffServices';
import { scheduleRetention } from './retention';
import { createServer } from './server/app';
import { addDeliveryRoutes } from './server/deliveryRoutes';
import { addStaffDeliveryRoutes } from './server/staffDeliveryRoutes';
import { migrations, runMigrations, SqlStorage } from './storage';
import { startWorkers, type StartedWorkers } from './startWorkers';
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
  /** Workers started before this module was loaded (index.ts); otherwise createApp starts them. */
  workers?: StartedWorkers;
  metrics?: Metrics;
  /** Delivery in tests: extra or replaced backends, worker timing, and whether the worker runs (default true). */
  delivery?: { factories?: Record<string, BackendFactory>; worker?: Partial<WorkerOptions>; start?: boolean; claimForTeamsUser?: ClaimForTeamsUser };
}

export interface App {
  server: Server;
  db: Database;
  requests: RequestRepository;
  delivery: Delivery;
  metrics: Metrics;
  /** Staff accounts, the audit log, follow-up of requests and the family's status questions (RequestTracker). */
  staff: StaffServices;
  /** Starts listening; resolves with the base URL. */
  listen(): Promise<string>;
  close(): Promise<void>;
}

export async function createApp(config: Readonly<Config>, options: AppOptions = {}): Promise<App> {
  const root = options.root ?? projectRoot();
  const clock = options.clock ?? (() => new Date());
  const logger = options.logger ?? defaultLogger;

  // Content is checked before anything is written: migrations wait for it, and a bad file lets the workers go and stops
  // start-up. index.ts starts the workers before loading this module; tests get them started here.
  const workers = options.workers ?? startWorkers(config, logger, options.database);
  const { understandingWorker } = workers;
  let content: ReturnType<typeof loadContent> | undefined;
  try {
    content = loadContent(root, { watchCatalogue: options.watchCatalogue ?? true, logger, understander: understandingWorker });
    await understandingWorker?.ready;
  } catch (error) {
    content?.close();
    await workers.close();
    throw error;
  }
  const { texts, catalogue } = content;
  const { helplines } = content;

  const metrics = options.metrics ?? createMetrics({ defaultMetrics: true });
  metrics.understandingInWorker.set(understandingWorker?.inWorker ? 1 : 0);
  workers.onUnderstandingFallback = () => metrics.understandingInWorker.set(0);
  const rawDb = await workers.database;
  const db = measureDatabase(rawDb, metrics);
  await runMigrations(db, migrations);
  // Embedded PGlite is this process's own: a turn's state read is answered from what this process wrote last. A
  // PostgreSQL server may be shared by several instances, so there every read goes to the database.
  const storage = new SqlStorage(db, { now: clock, cache: rawDb.kind === 'pglite' });
  const cipher = cipherFromSettings({ ...config.encryption, dataDir: config.dataDir });
  // Rows from before encryption, or under a previous key, are (re-)encrypted with the current key.
  await reencryptAll(db, cipher);
  const requests = new RequestRepository(db, clock, undefined, cipher);
  const staffServices = createStaffServices(db, requests, cipher, clock, { sessionHours: config.staff.sessionHours });
  await registerStaffApiToken(staffServices.accounts, config.staffApiToken);
  const publicUrl = config.publicUrl ?? `http://localhost:${config.port}`;
  const conversations = new ConversationStore(db, clock);
  const forgetTranscript = async (conversationId: string, channelId: string) => {
    if (channelId === CHANNEL_ID) await conversations.deleteActivities(conversationId);
  };
  const botSettings = { defaultLanguage: config.defaultLanguage, privacyDays: config.stateRetentionDays };
  requests.onFiled(async (_tx, request) => void metrics.requestsFiled.inc({ urgent: String(request.urgent) }));
  // Every turn of every channel goes through this one wrapper: turns, latency and safety replies are counted here.
  const citizenBot = createBot(content, storage, { requests, tracker: staffServices.tracking, metrics }, botSettings, clock, forgetTranscript);
  const bot = withTeamsWelcome(citizenBot, { texts, helplines, defaultLanguage: config.defaultLanguage });
  const botLogic = measureTurns(bot, metrics);
  const languageOf = (context: TurnContext): Language => {
    try {
      return turnInfo(context).language;
    } catch {
      return config.defaultLanguage;
    }
  };
  // When state cannot be loaded the family's team is unknown too: the town-wide WIJ team's number reaches everyone.
  const phoneWhenDown = () => (catalogue().teams().find((t) => t.fallback) ?? catalogue().teams()[0])?.contact.phone;
  const onTurnError = turnErrorHandler(logger, texts, languageOf, phoneWhenDown);

  // Its Bot Connector and user token clients are made once per app id and service URL, not for every activity.
  const cloudAdapter = new LeanCloudAdapter(
    new CachedConnectorsAuthentication({
      MicrosoftAppId: config.microsoftApp.id ?? '',
      MicrosoftAppPassword: config.microsoftApp.password ?? '',
      MicrosoftAppType: config.microsoftApp.type,
      MicrosoftAppTenantId: config.microsoftApp.tenantId ?? '',
    }),
  );
  cloudAdapter.onTurnError = onTurnError;
  const { delivery, staffChannel } = createAppDelivery({
    db, config: config.delivery, publicUrl, requests, teams: () => catalogue().teams(), texts, clock, logger, metrics,
    factories: options.delivery?.factories, worker: options.delivery?.worker,
    msTeams: { adapter: cloudAdapter, appId: config.microsoftApp.id ?? '', claim: options.delivery?.claimForTeamsUser ?? staffClaimForTeams(db, staffServices.accounts, staffServices.requests) },
  });
  // Teams staff channels (install, "Oppakken") go to the staff channel bot; everything else to the citizens' bot.
  // A team install also gets the short staff note (the same wrapper that welcomes a personal install).
  const staffNote = withTeamsWelcome(async () => undefined, { texts, helplines, defaultLanguage: config.defaultLanguage });
  const routedBot = async (context: TurnContext) => {
    if (!isStaffChannelActivity(context.activity)) return botLogic(context);
    await staffChannel.run(context);
    await staffNote(context);
  };
  // Teams and other channels show "typing" when a turn takes longer than half a second.
  cloudAdapter.use(new ShowTypingMiddleware(500, 2000));

  const directLineAdapter = new DirectLineAdapter(conversations);
  directLineAdapter.onTurnError = onTurnError;
  const tokens = new DirectLineTokens(await directLineTokenSecret(db, config.directLine.tokenSecret), config.directLine.tokenTtlSeconds, clock);
  const serviceUrl = config.publicUrl ?? `http://localhost:${config.port}`;
  const directLine = new DirectLineService(tokens, conversations, directLineAdapter, botLogic, serviceUrl);
  const streams = new DirectLineStreams(tokens, conversations, logger);
  const redis = config.channels.redisUrl ? await connectRedis(config.channels.redisUrl, logger) : undefined;
  const limits = new DirectLineRateLimits({
    limits: config.channels.rateLimits, redis, keyPrefix: config.channels.redisKeyPrefix,
    onLimited: (route) => metrics.rateLimited.inc({ route }),
  });
  conversations.onAppended((conversationId) => streams.notify(conversationId));
  directLine.onTyping = (conversationId, typing) => streams.sendTransient(conversationId, typing);

  const staffHttp = {
    services: staffServices, trustProxy: config.staff.trustProxy, nav: new StaffNav(), sessionHours: config.staff.sessionHours, retentionDays: config.requestRetentionDays, clock,
    oidc: config.oidc && new OidcSignIn(config.oidc, staffServices.accounts, staffServices.audit, cipher, clock),
  };
  const server = createServer({
    root,
    maxBodyBytes: config.maxBodyBytes,
    logger,
    cloudAdapter,
    bot: routedBot,
    directLine,
    streams,
    limits,
    metrics,
    metricsToken: config.channels.metricsToken,
    publicUrl: config.publicUrl,
    trustProxy: config.channels.trustProxy,
    requests,
    catalogue,
    texts,
    defaultLanguage: config.defaultLanguage,
    staff: staffHttp,
    healthy: async () => (await db.query('SELECT 1 AS ok')).length === 1,
    webChat: { helplines, channels: config.channels },
  });

  // While shutting down, a request on a kept-alive connection is told to go elsewhere instead of starting a turn.
  let draining = false;
  let closing: Promise<void> | undefined;
  server.pre((_req, res, next) => {
    if (!draining) return next();
    res.header('Connection', 'close');
    res.header('Retry-After', '1');
    res.send(503, { error: { code: 'shutting_down', message: 'this instance is shutting down; try again' } });
    return next(false);
  });
  addDeliveryRoutes(server, { admin: delivery.admin, accounts: staffServices.accounts }, logger);
  addStaffDeliveryRoutes(server, { ...staffHttp, requests, catalogue, texts }, delivery.admin, logger);
  if (options.delivery?.start !== false) delivery.start();

  const stopRetention =
    options.retention === false
      ? () => undefined
      : scheduleRetention({
          state: storage, conversations, requests: staffServices.retention, clock, logger, housekeeping: staffServices.housekeeping,
          stateDays: config.stateRetentionDays, requestDays: config.requestRetentionDays,
        });

  return {
    server,
    db,
    requests,
    delivery,
    metrics,
    staff: staffServices,
    listen: () =>
      new Promise((resolve) => {
        server.listen(config.port, config.host, () => {
          const address = server.address();
          resolve(`http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${address.port}`);
        });
      }),
    // Graceful shutdown, the one place: stop accepting, let requests (turns) in flight finish, then close the database.
    close: () => (closing ??= (async () => {
      draining = true;
      stopRetention();
      content.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await delivery.stop();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      await streams.close();
      // Turns that take longer than the grace period are cut off; their state is not saved, so nothing half-done remains.
      const cutOff = setTimeout(() => server.server.closeAllConnections(), config.channels.shutdownTimeoutSeconds * 1000);
      cutOff.unref();
      // A kept-alive connection becomes idle once its turn is answered; close it then instead of waiting for its timeout.
      const idle = setInterval(() => server.server.closeIdleConnections(), 100);
      idle.unref();
      await closed;
      clearTimeout(cutOff);
      clearInterval(idle);
      await redis?.quit().catch(() => redis.disconnect());
      await understandingWorker?.close();
      await db.close();
    })()),
  };
}
