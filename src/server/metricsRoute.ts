// GET /metrics in Prometheus text format; behind a bearer token when METRICS_TOKEN is set.
import { timingSafeEqual } from 'node:crypto';
import type { Server } from 'restify';
import { HttpError } from '../errors';
import type { Logger } from '../logger';
import type { Metrics } from '../metrics';
import { handle } from './handle';

const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

export function addMetricsRoute(server: Server, deps: { metrics: Metrics; token?: string }, logger: Logger): void {
  server.get('/metrics', handle(logger, async (req, res) => {
    if (deps.token && !same(req.header('authorization') ?? '', `Bearer ${deps.token}`)) {
      throw new HttpError(401, 'metrics_token', 'Authorization: Bearer <METRICS_TOKEN> is required');
    }
    const body = await deps.metrics.registry.metrics();
    res.writeHead(200, { 'Content-Type': deps.metrics.registry.contentType, 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-store' });
    res.end(body);
  }));
}
