// The staff view of requests with the access rule applied: own teams only (coordinators all), every look and change audited.
import { HttpError } from '../errors';
import type { AuditFilter, AuditLog, AuditRecord } from '../requests/auditLog';
import type { RequestFilter, RequestRepository } from '../requests/requestRepository';
import type { StaffStatus } from '../requests/requestStatus';
import type { Note, RequestWorkflow } from '../requests/requestWorkflow';
import type { StoredRequest } from '../requests/storedRequest';
import { canSeeTeam, isCoordinator, type StaffActor, visibleTeams } from './actor';

/** Where a staff action comes from: the pages, the API, or the Teams card. */
export interface Origin {
  via: 'page' | 'api' | 'teams';
  address?: string;
}

export type ClaimResult =
  | { ok: true }
  | { ok: false; reason: 'claimed'; claimedBy: string }
  | { ok: false; reason: 'forbidden' | 'not_found' | 'not_open' };

export interface RequestDetail {
  request: StoredRequest;
  notes: Note[];
}

const by = (actor: StaffActor, origin: Origin) => ({ actorId: actor.id, actor: actor.name, ...origin });

export class StaffRequests {
  constructor(
    private readonly requests: RequestRepository,
    private readonly workflow: RequestWorkflow,
    private readonly audit: AuditLog,
  ) {}

  async queue(actor: StaffActor, filter: Omit<RequestFilter, 'teamIds'>, origin: Origin): Promise<StoredRequest[]> {
    if (filter.teamId && !canSeeTeam(actor, filter.teamId)) {
      await this.audit.write({ ...by(actor, origin), action: 'denied', teamId: filter.teamId, detail: { what: 'queue' } });
      throw new HttpError(403, 'forbidden', `team ${filter.teamId} is not one of your teams`);
    }
    const list = await this.requests.list({ ...filter, teamIds: visibleTeams(actor) });
    await this.audit.write({ ...by(actor, origin), action: 'queue', teamId: filter.teamId, detail: { count: list.length, status: filter.status ?? null } });
    return list;
  }

  /** One request with its notes; looking is audited, and so is a look at another team's request (403). */
  async view(actor: StaffActor, reference: string, origin: Origin): Promise<RequestDetail> {
    const request = await this.allowed(actor, reference, origin, 'view');
    await this.audit.write({ ...by(actor, origin), action: 'view', reference, teamId: request.teamId });
    return { request, notes: await this.workflow.notes(request.id) };
  }

  /** "Oppakken" from any channel (page, API, Teams card); the same rule everywhere, audited whatever the outcome. */
  async claim(reference: string, actor: StaffActor, origin: Origin): Promise<ClaimResult> {
    const request = await this.requests.byReference(reference);
    if (!request) return { ok: false, reason: 'not_found' };
    if (!canSeeTeam(actor, request.teamId)) {
      await this.audit.write({ ...by(actor, origin), action: 'denied', reference, teamId: request.teamId, detail: { what: 'claim' } });
      return { ok: false, reason: 'forbidden' };
    }
    const outcome = await this.workflow.claim(reference, by(actor, origin));
    return outcome.ok ? { ok: true } : outcome.reason === 'claimed' ? { ok: false, reason: 'claimed', claimedBy: outcome.claimedBy } : { ok: false, reason: outcome.reason };
  }

  async setStatus(actor: StaffActor, reference: string, status: StaffStatus, reason: string | undefined, origin: Origin): Promise<StoredRequest> {
    await this.allowed(actor, reference, origin, 'status');
    return this.done(await this.workflow.setStatus(reference, status, reason, by(actor, origin)), 'claim the request first; a finished request keeps its status');
  }

  async addNote(actor: StaffActor, reference: string, text: string, origin: Origin): Promise<StoredRequest> {
    await this.allowed(actor, reference, origin, 'note');
    return this.done(await this.workflow.addNote(reference, text, by(actor, origin)), 'cannot add a note');
  }

  async reassign(actor: StaffActor, reference: string, teamId: string, origin: Origin): Promise<StoredRequest> {
    await this.coordinatorOnly(actor, origin, 'reassign', reference);
    await this.allowed(actor, reference, origin, 'reassign');
    return this.done(await this.workflow.reassign(reference, teamId, by(actor, origin)), 'a finished request cannot move to another team');
  }

  /** For an access request (inzageverzoek): the request, its notes and its whole audit trail. */
  async exportRequest(actor: StaffActor, reference: string, origin: Origin): Promise<RequestDetail & { audit: AuditRecord[] }> {
    await this.coordinatorOnly(actor, origin, 'export', reference);
    const request = await this.allowed(actor, reference, origin, 'export');
    await this.audit.write({ ...by(actor, origin), action: 'export', reference, teamId: request.teamId });
    return { request, notes: await this.workflow.notes(request.id), audit: await this.audit.list({ reference, limit: 10_000 }) };
  }

  async auditLog(actor: StaffActor, filter: AuditFilter, origin: Origin): Promise<AuditRecord[]> {
    await this.coordinatorOnly(actor, origin, 'audit');
    await this.audit.write({ ...by(actor, origin), action: 'audit_view', reference: filter.reference });
    return this.audit.list(filter);
  }

  private async allowed(actor: StaffActor, reference: string, origin: Origin, what: string): Promise<StoredRequest> {
    const request = await this.requests.byReference(reference);
    if (!request) throw new HttpError(404, 'not_found', `no request ${reference}`);
    if (!canSeeTeam(actor, request.teamId)) {
      await this.audit.write({ ...by(actor, origin), action: 'denied', reference, teamId: request.teamId, detail: { what } });
      throw new HttpError(403, 'forbidden', 'this request belongs to another team');
    }
    return request;
  }

  private async coordinatorOnly(actor: StaffActor, origin: Origin, what: string, reference?: string): Promise<void> {
    if (isCoordinator(actor)) return;
    await this.audit.write({ ...by(actor, origin), action: 'denied', reference, detail: { what } });
    throw new HttpError(403, 'forbidden', 'only a coordinator may do this');
  }

  private done(outcome: { ok: true; request: StoredRequest } | { ok: false; reason: string }, conflict: string): StoredRequest {
    if (outcome.ok) return outcome.request;
    if (outcome.reason === 'not_found') throw new HttpError(404, 'not_found', 'no such request');
    throw new HttpError(409, 'not_open', conflict);
  }
}
