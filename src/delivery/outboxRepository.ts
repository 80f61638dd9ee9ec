// The outbox table: rows added in the filing transaction, claimed by workers with a lease, and their outcomes recorded.
import { randomUUID } from 'node:crypto';
import type { RequestStatus } from '../requests/requestRepository';
import type { RequestDraft } from '../requests/types';
import type { RequestRepository } from '../requests/requestRepository';
import type { Database, Session } from '../storage/types';
import type { DeliveryRequest, DeliveryStatus } from './types';

export interface ClaimedRow {
  outboxId: number;
  requestId: number;
  backend: string;
  attempt: number;
  windowStart: Date;
  /** Only the holder of this token may record the outcome. */
  claimToken: string;
}

export interface OutboxEntry {
  id: number;
  reference: string;
  teamId: string;
  backend: string;
  status: DeliveryStatus;
  urgent: boolean;
  attempts: number;
  nextAttemptAt: string;
  lastError?: string;
  createdAt: string;
  updatedAt: string;
  deliveredAt?: string;
}

interface RequestRow {
  id: number;
  reference: string;
  team_id: string;
  status: RequestStatus;
  urgent: boolean;
  data: RequestDraft | string;
  created_at: Date | string;
}

interface EntryRow {
  id: number; reference: string; team_id: string; backend: string; status: DeliveryStatus; urgent: boolean; attempts: number;
  next_attempt_at: Date; last_error: string | null; created_at: Date; updated_at: Date; delivered_at: Date | null;
}

const iso = (value: Date | string): string => new Date(value).toISOString();

export class OutboxRepository {
  /** `requests` reads requests with their personal fields; without it only the stored plain part is read (tests of the outbox alone). */
  constructor(private readonly db: Database, private readonly requests?: Pick<RequestRepository, 'byIds'>) {}

  /** Adds one due row per backend; runs inside the filing transaction. `dueAt` lets a backend start later (escalation). */
  async enqueue(tx: Session, requestId: number, rows: Array<{ backend: string; dueAt: Date }>, urgent: boolean, now: Date): Promise<void> {
    for (const row of rows) {
      await tx.query(
        `INSERT INTO delivery_outbox (request_id, backend, urgent, next_attempt_at, window_start, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $5, $5) ON CONFLICT (request_id, backend) DO NOTHING`,
        [requestId, row.backend, urgent, row.dueAt.toISOString(), now.toISOString()],
      );
    }
  }

  /**
   * Claims up to `limit` due rows, urgent first: each gets a lease until `leaseUntil` and one more attempt.
   * SKIP LOCKED lets several instances claim at once without ever taking the same row.
   */
  async claimDue(now: Date, leaseUntil: Date, limit: number): Promise<ClaimedRow[]> {
    const token = randomUUID();
    const rows = await this.db.query<{ id: number; request_id: number; backend: string; attempts: number; window_start: Date; claim_token: string }>(
      `UPDATE delivery_outbox o
          SET attempts = o.attempts + 1, next_attempt_at = $2, claim_token = $3 || ':' || o.id, updated_at = $1
         FROM (SELECT id FROM delivery_outbox
                WHERE status = 'pending' AND next_attempt_at <= $1
                ORDER BY urgent DESC, next_attempt_at, id
                LIMIT $4 FOR UPDATE SKIP LOCKED) due
        WHERE o.id = due.id
        RETURNING o.id, o.request_id, o.backend, o.attempts, o.window_start, o.claim_token, o.urgent, o.next_attempt_at`,
      [now.toISOString(), leaseUntil.toISOString(), token, limit],
    );
    return rows.map((r) => ({
      outboxId: Number(r.id), requestId: Number(r.request_id), backend: r.backend, attempt: r.attempts,
      windowStart: new Date(r.window_start), claimToken: r.claim_token,
    }));
  }

  async requestsById(ids: number[]): Promise<Map<number, DeliveryRequest>> {
    if (ids.length === 0) return new Map();
    if (this.requests) {
      // Through the repository, so the personal fields encrypted at rest are readable for the backends.
      const stored = await this.requests.byIds(ids);
      return new Map(stored.map((r) => [r.id, { id: r.id, reference: r.reference, teamId: r.teamId, status: r.status, urgent: r.urgent, draft: r.draft, createdAt: r.createdAt }]));
    }
    const rows = await this.db.query<RequestRow>(
      'SELECT id, reference, team_id, status, urgent, data, created_at FROM requests WHERE id = ANY($1::bigint[])',
      [ids],
    );
    return new Map(rows.map((row) => [Number(row.id), {
      id: Number(row.id), reference: row.reference, teamId: row.team_id, status: row.status, urgent: row.urgent,
      draft: typeof row.data === 'string' ? (JSON.parse(row.data) as RequestDraft) : row.data, createdAt: iso(row.created_at),
    }]));
  }

  /** Records the outcome of a claimed row; false when the claim was lost (lease expired and someone else took it). */
  async markDelivered(row: ClaimedRow, now: Date): Promise<boolean> {
    return this.finish(row, `status = 'delivered', delivered_at = $3, updated_at = $3, last_error = NULL`, [now.toISOString()]);
  }

  async markRetry(row: ClaimedRow, nextAttemptAt: Date, error: string, now: Date): Promise<boolean> {
    return this.finish(row, 'next_attempt_at = $4, last_error = $5, updated_at = $3', [now.toISOString(), nextAttemptAt.toISOString(), error]);
  }

  async markFailed(row: ClaimedRow, error: string, now: Date): Promise<boolean> {
    return this.finish(row, `status = 'failed', last_error = $4, updated_at = $3`, [now.toISOString(), error]);
  }

  /** Gives a claimed row back unattempted (graceful stop): due at once, the attempt not counted. */
  async putBack(row: ClaimedRow, now: Date): Promise<boolean> {
    return this.finish(row, 'next_attempt_at = $3, attempts = attempts - 1, updated_at = $3', [now.toISOString()]);
  }

  /** Failed or pending deliveries for coordinators, urgent and oldest first. */
  async list(status: 'failed' | 'pending', limit = 200): Promise<OutboxEntry[]> {
    const rows = await this.db.query<EntryRow>(
      `SELECT o.id, r.reference, r.team_id, o.backend, o.status, o.urgent, o.attempts, o.next_attempt_at, o.last_error,
              o.created_at, o.updated_at, o.delivered_at
         FROM delivery_outbox o JOIN requests r ON r.id = o.request_id
        WHERE o.status = $1 ORDER BY o.urgent DESC, o.created_at, o.id LIMIT $2`,
      [status, limit],
    );
    return rows.map(toEntry);
  }

  async byId(id: number): Promise<OutboxEntry | undefined> {
    const rows = await this.db.query<EntryRow>(
      `SELECT o.id, r.reference, r.team_id, o.backend, o.status, o.urgent, o.attempts, o.next_attempt_at, o.last_error,
              o.created_at, o.updated_at, o.delivered_at
         FROM delivery_outbox o JOIN requests r ON r.id = o.request_id WHERE o.id = $1`,
      [id],
    );
    return rows[0] ? toEntry(rows[0]) : undefined;
  }

  /** "Opnieuw proberen": a failed or waiting row is due now with a fresh set of attempts and a new retry window (not one in flight). */
  async retry(id: number, now: Date): Promise<boolean> {
    const rows = await this.db.query(
      `UPDATE delivery_outbox SET status = 'pending', attempts = 0, next_attempt_at = $2, window_start = $2, claim_token = NULL, updated_at = $2
        WHERE id = $1 AND status IN ('failed', 'pending') AND claim_token IS NULL RETURNING id`,
      [id, now.toISOString()],
    );
    return rows.length === 1;
  }

  /** Pending rows per backend (the outbox depth metric). */
  async depth(): Promise<Record<string, number>> {
    const rows = await this.db.query<{ backend: string; n: number }>(
      `SELECT backend, count(*) AS n FROM delivery_outbox WHERE status = 'pending' GROUP BY backend`,
    );
    return Object.fromEntries(rows.map((r) => [r.backend, Number(r.n)]));
  }

  private async finish(row: ClaimedRow, set: string, params: unknown[]): Promise<boolean> {
    const rows = await this.db.query(
      `UPDATE delivery_outbox SET ${set}, claim_token = NULL WHERE id = $1 AND claim_token = $2 AND status = 'pending' RETURNING id`,
      [row.outboxId, row.claimToken, ...params],
    );
    return rows.length === 1;
  }
}

function toEntry(r: EntryRow): OutboxEntry {
  return {
    id: Number(r.id), reference: r.reference, teamId: r.team_id, backend: r.backend, status: r.status, urgent: r.urgent,
    attempts: r.attempts, nextAttemptAt: iso(r.next_attempt_at), lastError: r.last_error ?? undefined,
    createdAt: iso(r.created_at), updatedAt: iso(r.updated_at), deliveredAt: r.delivered_at ? iso(r.delivered_at) : undefined,
  };
}
