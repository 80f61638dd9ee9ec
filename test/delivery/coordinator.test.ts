// The coordinator's mails: escalation of an urgent request nobody picked up (counted in office hours), and the daily digest of failures.
import { backendFactories, coordinatorBackends } from '../../src/delivery/backendFactories';
import { FailingBackend } from '../../src/delivery/backends/failing';
import { FailureDigest } from '../../src/delivery/failureDigest';
import { Mailer } from '../../src/delivery/mail/mailer';
import { addOfficeMinutes } from '../../src/delivery/officeHours';
import type { Database } from '../../src/storage/types';
import { testContent } from '../helpers/chat';
import { databaseProviders } from '../helpers/database';
import { contextFor, deliveryOver, draft, emptyDelivery, HOUR, quietLogger, team, TestClock } from './fixtures';
import { startSmtp } from './smtp';

const weekdays = [{ days: [1, 2, 3, 4, 5], from: '09:00', to: '17:00' }];

describe('office minutes (Europe/Amsterdam)', () => {
  it.each([
    ['Wednesday 10:00 + 60 → 11:00', '2026-11-25T09:00:00Z', 60, '2026-11-25T10:00:00Z'],
    ['Wednesday 16:30 + 60 → Thursday 09:30', '2026-11-25T15:30:00Z', 60, '2026-11-26T08:30:00Z'],
    ['Friday 16:30 + 60 → Monday 09:30', '2026-11-27T15:30:00Z', 60, '2026-11-30T08:30:00Z'],
    ['Saturday night + 60 → Monday 10:00', '2026-11-28T22:00:00Z', 60, '2026-11-30T09:00:00Z'],
    ['summer time: Monday 08:00 + 30 → 09:30', '2026-06-01T06:00:00Z', 30, '2026-06-01T07:30:00Z'],
    ['across the switch to winter time: Friday 16:30 + 60 → Monday 09:30', '2026-10-23T14:30:00Z', 60, '2026-10-26T08:30:00Z'],
  ])('%s', (_name, start, minutes, due) => {
    expect(addOfficeMinutes(weekdays, new Date(start), minutes).toISOString()).toBe(new Date(due).toISOString());
  });

  it('counts every minute when a team has no office hours', () => {
    expect(addOfficeMinutes(undefined, new Date('2026-11-28T22:00:00Z'), 60).toISOString()).toBe('2026-11-28T23:00:00.000Z');
  });
});

describe('coordinator mails', () => {
  let db: Database;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  beforeAll(async () => {
    db = await databaseProviders()[0].open();
  });
  beforeEach(async () => {
    await emptyDelivery(db);
    smtp = await startSmtp();
  });
  afterEach(() => smtp.close());
  afterAll(() => db.close());

  it('escalates an urgent request nobody picked up after 60 office minutes, and not one that was picked up', async () => {
    const clock = new TestClock(new Date('2026-11-27T15:30:00Z')); // Friday 16:30 in Groningen
    const env = { COORDINATOR_EMAIL: 'coordinator@gemeente.example.org', SMTP_URL: smtp.url, SMTP_FROM: 'steunwijzer@gemeente.example.org' };
    const context = contextFor(env);
    const { requests, delivery } = deliveryOver(db, clock, { env, factories: backendFactories(context), internal: coordinatorBackends(context) });
    const waiting = await requests.file({ ...draft, urgent: true }, 'urgent-1');
    await requests.file({ ...draft, urgent: true }, 'urgent-2');
    await requests.file(draft, 'calm');
    await db.query(`UPDATE requests SET status = 'claimed' WHERE idempotency_key = 'urgent-2'`);

    clock.set('2026-11-28T12:00:00Z'); // Saturday: office closed, not due yet
    expect(await delivery.worker.runOnce()).toEqual([]);
    clock.set('2026-11-30T08:30:00Z'); // Monday 09:30
    expect(await delivery.worker.runOnce()).toEqual(['delivered', 'delivered']);
    expect(smtp.mails).toHaveLength(1);
    expect(smtp.mails[0].to).toEqual(['coordinator@gemeente.example.org']);
    expect(smtp.mails[0].subject).toBe(`Dringend en nog niet opgepakt: ${waiting.reference}`);
    expect(smtp.mails[0].raw).not.toContain('0612345678');
  });

  it('mails one digest a day of the failed deliveries, after the set hour, whichever instance asks first', async () => {
    const clock = new TestClock(new Date('2026-11-25T10:00:00Z'));
    const { requests, delivery } = deliveryOver(db, clock, { env: { REGISTRATION_BACKENDS: 'failing' }, factories: { failing: () => new FailingBackend() } });
    const filed = await requests.file(draft, 'form-1');
    for (let i = 0; i < 60; i += 1) {
      await delivery.worker.runOnce();
      clock.advance(HOUR);
    }
    expect(await delivery.admin.list('failed')).toHaveLength(1);
    const digest = (hour: number) => new FailureDigest({
      db, outbox: delivery.outbox, mailer: new Mailer(smtp.url, 'steunwijzer@gemeente.example.org'), t: testContent().texts.t('nl'),
      teams: () => [team], coordinatorEmail: 'coordinator@gemeente.example.org', hour, logger: quietLogger,
    });
    expect(await digest(8).runIfDue(new Date('2026-11-28T06:30:00Z'))).toBe('not_yet'); // 07:30 local
    expect(await digest(8).runIfDue(new Date('2026-11-28T07:05:00Z'))).toBe('sent');
    expect(await digest(8).runIfDue(new Date('2026-11-28T09:00:00Z'))).toBe('already_sent');
    expect(smtp.mails).toHaveLength(1);
    expect(smtp.mails[0].subject).toBe('Steunwijzer: 1 aanmelding niet bezorgd');
    expect(smtp.mails[0].text).toContain(`${filed.reference} (WIJ Zernike) via failing`);
  });
});
