// The coordinators' delivery page: failed and pending deliveries and "Opnieuw proberen" (a POST with the session's CSRF token).
import type { Server } from 'restify';
import { z } from 'zod';
import type { DeliveryAdmin } from '../delivery/deliveryAdmin';
import { HttpError } from '../errors';
import type { Logger } from '../logger';
import { isCoordinator } from '../staff/actor';
import { deliveriesPage } from '../staff/pages/deliveriesPage';
import { page, redirect, sendHtml } from './staffPageSupport';
import type { StaffRouteDeps } from './staffRoutes';

const statusQuery = z.object({ status: z.enum(['failed', 'pending']).default('failed'), retried: z.string().optional() });
const idParam = z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

export function addStaffDeliveryRoutes(server: Server, deps: StaffRouteDeps, admin: DeliveryAdmin, logger: Logger): void {
  deps.nav.add({ href: '/staff/deliveries', labelKey: 'staff:nav.deliveries', roles: ['coordinator'] });
  const t = deps.texts.t('nl');

  server.get('/staff/deliveries', page(deps, logger, async (req, res, p) => {
    if (!isCoordinator(p.session.actor)) throw new HttpError(403, 'forbidden', t('staff:deliveries.onlyCoordinators'));
    const query = statusQuery.safeParse(req.query ?? {});
    if (!query.success) throw new HttpError(400, 'query_invalid', 'status: failed or pending');
    const entries = await admin.list(query.data.status, 200);
    sendHtml(res, 200, deliveriesPage(p.ctx, query.data.status, entries, query.data.retried ? t('staff:deliveries.retried') : undefined));
  }));

  server.post('/staff/deliveries/:id/retry', page(deps, logger, async (req, res, p) => {
    if (!isCoordinator(p.session.actor)) throw new HttpError(403, 'forbidden', t('staff:deliveries.onlyCoordinators'));
    const id = idParam.safeParse(req.params?.id);
    if (!id.success) throw new HttpError(400, 'id_invalid', 'id: must be a positive whole number');
    const result = await admin.retry(id.data);
    if (result === 'not_found') throw new HttpError(404, 'delivery_not_found', t('staff:deliveries.notFound'));
    redirect(res, '/staff/deliveries?status=pending&retried=1');
  }));
}
