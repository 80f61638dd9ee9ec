// The Teams "Oppakken" through the staff claim: the Teams user must be a known staff account of that team (the same rule as the staff pages, audited).
import type { Database } from '../../storage/types';
import type { StaffAccounts } from '../../staff/accounts';
import type { StaffRequests } from '../../staff/staffRequests';
import type { ClaimForTeamsUser } from './claimPort';

export function staffClaimForTeams(db: Database, accounts: StaffAccounts, requests: StaffRequests): ClaimForTeamsUser {
  return async (requestId, teamsUser) => {
    const actor = await accounts.findByExternalId(teamsUser.aadObjectId);
    if (!actor || actor.disabled) return { ok: false, reason: 'forbidden' };
    const rows = await db.query<{ reference: string }>('SELECT reference FROM requests WHERE id = $1', [requestId]);
    if (!rows[0]) return { ok: false, reason: 'not_found' };
    const outcome = await requests.claim(rows[0].reference, actor, { via: 'teams' });
    if (outcome.ok) return { ok: true, claimedBy: actor.name };
    if (outcome.reason === 'claimed') return { ok: false, reason: 'claimed', claimedBy: outcome.claimedBy };
    return { ok: false, reason: outcome.reason === 'not_open' ? 'not_found' : outcome.reason };
  };
}
