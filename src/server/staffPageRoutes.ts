// The staff pages: queue with filters, search by reference, one request, and its actions (claim, status, note, reassign, export).
import type { Server } from 'restify';
import { HttpError } from '../errors';
import type { Logger } from '../logger';
import { checkReference, normaliseReference } from '../requests/referenceNumber';
import { canSeeTeam } from '../staff/actor';
import { queuePage } from '../staff/pages/queuePage';
import { requestPage } from '../staff/pages/requestPage';
import { toRequestView } from '../staff/requestView';
import { knownTeam, noteBody, parseWith, queueQuery, reassignBody, referenceParam, statusBody } from './staffInput';
import { page, redirect, sendHtml } from './staffPageSupport';
import type { StaffRouteDeps } from './staffRoutes';

const blankToUndefined = (query: unknown): Record<string, string> =>
  Object.fromEntries(Object.entries((query ?? {}) as Record<string, string>).filter(([, v]) => typeof v === 'string' && v.trim() !== ''));

export function addStaffPageRoutes(server: Server, deps: StaffRouteDeps, logger: Logger): void {
  const staff = deps.services.requests;
  const teams = () => deps.catalogue().teams();
  const requestUrl = (reference: string, done?: string) => `/staff/requests/${reference}${done ? `?done=${done}` : ''}`;

  server.get('/staff', page(deps, logger, async (req, res, p) => {
    const q = parseWith(queueQuery, blankToUndefined(req.query));
    const requests = await staff.queue(p.session.actor, { teamId: q.team, status: q.status, topic: q.topic, ageBand: q.age }, p.origin);
    sendHtml(res, 200, queuePage(p.ctx, { requests, teams: teams(), filter: q, now: deps.clock() }));
  }));

  server.get('/staff/search', page(deps, logger, async (req, res, p) => {
    const typed = String((req.query as Record<string, unknown> | undefined)?.reference ?? '').slice(0, 40);
    const reference = normaliseReference(typed);
    const check = checkReference(reference);
    const found = check === 'format' ? undefined : await deps.requests.byReference(reference);
    if (found) {
      if (!canSeeTeam(p.session.actor, found.teamId)) await staff.view(p.session.actor, reference, p.origin); // throws 403, audited
      return redirect(res, requestUrl(reference));
    }
    const message = p.ctx.t(check === 'format' ? 'staff:search.format' : check === 'check' ? 'staff:search.check' : 'staff:search.notFound');
    const requests = await staff.queue(p.session.actor, {}, p.origin);
    sendHtml(res, check === 'format' ? 400 : 404, queuePage(p.ctx, { requests, teams: teams(), filter: {}, now: deps.clock(), search: { value: typed, message } }));
  }));

  server.get('/staff/requests/:reference', page(deps, logger, async (req, res, p) => {
    const { request, notes } = await staff.view(p.session.actor, referenceParam(req.params.reference), p.origin);
    const done = String((req.query as Record<string, unknown> | undefined)?.done ?? '');
    const message = done === 'takenBy' ? { text: p.ctx.t('staff:flash.takenBy', { name: request.claimedBy?.name ?? '' }), warn: true }
      : ['claimed', 'status', 'note', 'reassigned'].includes(done) ? { text: p.ctx.t(`staff:flash.${done}`) }
        : ['notOpen', 'claimFirst'].includes(done) ? { text: p.ctx.t(`staff:flash.${done}`), warn: true } : undefined;
    sendHtml(res, 200, requestPage(p.ctx, { request, notes, teams: teams(), message }));
  }));

  server.post('/staff/requests/:reference/claim', page(deps, logger, async (req, res, p) => {
    const reference = referenceParam(req.params.reference);
    const result = await staff.claim(reference, p.session.actor, p.origin);
    if (result.ok) return redirect(res, requestUrl(reference, 'claimed'));
    if (result.reason === 'claimed') return redirect(res, requestUrl(reference, 'takenBy'));
    if (result.reason === 'not_open') return redirect(res, requestUrl(reference, 'notOpen'));
    throw new HttpError(result.reason === 'forbidden' ? 403 : 404, result.reason, result.reason);
  }));

  server.post('/staff/requests/:reference/status', page(deps, logger, async (req, res, p) => {
    const reference = referenceParam(req.params.reference);
    const form = { ...p.form, reason: typeof p.form.reason === 'string' && p.form.reason.trim() ? p.form.reason : undefined };
    const body = parseWith(statusBody, form, 'body_invalid');
    try {
      await staff.setStatus(p.session.actor, reference, body.status, body.reason, p.origin);
    } catch (error) {
      if (error instanceof HttpError && error.status === 409) return redirect(res, requestUrl(reference, 'claimFirst'));
      throw error;
    }
    redirect(res, requestUrl(reference, 'status'));
  }));

  server.post('/staff/requests/:reference/notes', page(deps, logger, async (req, res, p) => {
    const reference = referenceParam(req.params.reference);
    const body = parseWith(noteBody, p.form, 'body_invalid');
    await staff.addNote(p.session.actor, reference, body.text, p.origin);
    redirect(res, requestUrl(reference, 'note'));
  }));

  server.post('/staff/requests/:reference/reassign', page(deps, logger, async (req, res, p) => {
    const reference = referenceParam(req.params.reference);
    const body = parseWith(reassignBody, p.form, 'body_invalid');
    await staff.reassign(p.session.actor, reference, knownTeam(body.team, teams().map((t) => t.id)), p.origin);
    // The coordinator sees every team, so the request stays visible after the move.
    redirect(res, requestUrl(reference, 'reassigned'));
  }));

  server.get('/staff/requests/:reference/export', page(deps, logger, async (req, res, p) => {
    const reference = referenceParam(req.params.reference);
    const result = await staff.exportRequest(p.session.actor, reference, p.origin);
    res.writeHead(200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${reference}.json"`,
      'Cache-Control': 'no-store',
    });
    res.end(JSON.stringify({ exportedAt: deps.clock().toISOString(), request: toRequestView(result.request, teams(), result.notes), audit: result.audit }, null, 2));
  }));
}
