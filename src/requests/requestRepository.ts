// Stores filed requests once per idempotency key with a unique reference number (personal fields encrypted), and reads them back.
import { AppError } from '../errors';
import type { Database, Queryable, Session } from '../storage/types';
import { FieldCipher } from './fieldCipher';
import { splitDraft } from './personalFields';
import { newReference } from './referenceNumber';
import { requestDraftSchema } from './requestSchema';
import { AGE_BANDS, type AgeBand, type RequestStatus } from './requestStatus';
import { REQUEST_COLUMNS, REQUEST_FROM, type RequestRow, type StoredRequest, toStored } from './storedRequest';
import type { RequestDraft, RequestFiler } from './types';

export type { RequestStatus } from './requestStatus';
export type { StoredRequest } from './storedRequest';

/** Runs inside the filing transaction, after the request row is written (the delivery outbox adds its rows here). */
export type FilingHook = (tx: Session, request: StoredRequest & { id: number }) => Promise<void>;

export interface RequestFilter {
  /** Only these teams; undefined means every team. */
  teamIds?: readonly string[];
  teamId?: string;
  status?: RequestStatus;
  topic?: string;
  ageBand?: AgeBand;
  limit?: number;
}

export class RequestRepository implements RequestFiler {
  private readonly filingHooks: FilingHook[] = [];

  /** Without a cipher a random key is used that dies with the process: tests only; the app passes its key. */
  constructor(
    private readonly db: Database,
    private readonly clock: () => Date = () => new Date(),
    private readonly reference: () => string = () => newReference(),
    readonly cipher: FieldCipher = FieldCipher.ephemeral(),
  ) {}

  /** Adds work that must commit together with every newly filed request (never with a repeated filing). */
  onFiled(hook: FilingHook): void {
    this.filingHooks.push(hook);
  }

  async file(draft: RequestDraft, idempotencyKey: string): Promise<StoredRequest> {
    const parsed = requestDraftSchema.safeParse(draft);
    if (!parsed.success) {
      throw new AppError('request_invalid', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    }
    const now = this.clock().toISOString();
    const { personal, plain } = splitDraft(parsed.data);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const stored = await this.db.transaction(async (tx) => {
        const inserted = await tx.query<{ id: number }>(
          `INSERT INTO requests (reference, idempotency_key, team_id, urgent, data, personal, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $7) ON CONFLICT DO NOTHING RETURNING id`,
          [this.reference(), idempotencyKey, parsed.data.teamId, parsed.data.urgent, JSON.stringify(plain), this.cipher.encryptJson(personal), now],
        );
        if (inserted[0]) {
          const request = (await this.select(tx, 'r.id = $1', [inserted[0].id]))[0];
          for (const hook of this.filingHooks) await hook(tx, request);
          return request;
        }
        return (await this.select(tx, 'r.idempotency_key = $1', [idempotencyKey]))[0];
      });
      if (stored) return stored;
      // the reference number was taken: draw another
    }
    throw new AppError('reference_exhausted', 'could not draw a free reference number');
  }

  /** The queue order: urgent first, then oldest. */
  async list(filter: RequestFilter = {}): Promise<StoredRequest[]> {
    const band = filter.ageBand ? AGE_BANDS[filter.ageBand] : undefined;
    return this.select(
      this.db,
      `($1::text[] IS NULL OR r.team_id = ANY($1)) AND ($2::text IS NULL OR r.team_id = $2) AND ($3::text IS NULL OR r.status = $3)
       AND ($4::text IS NULL OR r.data->'topics' ? $4)
       AND ($5::int IS NULL OR (r.data->>'age')::int BETWEEN $5 AND $6)
       ORDER BY r.urgent DESC, r.created_at ASC, r.reference LIMIT $7`,
      [filter.teamIds ? [...filter.teamIds] : null, filter.teamId ?? null, filter.status ?? null, filter.topic ?? null,
        band?.[0] ?? null, band?.[1] ?? null, filter.limit ?? 100],
    );
  }

  /** Requests by database id, personal fields decrypted (the delivery backends build their messages from these). */
  async byIds(ids: readonly number[]): Promise<StoredRequest[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.query<RequestRow>(`SELECT ${REQUEST_COLUMNS} FROM ${REQUEST_FROM} WHERE r.id = ANY($1::bigint[])`, [ids]);
    return rows.map((row) => toStored(row, this.cipher));
  }

  async byReference(reference: string, session: Queryable = this.db): Promise<StoredRequest | undefined> {
    return (await this.select(session, 'r.reference = $1', [reference]))[0];
  }

  private async select(session: Queryable, where: string, params: unknown[]): Promise<StoredRequest[]> {
    const rows = await session.query<RequestRow>(`SELECT ${REQUEST_COLUMNS} FROM ${REQUEST_FROM} WHERE ${where}`, params);
    return rows.map((row) => toStored(row, this.cipher));
  }
}
