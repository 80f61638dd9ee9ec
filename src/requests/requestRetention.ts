// Retention of requests: a closed request (afgerond, doorverwezen, ingetrokken) is erased, not hidden, once its time is up;
// its notes go with it, and one audit line without personal data says that it was erased.
import type { Database } from '../storage/types';
import type { AuditLog } from './auditLog';
import { CLOSED_STATUSES } from './requestStatus';

export class RequestRetention {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditLog,
  ) {}

  /** Erases requests closed before the cutoff; open requests are never touched. Returns how many were erased. */
  async eraseClosedBefore(cutoff: Date): Promise<number> {
    return this.db.transaction(async (tx) => {
      const erased = await tx.query<{ reference: string; team_id: string; status: string }>(
        'DELETE FROM requests WHERE closed_at IS NOT NULL AND closed_at < $1 AND status = ANY($2::text[]) RETURNING reference, team_id, status',
        [cutoff.toISOString(), [...CLOSED_STATUSES]],
      );
      for (const row of erased) {
        await this.audit.write({ actor: 'retention', via: 'system', action: 'erased', reference: row.reference, teamId: row.team_id, detail: { status: row.status } }, tx);
      }
      return erased.length;
    });
  }
}
