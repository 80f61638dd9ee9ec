// The restify server: body limits, one error format, and the routes; no business logic here.
import restify, { type Server } from 'restify';
import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { CatalogueReader } from '../catalogue/types';
import type { DirectLineService } from '../directline/directLineService';
import type { DirectLineRateLimits } from '../directline/rateLimits';
import type { DirectLineStreams } from '../directline/streams';
import type { Metrics } from '../metrics';
import type { Logger } from '../logger';
import type { RequestRepository } from '../requests/requestRepository';
import type { Texts } from '../texts/loadTexts';
import type { Language } from '../understanding/types';
import { addDirectLineRoutes } from './directLineRoutes';
import { errorBody, handle } from './handle';
import { addMessagesRoute } from './messagesRoute';
import { addMetricsRoute } from './metricsRoute';
import { addStaffRoutes, type StaffHttpDeps } from './staffRoutes';
import { addWebChatRoutes, type WebChatDeps } from './webChatRoutes';

export interface ServerDeps {
  root: string;
  maxBodyBytes: number;
  logger: Logger;
  cloudAdapter: CloudAdapter;
  bot: (context: TurnContext) => Promise<void>;
  directLine: DirectLineService;
  streams: DirectLineStreams;
  limits: DirectLineRateLimits;
  metrics: Metrics;
  metricsToken?: string;
  publicUrl?: string;
  trustProxy: boolean;
  requests: RequestRepository;
  catalogue: () => CatalogueReader;
  texts: Texts;
  defaultLanguage: Language;
  staff: StaffHttpDeps;
  healthy: () => Promise<boolean>;
  /** The chat page's help line, brand, quick exit and embed settings. */
  webChat: Pick<WebChatDeps, 'helplines' | 'channels'>;
}

export function createServer(deps: ServerDeps): Server {
  // restify's own info logs name client addresses on every throttled request; we keep only its warnings and errors.
  const restifyLog = deps.logger.child({ component: 'restify' }, { level: deps.logger.isLevelEnabled('warn') ? 'warn' : deps.logger.level });
  // restify 11 takes a pino logger; @types/restify still describes the bunyan logger of restify 8.
  const log = restifyLog as unknown as restify.ServerOptions['log'];
  const server = restify.createServer({ name: 'steunwijzer', handleUncaughtExceptions: false, log });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ maxBodySize: deps.maxBodyBytes, mapParams: false, mapFiles: false }));
  // restify's own errors (bad JSON → 400, too large → 413, unknown route → 404) get the same body as ours.
  server.on('restifyError', (_req: unknown, _res: unknown, err: Error & { body?: { code?: string }; toJSON?: () => unknown }, callback: () => void) => {
    const code = err.body?.code ?? err.name;
    err.toJSON = () => errorBody(code, err.message);
    return callback();
  });

  server.get('/healthz', handle(deps.logger, async (_req, res) => {
    const ok = await deps.healthy().catch(() => false);
    res.send(ok ? 200 : 503, { status: ok ? 'ok' : 'unavailable' });
  }));
  addMessagesRoute(server, deps.cloudAdapter, deps.bot, deps.logger);
  addMetricsRoute(server, { metrics: deps.metrics, token: deps.metricsToken }, deps.logger);
  addDirectLineRoutes(server, { directLine: deps.directLine, streams: deps.streams, limits: deps.limits, publicUrl: deps.publicUrl, trustProxy: deps.trustProxy }, deps.logger);
  deps.streams.attach(server.server);
  addStaffRoutes(server, { ...deps.staff, requests: deps.requests, catalogue: deps.catalogue, texts: deps.texts }, deps.logger);
  addWebChatRoutes(server, { root: deps.root, texts: deps.texts, defaultLanguage: deps.defaultLanguage, ...deps.webChat }, deps.logger);
  return server;
}
