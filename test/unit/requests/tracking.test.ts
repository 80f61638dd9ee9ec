// The family asks where a request stands: with proof when named by reference; wrong tries throttled in the database; withdraw.
import type { Database } from '../../../src/storage/types';
import { PROOF_LIMITS } from '../../../src/requests/requestTracking';
import { databaseProviders } from '../../helpers/database';
import { draft, insertStaff, requestServices } from './fixtures';

describe.each(databaseProviders())('request tracking on $name', (provider) => {
  let db: Database;
  const now = new Date('2026-11-25T10:00:00Z');
  beforeEach(async () => {
    db = await provider.open();
  });
  afterEach(() => db.close());

  it('answers with the last four digits of the phone or the e-mail, and tells nothing otherwise', async () => {
    const { requests, tracking } = requestServices(db, () => now);
    const { reference } = await requests.file(draft, 'f');
    expect(await tracking.statusWithProof(reference, '5678')).toEqual({ reference, teamId: 'wij-zernike', progress: 'received', createdAt: now.toISOString() });
    expect(await tracking.statusWithProof(reference.toLowerCase(), ' SAM@example.org ')).toMatchObject({ progress: 'received' });
    expect(await tracking.statusWithProof(reference, '1234')).toBeUndefined();
    expect(await tracking.statusWithProof('SW-0000-0000', '5678')).toBeUndefined();
    expect(await tracking.status(reference)).toMatchObject({ progress: 'received' });
  });

  it('stops answering a reference after repeated wrong proofs, even with the right one, across instances', async () => {
    const first = requestServices(db, () => now);
    const { reference } = await first.requests.file(draft, 'f');
    for (let i = 0; i < PROOF_LIMITS.perReference; i += 1) expect(await first.tracking.statusWithProof(reference, '0000')).toBeUndefined();
    const second = requestServices(db, () => now, first.cipher); // another instance on the same database
    expect(await second.tracking.statusWithProof(reference, '5678')).toBeUndefined();
    expect(await second.tracking.statusWithProof(reference, '5678', new Date(now.getTime() + 61 * 60 * 1000))).toMatchObject({ progress: 'received' });
  });

  it('withdraws a request nobody picked up, and not one that was picked up', async () => {
    const { requests, tracking, workflow, audit } = requestServices(db, () => now);
    const open = await requests.file(draft, 'a');
    const taken = await requests.file(draft, 'b');
    const anna = await insertStaff(db, 'Anna');
    await workflow.claim(taken.reference, { actorId: anna, actor: 'Anna', via: 'page' });
    expect(await tracking.withdraw(open.reference)).toBe('withdrawn');
    expect(await tracking.status(open.reference)).toMatchObject({ progress: 'withdrawn' });
    expect(await tracking.withdraw(taken.reference)).toBe('picked_up');
    expect(await tracking.withdraw('SW-0000-0000')).toBe('not_found');
    expect(await workflow.claim(open.reference, { actorId: anna, actor: 'Anna', via: 'page' })).toEqual({ ok: false, reason: 'not_open' });
    expect((await audit.list({ reference: open.reference, action: 'withdraw' }))[0]).toMatchObject({ via: 'family' });
  });
});
