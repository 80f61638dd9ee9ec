// A ClaimForTeamsUser over the real requests table for the tests (the staff module supplies the real one): one winner per request.
import type { ClaimForTeamsUser } from '../../src/delivery/teams/claimPort';
import type { Database } from '../../src/storage/types';

/** `staff` maps a Teams aadObjectId to the WIJ team that person works in; others may not claim. */
export async function claimOverDatabase(db: Database, staff: Record<string, string>): Promise<ClaimForTeamsUser> {
  await db.exec('CREATE TABLE IF NOT EXISTS test_claims (request_id bigint PRIMARY KEY, claimed_by text NOT NULL)');
  return async (requestId, user) => {
    const teamId = staff[user.aadObjectId];
    if (!teamId) return { ok: false, reason: 'forbidden' };
    return db.transaction(async (tx) => {
      const won = await tx.query(
        `UPDATE requests SET status = 'claimed', updated_at = now() WHERE id = $1 AND team_id = $2 AND status = 'new' RETURNING id`,
        [requestId, teamId],
      );
      if (won.length === 1) {
        await tx.query('INSERT INTO test_claims (request_id, claimed_by) VALUES ($1, $2)', [requestId, user.name]);
        return { ok: true, claimedBy: user.name } as const;
      }
      const [row] = await tx.query<{ team_id: string; claimed_by: string | null }>(
        'SELECT r.team_id, c.claimed_by FROM requests r LEFT JOIN test_claims c ON c.request_id = r.id WHERE r.id = $1', [requestId],
      );
      if (!row) return { ok: false, reason: 'not_found' } as const;
      if (row.team_id !== teamId) return { ok: false, reason: 'forbidden' } as const;
      return { ok: false, reason: 'claimed', claimedBy: row.claimed_by ?? '' } as const;
    });
  };
}
