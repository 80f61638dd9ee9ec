// A running app with staff of two teams (people and service tokens) and filed requests, for the staff HTTP and page tests.
import type { StaffActor } from '../../src/staff/actor';
import type { Database } from '../../src/storage/types';
import type { RequestDraft } from '../../src/requests/types';
import { type RunningApp, startApp } from '../helpers/server';
import { draft as baseDraft } from '../unit/requests/fixtures';

export const PASSWORD = 'correct horse battery';
export const TEAM_A = 'wij-zuid';
export const TEAM_B = 'wij-west';
export const draft: RequestDraft = { ...baseDraft, teamId: TEAM_A };

export interface StaffWorld {
  running: RunningApp;
  tokens: { medewerkerA: string; medewerkerB: string; coordinator: string };
  people: { anna: StaffActor; bram: StaffActor; cor: StaffActor };
  close(): Promise<void>;
}

export async function staffWorld(db: Database, env: Record<string, string> = {}, clock?: () => Date): Promise<StaffWorld> {
  const running = await startApp(db, env, clock);
  const { accounts } = running.app.staff;
  const people = {
    anna: await accounts.addPerson({ email: 'anna@wij.example', name: 'Anna', role: 'medewerker', teams: [TEAM_A], password: PASSWORD }),
    bram: await accounts.addPerson({ email: 'bram@wij.example', name: 'Bram', role: 'medewerker', teams: [TEAM_B], password: PASSWORD }),
    cor: await accounts.addPerson({ email: 'cor@wij.example', name: 'Cor', role: 'coordinator', teams: [TEAM_A], password: PASSWORD }),
  };
  const tokens = {
    medewerkerA: (await accounts.addService('system-a', 'medewerker', [TEAM_A])).token,
    medewerkerB: (await accounts.addService('system-b', 'medewerker', [TEAM_B])).token,
    coordinator: (await accounts.addService('coordination', 'coordinator', [TEAM_A])).token,
  };
  return { running, tokens, people, close: () => running.app.close() };
}
