// Stores filed requests once per idempotency key with a unique reference number, and lists them for staff.
import { AppError } from '../errors';
import type { Database, Session } from '../storage/types';
import { newReference } from './referenceNumber';
import { requestDraftSchema } from './requestSchema';
import type { FiledRequest, RequestDraft, RequestFiler } from './types';

export type RequestStatus = 'new' | 'claimed' | 'in_progress' | 'closed';

export interface StoredRequest extends FiledRequest {
  status: RequestStatus;
  urgent: boolean;
  draft: RequestDraft;
}

interface Row {
  reference: string;
  team_id: string;
  status: RequestStatus;
  urgent: boolean;
  data: RequestDraft | string;
  created_at: Date | string;
}

const toStored = (row: Row): StoredRequest => ({
  reference: row.reference,
  teamId: row.team_id,
  status: row.status,
  urgent: row.urgent,
  draft: typeof row.data === 'string' ? (JSON.parse(row.data) as RequestDraft) : row.data,
  createdAt: new Date(row.created_at).toISOString(),
});

/** Runs inside the filing transaction, after the request row is written (the delivery outbox adds its rows here). */
export type FilingHook = (tx: Session, request: StoredRequest & { id: number }) => Promise<void>;

export class RequestRepository implements RequestFiler {
  private readonly filingHooks: FilingHook[] = [];

  constructor(
    private readonly db: Database,
    private readonly clock: () => Date = () => new Date(),
    private readonly reference: () => string = () => newReference(),
  ) {}

  /** Adds work that must commit together with every newly filed request (never with a repeated filing). */
  onFiled(hook: FilingHook): void {
    this.filingHooks.push(hook);
  }

  async file(draft: RequestDraft, idempotencyKey: string): Promise<FiledRequest> {
    const parsed = requestDraftSchema.safeParse(draft);
    if (!parsed.success) {
      throw new AppError('request_invalid', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    }
    const now = this.clock().toISOString();
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const row = await this.db.transaction(async (tx) => {
        const inserted = await tx.query<Row & { id: number }>(
          `INSERT INTO requests (reference, idempotency_key, team_id, urgent, data, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $6) ON CONFLICT DO NOTHING
           RETURNING id, reference, team_id, status, urgent, data, created_at`,
          [this.reference(), idempotencyKey, parsed.data.teamId, parsed.data.urgent, JSON.stringify(parsed.data), now],
        );
        if (inserted[0]) {
          for (const hook of this.filingHooks) await hook(tx, { ...toStored(inserted[0]), id: Number(inserted[0].id) });
          return inserted[0];
        }
        return this.byIdempotencyKey(idempotencyKey, tx);
      });
      if (row) return toStored(row);
      // the reference number was taken: draw another
    }
    throw new AppError('reference_exhausted', 'could not draw a free reference number');
  }

  async list(filter: { teamId?: string; status?: RequestStatus; limit?: number } = {}): Promise<StoredRequest[]> {
    const rows = await this.db.query<Row>(
      `SELECT reference, team_id, status, urgent, data, created_at FROM requests
       WHERE ($1::text IS NULL OR team_id = $1) AND ($2::text IS NULL OR status = $2)
       ORDER BY urgent DESC, created_at DESC, reference LIMIT $3`,
      [filter.teamId ?? null, filter.status ?? null, filter.limit ?? 100],
    );
    return rows.map(toStored);
  }

  /** Privacy: requests (with their personal details) older than the cutoff are deleted. */
  async deleteOlderThan(cutoff: Date): Promise<number> {
    const rows = await this.db.query('DELETE FROM requests WHERE created_at < $1 RETURNING reference', [cutoff.toISOString()]);
    return rows.length;
  }

  private async byIdempotencyKey(key: string, session: Session = this.db): Promise<Row | undefined> {
    const rows = await session.query<Row>(
      'SELECT reference, team_id, status, urgent, data, created_at FROM requests WHERE idempotency_key = $1',
      [key],
    );
    return rows[0];
  }
}
