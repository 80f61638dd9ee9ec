// The port through which the Teams "Oppakken" button claims a request; the staff module plugs in its own claim (same rule as the staff pages).

export interface TeamsUser {
  /** Teams `from.aadObjectId`: the staff account's externalId. */
  aadObjectId: string;
  name: string;
}

export type ClaimResult =
  | { ok: true; claimedBy: string }
  | { ok: false; reason: 'claimed'; claimedBy: string }
  | { ok: false; reason: 'forbidden' | 'not_found' };

/** Claims request `requestId` (database id) for the staff member who pressed the button; two clicks at once give one winner. */
export type ClaimForTeamsUser = (requestId: number, teamsUser: TeamsUser) => Promise<ClaimResult>;

/** Until staff accounts are plugged in, nobody can claim from Teams: the button answers "not allowed". */
export const refuseTeamsClaims: ClaimForTeamsUser = async () => ({ ok: false, reason: 'forbidden' });
