// Builds the services behind the staff side and the family's status questions, over one database and one data key.
import { AuditLog } from '../requests/auditLog';
import { DbThrottle } from '../requests/dbThrottle';
import type { FieldCipher } from '../requests/fieldCipher';
import type { RequestRepository } from '../requests/requestRepository';
import { RequestTracking } from '../requests/requestTracking';
import { RequestWorkflow } from '../requests/requestWorkflow';
import type { Database } from '../storage/types';

export interface StaffServices {
  audit: AuditLog;
  workflow: RequestWorkflow;
  throttle: DbThrottle;
  /** The RequestTracker the bot uses for "hoe staat het met mijn aanmelding" and "trek mijn aanmelding in". */
  tracking: RequestTracking;
}

export function createStaffServices(db: Database, requests: RequestRepository, cipher: FieldCipher, clock: () => Date): StaffServices {
  const audit = new AuditLog(db, clock);
  const workflow = new RequestWorkflow(db, requests, audit, cipher, clock);
  const throttle = new DbThrottle(db, clock);
  return { audit, workflow, throttle, tracking: new RequestTracking(requests, workflow, audit, throttle, clock) };
}
