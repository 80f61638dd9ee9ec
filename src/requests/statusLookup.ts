// What the family may learn about a filed request (status, with proof when it is not their own conversation's), and withdrawing one nobody picked up.
import { timingSafeEqual } from 'node:crypto';
import type { Database } from '../storage/types';
import type { RequestDraft, RequestProgress, RequestStatusView, RequestTracker, WithdrawResult } from './types';

interface Row {
  reference: string;
  team_id: string;
  status: string;
  data: RequestDraft | string;
  created_at: Date | string;
}

const PROGRESS: Record<string, RequestProgress> = {
  new: 'received', claimed: 'picked_up', in_progress: 'in_contact', in_contact: 'in_contact', closed: 'closed', referred: 'referred', withdrawn: 'withdrawn',
};

const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

export class StatusLookup implements RequestTracker {
  constructor(private readonly db: Database) {}

  async status(reference: string): Promise<RequestStatusView | undefined> {
    const row = await this.row(reference);
    return row && this.view(row);
  }

  async statusWithProof(reference: string, proof: string): Promise<RequestStatusView | undefined> {
    const row = await this.row(reference);
    if (!row) return undefined;
    const draft = typeof row.data === 'string' ? (JSON.parse(row.data) as RequestDraft) : row.data;
    const given = proof.trim().toLowerCase();
    const phoneMatches = /^\d{4}$/.test(given) && draft.phone !== undefined && same(draft.phone.slice(-4), given);
    const emailMatches = given.includes('@') && draft.email !== undefined && same(draft.email.toLowerCase(), given);
    return phoneMatches || emailMatches ? this.view(row) : undefined;
  }

  async withdraw(reference: string): Promise<WithdrawResult> {
    const rows = await this.db.query<{ reference: string }>(
      "UPDATE requests SET status = 'closed', updated_at = now() WHERE reference = $1 AND status = 'new' RETURNING reference",
      [reference],
    );
    if (rows.length) return 'withdrawn';
    return (await this.row(reference)) ? 'picked_up' : 'not_found';
  }

  private async row(reference: string): Promise<Row | undefined> {
    const rows = await this.db.query<Row>('SELECT reference, team_id, status, data, created_at FROM requests WHERE reference = $1', [reference]);
    return rows[0];
  }

  private view(row: Row): RequestStatusView {
    return { reference: row.reference, teamId: row.team_id, progress: PROGRESS[row.status] ?? 'received', createdAt: new Date(row.created_at).toISOString() };
  }
}
