// The staff API under /api/staff/ for service accounts (bearer tokens scoped to teams); described by staffOpenApi.ts.
import type { Request, Server } from 'restify';
import { HttpError } from '../errors';
import type { Logger } from '../logger';
import { toRequestView } from '../staff/requestView';
import type { Origin } from '../staff/staffRequests';
import { handle } from './handle';
import { bearerActor, clientAddress } from './staffAuth';
import { auditQuery, bodyObject, knownTeam, noteBody, parseWith, queueQuery, reassignBody, referenceParam, statusBody } from './staffInput';
import { staffOpenApi } from './staffOpenApi';
import type { StaffRouteDeps } from './staffRoutes';

const BASE = '/api/staff';

export function addStaffApiRoutes(server: Server, deps: StaffRouteDeps, logger: Logger): void {
  const staff = deps.services.requests;
  const teams = () => deps.catalogue().teams();
  const origin = (req: Request): Origin => ({ via: 'api', address: clientAddress(req, deps.trustProxy) });
  const actor = (req: Request) => bearerActor(req, deps.services.accounts);
  const route = (fn: Parameters<typeof handle>[1]) => handle(logger, async (req, res) => {
    res.header('Cache-Control', 'no-store');
    await fn(req, res);
  });

  server.get(`${BASE}/openapi.json`, route(async (_req, res) => {
    res.send(200, staffOpenApi());
  }));

  server.get(`${BASE}/requests`, route(async (req, res) => {
    const who = await actor(req);
    const q = parseWith(queueQuery, req.query);
    const list = await staff.queue(who, { teamId: q.team, status: q.status, topic: q.topic, ageBand: q.age, limit: q.limit }, origin(req));
    res.send(200, { requests: list.map((r) => toRequestView(r, teams())) });
  }));

  server.get(`${BASE}/requests/:reference`, route(async (req, res) => {
    const who = await actor(req);
    const { request, notes } = await staff.view(who, referenceParam(req.params.reference), origin(req));
    res.send(200, toRequestView(request, teams(), notes));
  }));

  server.post(`${BASE}/requests/:reference/claim`, route(async (req, res) => {
    const who = await actor(req);
    const result = await staff.claim(referenceParam(req.params.reference), who, origin(req));
    if (result.ok) return void res.send(200, { claimed: true });
    if (result.reason === 'claimed') return void res.send(409, { error: { code: 'claimed', message: `claimed by ${result.claimedBy}` }, claimedBy: result.claimedBy });
    const status = { forbidden: 403, not_found: 404, not_open: 409 }[result.reason];
    throw new HttpError(status, result.reason, result.reason === 'not_open' ? 'this request is no longer open' : result.reason);
  }));

  server.post(`${BASE}/requests/:reference/status`, route(async (req, res) => {
    const who = await actor(req);
    const reference = referenceParam(req.params.reference);
    const body = parseWith(statusBody, bodyObject(req.body), 'body_invalid');
    res.send(200, toRequestView(await staff.setStatus(who, reference, body.status, body.reason, origin(req)), teams()));
  }));

  server.post(`${BASE}/requests/:reference/notes`, route(async (req, res) => {
    const who = await actor(req);
    const reference = referenceParam(req.params.reference);
    const body = parseWith(noteBody, bodyObject(req.body), 'body_invalid');
    await staff.addNote(who, reference, body.text, origin(req));
    res.send(201, { added: true });
  }));

  server.post(`${BASE}/requests/:reference/reassign`, route(async (req, res) => {
    const who = await actor(req);
    const reference = referenceParam(req.params.reference);
    const body = parseWith(reassignBody, bodyObject(req.body), 'body_invalid');
    const team = knownTeam(body.team, teams().map((t) => t.id));
    res.send(200, toRequestView(await staff.reassign(who, reference, team, origin(req)), teams()));
  }));

  server.get(`${BASE}/requests/:reference/export`, route(async (req, res) => {
    const who = await actor(req);
    const result = await staff.exportRequest(who, referenceParam(req.params.reference), origin(req));
    res.send(200, { request: toRequestView(result.request, teams(), result.notes), audit: result.audit });
  }));

  server.get(`${BASE}/audit`, route(async (req, res) => {
    const who = await actor(req);
    const q = parseWith(auditQuery, req.query);
    const entries = await staff.auditLog(who, {
      reference: q.reference, action: q.action, actorId: q.actor, teamId: q.team, limit: q.limit,
      since: q.since ? new Date(q.since) : undefined, until: q.until ? new Date(new Date(q.until).getTime() + 86_400_000) : undefined,
    }, origin(req));
    res.send(200, { entries });
  }));
}
