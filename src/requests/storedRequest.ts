// A request as read back from the database: the draft decrypted, plus its follow-up (status, who claimed it).
import type { FieldCipher } from './fieldCipher';
import { joinDraft } from './personalFields';
import type { RequestStatus } from './requestStatus';
import type { FiledRequest, RequestDraft } from './types';

export interface StoredRequest extends FiledRequest {
  id: number;
  status: RequestStatus;
  urgent: boolean;
  draft: RequestDraft;
  claimedBy?: { id: number; name: string };
  claimedAt?: string;
  referralReason?: string;
  closedAt?: string;
}

export interface RequestRow {
  id: number | string;
  reference: string;
  team_id: string;
  status: RequestStatus;
  urgent: boolean;
  data: Record<string, unknown> | string;
  personal: string | null;
  created_at: Date | string;
  claimed_by: number | string | null;
  claimed_by_name: string | null;
  claimed_at: Date | string | null;
  referral_reason: string | null;
  closed_at: Date | string | null;
}

export const REQUEST_COLUMNS = `r.id, r.reference, r.team_id, r.status, r.urgent, r.data, r.personal, r.created_at,
  r.claimed_by, u.name AS claimed_by_name, r.claimed_at, r.referral_reason, r.closed_at`;
export const REQUEST_FROM = 'requests r LEFT JOIN staff_users u ON u.id = r.claimed_by';

const iso = (value: Date | string | null): string | undefined => (value === null ? undefined : new Date(value).toISOString());

export function toStored(row: RequestRow, cipher: FieldCipher): StoredRequest {
  const plain = typeof row.data === 'string' ? (JSON.parse(row.data) as Record<string, unknown>) : row.data;
  return {
    id: Number(row.id),
    reference: row.reference,
    teamId: row.team_id,
    status: row.status,
    urgent: row.urgent,
    draft: joinDraft(plain, row.personal, cipher),
    createdAt: new Date(row.created_at).toISOString(),
    claimedBy: row.claimed_by === null ? undefined : { id: Number(row.claimed_by), name: row.claimed_by_name ?? '' },
    claimedAt: iso(row.claimed_at),
    referralReason: row.referral_reason ?? undefined,
    closedAt: iso(row.closed_at),
  };
}
