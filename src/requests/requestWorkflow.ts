// Follow-up of a request: claim (one wins), status, reassign, notes, withdraw; each change commits with its audit line.
import type { Database, Session } from '../storage/types';
import type { AuditContext, AuditLog } from './auditLog';
import type { FieldCipher } from './fieldCipher';
import type { RequestRepository } from './requestRepository';
import { CLOSED_STATUSES, OPEN_FOR_STATUS, type StaffStatus } from './requestStatus';
import type { StoredRequest } from './storedRequest';

export type ClaimOutcome =
  | { ok: true; request: StoredRequest }
  | { ok: false; reason: 'claimed'; claimedBy: string }
  | { ok: false; reason: 'not_found' | 'not_open' };

export type ChangeOutcome = { ok: true; request: StoredRequest } | { ok: false; reason: 'not_found' | 'not_open' };

export interface Note {
  id: number;
  authorName: string;
  text: string;
  createdAt: string;
}

export class RequestWorkflow {
  constructor(
    private readonly db: Database,
    private readonly requests: RequestRepository,
    private readonly audit: AuditLog,
    private readonly cipher: FieldCipher,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** "Oppakken": an atomic update, so of two staff at once exactly one wins and the other learns who has it. */
  async claim(reference: string, by: AuditContext & { actorId: number }): Promise<ClaimOutcome> {
    return this.db.transaction(async (tx) => {
      const updated = await tx.query<{ id: number }>(
        `UPDATE requests SET status = 'claimed', claimed_by = $2, claimed_at = $3, updated_at = $3
         WHERE reference = $1 AND status = 'new' AND claimed_by IS NULL RETURNING id`,
        [reference, by.actorId, this.now()],
      );
      const request = await this.requests.byReference(reference, tx);
      if (!request) return { ok: false, reason: 'not_found' } as const;
      const won = updated.length === 1 || (request.claimedBy?.id === by.actorId && OPEN_FOR_STATUS.includes(request.status));
      await this.audit.write({ ...by, action: won ? 'claim' : 'claim_refused', reference, teamId: request.teamId, detail: { status: request.status } }, tx);
      if (won) return { ok: true, request } as const;
      if (request.claimedBy) return { ok: false, reason: 'claimed', claimedBy: request.claimedBy.name } as const;
      return { ok: false, reason: 'not_open' } as const;
    });
  }

  /** in contact, afgerond, or doorverwezen (with a reason); only after the request was claimed. */
  async setStatus(reference: string, status: StaffStatus, reason: string | undefined, by: AuditContext): Promise<ChangeOutcome> {
    return this.change(reference, by, async (tx, request) => {
      if (!OPEN_FOR_STATUS.includes(request.status)) return false;
      const closedAt = CLOSED_STATUSES.includes(status) ? this.now() : null;
      await tx.query(
        'UPDATE requests SET status = $2, referral_reason = $3, closed_at = $4, updated_at = $5 WHERE id = $1',
        [request.id, status, status === 'referred' ? reason ?? null : null, closedAt, this.now()],
      );
      await this.audit.write({ ...by, action: 'status', reference, teamId: request.teamId, detail: { from: request.status, to: status } }, tx);
      return true;
    });
  }

  /** Moves an open request to another team, where it starts again as new. */
  async reassign(reference: string, teamId: string, by: AuditContext): Promise<ChangeOutcome> {
    return this.change(reference, by, async (tx, request) => {
      if (CLOSED_STATUSES.includes(request.status)) return false;
      await tx.query(
        `UPDATE requests SET team_id = $2, status = 'new', claimed_by = NULL, claimed_at = NULL, updated_at = $3 WHERE id = $1`,
        [request.id, teamId, this.now()],
      );
      await this.audit.write({ ...by, action: 'reassign', reference, teamId, detail: { from: request.teamId, to: teamId } }, tx);
      return true;
    });
  }

  /** A note is encrypted like the request's personal fields: staff write about the family in it. */
  async addNote(reference: string, text: string, by: AuditContext): Promise<ChangeOutcome> {
    return this.change(reference, by, async (tx, request) => {
      await tx.query(
        'INSERT INTO request_notes (request_id, author_id, author_name, body, created_at) VALUES ($1, $2, $3, $4, $5)',
        [request.id, by.actorId ?? null, by.actor, this.cipher.encrypt(text), this.now()],
      );
      await this.audit.write({ ...by, action: 'note', reference, teamId: request.teamId }, tx);
      return true;
    });
  }

  async notes(requestId: number): Promise<Note[]> {
    const rows = await this.db.query<{ id: number | string; author_name: string; body: string; created_at: Date | string }>(
      'SELECT id, author_name, body, created_at FROM request_notes WHERE request_id = $1 ORDER BY created_at, id',
      [requestId],
    );
    return rows.map((r) => ({ id: Number(r.id), authorName: r.author_name, text: this.cipher.decrypt(r.body), createdAt: new Date(r.created_at).toISOString() }));
  }

  /** The family withdraws: only while nobody has picked it up. */
  async withdraw(reference: string, by: AuditContext): Promise<'withdrawn' | 'picked_up' | 'not_found'> {
    return this.db.transaction(async (tx) => {
      const request = await this.requests.byReference(reference, tx);
      if (!request) return 'not_found';
      if (request.status === 'withdrawn') return 'withdrawn';
      if (request.status !== 'new' || request.claimedBy) return 'picked_up';
      await tx.query(`UPDATE requests SET status = 'withdrawn', closed_at = $2, updated_at = $2 WHERE id = $1`, [request.id, this.now()]);
      await this.audit.write({ ...by, action: 'withdraw', reference, teamId: request.teamId }, tx);
      return 'withdrawn';
    });
  }

  private async change(reference: string, by: AuditContext, apply: (tx: Session, request: StoredRequest) => Promise<boolean>): Promise<ChangeOutcome> {
    return this.db.transaction(async (tx) => {
      const request = await this.requests.byReference(reference, tx);
      if (!request) return { ok: false, reason: 'not_found' } as const;
      if (!(await apply(tx, request))) return { ok: false, reason: 'not_open' } as const;
      return { ok: true, request: (await this.requests.byReference(reference, tx))! } as const;
    });
  }

  private now(): string {
    return this.clock().toISOString();
  }
}
