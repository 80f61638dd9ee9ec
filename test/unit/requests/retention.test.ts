// Retention on every database: a closed request is erased after REQUEST_RETENTION_DAYS with its notes, leaving one audit
// line without personal data; open requests, recently closed ones and other audit lines stay.
import { RequestRetention } from '../../../src/requests/requestRetention';
import type { Database } from '../../../src/storage/types';
import { databaseProviders } from '../../helpers/database';
import { draft, insertStaff, requestServices } from './fixtures';

const DAY = 24 * 60 * 60 * 1000;

describe.each(databaseProviders())('request retention on $name', (provider) => {
  let db: Database;
  beforeEach(async () => {
    db = await provider.open();
  });
  afterEach(() => db.close());

  it('erases what it must and nothing else', async () => {
    let now = new Date('2026-01-01T00:00:00Z');
    const { requests, workflow, audit, tracking } = requestServices(db, () => now);
    const retention = new RequestRetention(db, audit);
    const anna = await insertStaff(db, 'Anna');
    const by = { actorId: anna, actor: 'Anna', via: 'page' } as const;
    const closedOld = await requests.file(draft, 'a');
    const withdrawnOld = await requests.file(draft, 'b');
    const openOld = await requests.file(draft, 'c');
    const closedRecent = await requests.file(draft, 'd');
    await workflow.claim(closedOld.reference, by);
    await workflow.addNote(closedOld.reference, 'gebeld', by);
    await workflow.setStatus(closedOld.reference, 'closed', undefined, by);
    await tracking.withdraw(withdrawnOld.reference);
    now = new Date(now.getTime() + 100 * DAY);
    await workflow.claim(closedRecent.reference, by);
    await workflow.setStatus(closedRecent.reference, 'referred', 'huisarts', by);
    now = new Date(now.getTime() + 90 * DAY);

    expect(await retention.eraseClosedBefore(new Date(now.getTime() - 180 * DAY))).toBe(2);
    expect(await requests.byReference(closedOld.reference)).toBeUndefined();
    expect(await requests.byReference(withdrawnOld.reference)).toBeUndefined();
    expect(await requests.byReference(openOld.reference)).toMatchObject({ status: 'new' });
    expect(await requests.byReference(closedRecent.reference)).toMatchObject({ status: 'referred' });
    expect(await db.query('SELECT id FROM request_notes')).toHaveLength(0);
    const erased = await audit.list({ action: 'erased' });
    expect(erased.map((e) => e.reference).sort()).toEqual([closedOld.reference, withdrawnOld.reference].sort());
    expect(erased[0]).toMatchObject({ actor: 'retention', via: 'system' });
    const everything = JSON.stringify(await db.query('SELECT * FROM audit_log'));
    for (const secret of [draft.phone!, draft.email!, draft.about, 'gebeld']) expect(everything).not.toContain(secret);
    expect((await audit.list({ reference: closedOld.reference })).map((e) => e.action)).toEqual(['erased', 'status', 'note', 'claim']);
    expect(await retention.eraseClosedBefore(new Date(now.getTime() - 180 * DAY))).toBe(0);
  });
});
