// The local Direct Line 3.0 endpoint under /v3/directline, enough for Web Chat and botframework-directlinejs (WebSocket and polling).
import type { Request, Server } from 'restify';
import { postedActivitySchema } from '../directline/activitySchema';
import type { DirectLineService } from '../directline/directLineService';
import { clientAddress, type DirectLineRateLimits, type LimitedRoute } from '../directline/rateLimits';
import type { DirectLineStreams } from '../directline/streams';
import { HttpError } from '../errors';
import type { Logger } from '../logger';
import { handle, parseBody } from './handle';

const BASE = '/v3/directline';

export interface DirectLineRouteDeps {
  directLine: DirectLineService;
  streams: DirectLineStreams;
  limits: DirectLineRateLimits;
  /** PUBLIC_URL when set; otherwise the stream address is built from the Host the client used. */
  publicUrl?: string;
  trustProxy: boolean;
}

export function addDirectLineRoutes(server: Server, deps: DirectLineRouteDeps, logger: Logger): void {
  const { directLine, streams } = deps;
  const auth = (req: { header(name: string): string | undefined }) => req.header('authorization') || undefined;
  const base = (req: Request) => {
    if (deps.publicUrl) return deps.publicUrl;
    const forwarded = deps.trustProxy ? req.header('x-forwarded-proto')?.split(',')[0].trim() : undefined;
    const proto = forwarded === 'https' || (req.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http';
    return `${proto}://${req.header('host') ?? 'localhost'}`;
  };
  // Counts the request against its address and, once known, its conversation (the id in the path or the token's).
  const limit = (route: LimitedRoute, req: Request, conversationId?: string) =>
    deps.limits.consume(route, { address: clientAddress(req, deps.trustProxy), conversationId });
  const withStream = <T extends { conversationId: string; token: string }>(req: Request, body: T, watermark?: string) => ({
    ...body,
    streamUrl: streams.url(base(req), body.conversationId, body.token, watermark),
  });

  // Anyone can open our chat page, so every public route is limited per address and per conversation.
  server.post(`${BASE}/tokens/generate`, handle(logger, async (req, res) => {
    await limit('token', req);
    res.send(200, directLine.generateToken());
  }));

  server.post(`${BASE}/tokens/refresh`, handle(logger, async (req, res) => {
    await limit('token', req, directLine.conversationOf(auth(req)));
    res.send(200, directLine.refreshToken(auth(req)));
  }));

  server.post(`${BASE}/conversations`, handle(logger, async (req, res) => {
    await limit('conversation', req, directLine.conversationOf(auth(req)));
    const { created, body } = await directLine.startConversation(auth(req));
    res.send(created ? 201 : 200, withStream(req, body));
  }));

  server.get(`${BASE}/conversations/:conversationId`, handle(logger, async (req, res) => {
    await limit('conversation', req, req.params.conversationId);
    const watermark = typeof req.query?.watermark === 'string' ? req.query.watermark : undefined;
    res.send(200, withStream(req, await directLine.reconnect(auth(req), req.params.conversationId), watermark));
  }));

  server.get(`${BASE}/conversations/:conversationId/activities`, handle(logger, async (req, res) => {
    const watermark = typeof req.query?.watermark === 'string' ? req.query.watermark : undefined;
    res.send(200, await directLine.activities(auth(req), req.params.conversationId, watermark));
  }));

  server.post(`${BASE}/conversations/:conversationId/activities`, handle(logger, async (req, res) => {
    await limit('activity', req, req.params.conversationId);
    const activity = parseBody(postedActivitySchema, req.body);
    res.send(200, await directLine.postActivity(auth(req), req.params.conversationId, activity));
  }));

  server.post(`${BASE}/conversations/:conversationId/upload`, handle(logger, async () => {
    throw new HttpError(400, 'upload_not_supported', 'file upload is not supported by this bot');
  }));
}
