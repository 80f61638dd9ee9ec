// A request draft and a wired set of request services over one test database.
import { AuditLog } from '../../../src/requests/auditLog';
import { DbThrottle } from '../../../src/requests/dbThrottle';
import { FieldCipher } from '../../../src/requests/fieldCipher';
import { RequestRepository } from '../../../src/requests/requestRepository';
import { RequestTracking } from '../../../src/requests/requestTracking';
import { RequestWorkflow } from '../../../src/requests/requestWorkflow';
import type { RequestDraft } from '../../../src/requests/types';
import type { Database } from '../../../src/storage/types';

export const draft: RequestDraft = {
  about: 'Mijn zoon wil niet naar school',
  topics: ['school'],
  age: 12,
  asker: 'parent',
  postcode: '9741 AB',
  teamId: 'wij-zernike',
  firstName: 'Sam',
  phone: '0612345678',
  email: 'sam@example.org',
  urgent: false,
  language: 'nl',
  channel: 'webchat',
};

export function requestServices(db: Database, clock: () => Date, cipher = FieldCipher.ephemeral()) {
  const requests = new RequestRepository(db, clock, undefined, cipher);
  const audit = new AuditLog(db, clock);
  const workflow = new RequestWorkflow(db, requests, audit, cipher, clock);
  const throttle = new DbThrottle(db, clock);
  const tracking = new RequestTracking(requests, workflow, audit, throttle, clock);
  return { requests, audit, workflow, throttle, tracking, cipher };
}

/** A staff user row, as the accounts service would write it. */
export async function insertStaff(db: Database, name: string, teams: string[] = ['wij-zernike'], role = 'medewerker'): Promise<number> {
  const rows = await db.query<{ id: number }>(
    `INSERT INTO staff_users (kind, email, name, role, teams, created_at) VALUES ('person', $1, $2, $3, $4, now()) RETURNING id`,
    [`${name.toLowerCase()}@wij.example`, name, role, teams],
  );
  return Number(rows[0].id);
}
