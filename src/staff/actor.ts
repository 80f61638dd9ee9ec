// Who is acting on the staff side: a person or a service account, with a role and teams; the one rule of who sees which team.
export const ROLES = ['medewerker', 'coordinator', 'beheerder'] as const;
export type Role = (typeof ROLES)[number];

/** In a teams list: every team (the STAFF_API_TOKEN service account). */
export const ALL_TEAMS = '*';

export interface StaffActor {
  id: number;
  kind: 'person' | 'service';
  email: string;
  name: string;
  role: Role;
  teams: string[];
  externalId?: string;
  disabled: boolean;
}

/** Coordinators see every team; everyone else only their own. */
export function seesAllTeams(actor: StaffActor): boolean {
  return actor.role === 'coordinator' || actor.teams.includes(ALL_TEAMS);
}

export function canSeeTeam(actor: StaffActor, teamId: string): boolean {
  return seesAllTeams(actor) || actor.teams.includes(teamId);
}

/** The teams a queue may show: undefined is all. */
export function visibleTeams(actor: StaffActor): string[] | undefined {
  return seesAllTeams(actor) ? undefined : actor.teams;
}

export const isCoordinator = (actor: StaffActor): boolean => actor.role === 'coordinator';
export const isAdmin = (actor: StaffActor): boolean => actor.role === 'beheerder';
