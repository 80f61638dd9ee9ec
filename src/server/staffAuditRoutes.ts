// The audit log page for coordinators, with filters (reference, action, from and until a date).
import type { Server } from 'restify';
import type { Logger } from '../logger';
import { normaliseReference } from '../requests/referenceNumber';
import { auditPage } from '../staff/pages/auditPage';
import { auditQuery, parseWith } from './staffInput';
import { page, sendHtml } from './staffPageSupport';
import type { StaffRouteDeps } from './staffRoutes';

const DAY_MS = 86_400_000;

export function addStaffAuditRoutes(server: Server, deps: StaffRouteDeps, logger: Logger): void {
  server.get('/staff/audit', page(deps, logger, async (req, res, p) => {
    const raw = Object.fromEntries(Object.entries((req.query ?? {}) as Record<string, string>).filter(([, v]) => typeof v === 'string' && v.trim() !== ''));
    const q = parseWith(auditQuery, raw);
    const reference = q.reference ? normaliseReference(q.reference) : undefined;
    const entries = await deps.services.requests.auditLog(p.session.actor, {
      reference, action: q.action, teamId: q.team, actorId: q.actor, limit: q.limit ?? 300,
      since: q.since ? new Date(q.since) : undefined, until: q.until ? new Date(new Date(q.until).getTime() + DAY_MS) : undefined,
    }, p.origin);
    sendHtml(res, 200, auditPage(p.ctx, entries, { reference, action: q.action, since: q.since, until: q.until }));
  }));
}
