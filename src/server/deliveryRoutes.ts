// The coordinators' delivery API: failed and pending deliveries, and "Opnieuw proberen", behind the staff bearer token.
import type { Server } from 'restify';
import { z } from 'zod';
import type { DeliveryAdmin } from '../delivery/deliveryAdmin';
import { HttpError } from '../errors';
import type { Logger } from '../logger';
import type { StaffAccounts } from '../staff/accounts';
import { isCoordinator, seesAllTeams } from '../staff/actor';
import { bearerActor } from './staffAuth';
import { handle } from './handle';

const listQuery = z.strictObject({
  status: z.enum(['failed', 'pending']).default('failed'),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});
const idParam = z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

/** Failed deliveries are for coordinators (and the all-teams service account); others get 403. */
async function coordinator(req: Parameters<typeof bearerActor>[0], accounts: StaffAccounts): Promise<void> {
  const actor = await bearerActor(req, accounts);
  if (!isCoordinator(actor) && !seesAllTeams(actor)) throw new HttpError(403, 'forbidden', 'only coordinators see deliveries');
}

export function addDeliveryRoutes(server: Server, deps: { admin: DeliveryAdmin; accounts: StaffAccounts }, logger: Logger): void {
  server.get('/api/staff/deliveries', handle(logger, async (req, res) => {
    await coordinator(req, deps.accounts);
    const query = listQuery.safeParse(req.query ?? {});
    if (!query.success) throw new HttpError(400, 'query_invalid', query.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    res.header('Cache-Control', 'no-store');
    res.send(200, { deliveries: await deps.admin.list(query.data.status, query.data.limit) });
  }));

  server.post('/api/staff/deliveries/:id/retry', handle(logger, async (req, res) => {
    await coordinator(req, deps.accounts);
    const id = idParam.safeParse(req.params?.id);
    if (!id.success) throw new HttpError(400, 'id_invalid', 'id: must be a positive whole number');
    const result = await deps.admin.retry(id.data);
    if (result === 'not_found') throw new HttpError(404, 'delivery_not_found', `id: no delivery ${id.data}`);
    if (result === 'already_delivered') throw new HttpError(409, 'already_delivered', `id: delivery ${id.data} was already delivered`);
    if (result === 'in_flight') throw new HttpError(409, 'in_flight', `id: delivery ${id.data} is being delivered right now`);
    res.send(202, { id: id.data, status: 'pending' });
  }));
}
