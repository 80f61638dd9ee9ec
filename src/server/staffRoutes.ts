// The staff service-account API: filed requests as JSON, behind a bearer token.
import type { Server } from 'restify';
import { z } from 'zod';
import type { CatalogueReader } from '../catalogue/types';
import type { RequestRepository } from '../requests/requestRepository';
import { REQUEST_STATUSES } from '../requests/requestStatus';
import { requireBearer } from '../staff/bearerToken';
import { toRequestView } from '../staff/requestView';
import { HttpError } from '../errors';
import type { Logger } from '../logger';
import { handle } from './handle';

const listQuery = z.strictObject({
  team: z.string().min(1).max(100).optional(),
  status: z.enum(REQUEST_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});

export function addStaffRoutes(
  server: Server,
  deps: { requests: RequestRepository; catalogue: () => CatalogueReader; staffApiToken?: string },
  logger: Logger,
): void {
  server.get('/api/staff/requests', handle(logger, async (req, res) => {
    requireBearer(req.header('authorization') || undefined, deps.staffApiToken);
    const query = listQuery.safeParse(req.query ?? {});
    if (!query.success) throw new HttpError(400, 'query_invalid', query.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    const requests = await deps.requests.list({ teamId: query.data.team, status: query.data.status, limit: query.data.limit });
    const teams = deps.catalogue().teams();
    res.header('Cache-Control', 'no-store');
    res.send(200, { requests: requests.map((r) => toRequestView(r, teams)) });
  }));
}
