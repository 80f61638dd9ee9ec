// Builds the services behind the staff side and the family's status questions, over one database and one data key.
import { AuditLog } from '../requests/auditLog';
import { DbThrottle } from '../requests/dbThrottle';
import type { FieldCipher } from '../requests/fieldCipher';
import type { RequestRepository } from '../requests/requestRepository';
import { RequestRetention } from '../requests/requestRetention';
import { RequestTracking } from '../requests/requestTracking';
import { RequestWorkflow } from '../requests/requestWorkflow';
import type { Database } from '../storage/types';
import { StaffAccounts } from './accounts';
import { ALL_TEAMS } from './actor';
import { StaffSessions } from './sessions';
import { PasswordSignIn } from './signIn';
import { StaffRequests } from './staffRequests';

export interface StaffServices {
  audit: AuditLog;
  workflow: RequestWorkflow;
  throttle: DbThrottle;
  /** The RequestTracker the bot uses for "hoe staat het met mijn aanmelding" and "trek mijn aanmelding in". */
  tracking: RequestTracking;
  accounts: StaffAccounts;
  sessions: StaffSessions;
  signIn: PasswordSignIn;
  /** Erases closed requests after REQUEST_RETENTION_DAYS (run by the retention job). */
  retention: RequestRetention;
  /** Drops expired sessions and rate-limit counts older than a day. */
  housekeeping(): Promise<void>;
  /** Queue, claim (also for the Teams card), status, notes, reassign, export, audit log: with the team rule applied. */
  requests: StaffRequests;
}

export interface StaffSettings {
  sessionHours: number;
}

export function createStaffServices(db: Database, requests: RequestRepository, cipher: FieldCipher, clock: () => Date, settings: StaffSettings): StaffServices {
  const audit = new AuditLog(db, clock);
  const workflow = new RequestWorkflow(db, requests, audit, cipher, clock);
  const throttle = new DbThrottle(db, clock);
  const accounts = new StaffAccounts(db, clock);
  const sessions = new StaffSessions(db, accounts, settings.sessionHours, clock);
  return {
    audit,
    workflow,
    throttle,
    tracking: new RequestTracking(requests, workflow, audit, throttle, clock),
    accounts,
    sessions,
    signIn: new PasswordSignIn(accounts, throttle, audit),
    requests: new StaffRequests(requests, workflow, audit),
    retention: new RequestRetention(db, audit),
    housekeeping: async () => {
      await sessions.prune();
      await throttle.prune(new Date(clock().getTime() - 24 * 60 * 60 * 1000));
    },
  };
}

/** The STAFF_API_TOKEN is a service account for every team (read and follow up, not coordinate). */
export async function registerStaffApiToken(accounts: StaffAccounts, token: string | undefined): Promise<void> {
  if (token) await accounts.upsertService('STAFF_API_TOKEN', 'medewerker', [ALL_TEAMS], token);
  else await accounts.disable('service:STAFF_API_TOKEN');
}
