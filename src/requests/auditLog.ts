// The audit log: every look at and change of a request (who, what, when, from where), without personal data of the family.
import type { Database, Queryable } from '../storage/types';

export type AuditChannel = 'page' | 'api' | 'teams' | 'family' | 'system' | 'cli';

/** Who did it and through what; the staff member's own name is fine, a family's details never are. */
export interface AuditContext {
  actorId?: number;
  actor: string;
  via: AuditChannel;
  address?: string;
}

export interface AuditEntry extends AuditContext {
  action: string;
  reference?: string;
  teamId?: string;
  /** Codes and ids only (status, team, count): never a note, a name or a phone number. */
  detail?: Record<string, string | number | boolean | null>;
}

export interface AuditRecord extends AuditEntry {
  id: number;
  at: string;
}

export interface AuditFilter {
  reference?: string;
  actorId?: number;
  action?: string;
  teamId?: string;
  since?: Date;
  until?: Date;
  limit?: number;
}

interface Row {
  id: number | string; at: Date | string; actor_id: number | string | null; actor: string; via: AuditChannel;
  address: string | null; action: string; reference: string | null; team_id: string | null; detail: Record<string, string | number | boolean | null> | string;
}

export class AuditLog {
  constructor(
    private readonly db: Database,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Pass the transaction of the change so the audit line commits with it. */
  async write(entry: AuditEntry, session: Queryable = this.db): Promise<void> {
    await session.query(
      `INSERT INTO audit_log (at, actor_id, actor, via, address, action, reference, team_id, detail)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb)`,
      [this.clock().toISOString(), entry.actorId ?? null, entry.actor, entry.via, entry.address ?? null, entry.action,
        entry.reference ?? null, entry.teamId ?? null, JSON.stringify(entry.detail ?? {})],
    );
  }

  /** Newest first. */
  async list(filter: AuditFilter = {}): Promise<AuditRecord[]> {
    const rows = await this.db.query<Row>(
      `SELECT id, at, actor_id, actor, via, address, action, reference, team_id, detail FROM audit_log
       WHERE ($1::text IS NULL OR reference = $1) AND ($2::bigint IS NULL OR actor_id = $2) AND ($3::text IS NULL OR action = $3)
         AND ($4::text IS NULL OR team_id = $4) AND ($5::timestamptz IS NULL OR at >= $5) AND ($6::timestamptz IS NULL OR at < $6)
       ORDER BY at DESC, id DESC LIMIT $7`,
      [filter.reference ?? null, filter.actorId ?? null, filter.action ?? null, filter.teamId ?? null,
        filter.since?.toISOString() ?? null, filter.until?.toISOString() ?? null, filter.limit ?? 200],
    );
    return rows.map((r) => ({
      id: Number(r.id),
      at: new Date(r.at).toISOString(),
      actorId: r.actor_id === null ? undefined : Number(r.actor_id),
      actor: r.actor,
      via: r.via,
      address: r.address ?? undefined,
      action: r.action,
      reference: r.reference ?? undefined,
      teamId: r.team_id ?? undefined,
      detail: typeof r.detail === 'string' ? JSON.parse(r.detail) : r.detail,
    }));
  }
}
