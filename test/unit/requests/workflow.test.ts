// Follow-up of a request on every database: claim (one of two wins), statuses, reassign, notes, withdraw, each audited.
import type { Database } from '../../../src/storage/types';
import { databaseProviders } from '../../helpers/database';
import { draft, insertStaff, requestServices } from './fixtures';

describe.each(databaseProviders())('request workflow on $name', (provider) => {
  let db: Database;
  const now = new Date('2026-11-25T10:00:00Z');
  beforeEach(async () => {
    db = await provider.open();
  });
  afterEach(() => db.close());

  it('lets exactly one of two simultaneous claims win and tells the other who has it', async () => {
    const { requests, workflow, audit } = requestServices(db, () => now);
    const { reference } = await requests.file(draft, 'f');
    const anna = await insertStaff(db, 'Anna');
    const bram = await insertStaff(db, 'Bram');
    const results = await Promise.all([
      workflow.claim(reference, { actorId: anna, actor: 'Anna', via: 'page' }),
      workflow.claim(reference, { actorId: bram, actor: 'Bram', via: 'teams' }),
    ]);
    const winners = results.filter((r) => r.ok);
    expect(winners).toHaveLength(1);
    const loser = results.find((r) => !r.ok);
    const winnerName = (await requests.byReference(reference))?.claimedBy?.name;
    expect(loser).toEqual({ ok: false, reason: 'claimed', claimedBy: winnerName });
    expect((await audit.list({ reference })).map((e) => e.action).sort()).toEqual(['claim', 'claim_refused']);
  });

  it('moves claimed → in contact → closed, and refuses a status before the claim', async () => {
    const { requests, workflow } = requestServices(db, () => now);
    const { reference } = await requests.file(draft, 'f');
    const anna = await insertStaff(db, 'Anna');
    const by = { actorId: anna, actor: 'Anna', via: 'api' } as const;
    expect(await workflow.setStatus(reference, 'in_contact', undefined, by)).toEqual({ ok: false, reason: 'not_open' });
    await workflow.claim(reference, by);
    expect((await workflow.setStatus(reference, 'in_contact', undefined, by)).ok).toBe(true);
    const closed = await workflow.setStatus(reference, 'referred', 'GGD jeugdarts', by);
    expect(closed).toMatchObject({ ok: true, request: { status: 'referred', referralReason: 'GGD jeugdarts', closedAt: now.toISOString() } });
    expect(await workflow.setStatus(reference, 'closed', undefined, by)).toEqual({ ok: false, reason: 'not_open' });
    expect(await workflow.claim('SW-0000-0000', by)).toEqual({ ok: false, reason: 'not_found' });
  });

  it('reassigns to another team as a new request, and keeps notes with their author', async () => {
    const { requests, workflow, audit } = requestServices(db, () => now);
    const { reference, id } = await requests.file(draft, 'f');
    const anna = await insertStaff(db, 'Anna');
    const by = { actorId: anna, actor: 'Anna', via: 'page', address: '127.0.0.1' } as const;
    await workflow.claim(reference, by);
    await workflow.addNote(reference, 'Vader gebeld, belt terug', by);
    const moved = await workflow.reassign(reference, 'wij-oost', by);
    expect(moved).toMatchObject({ ok: true, request: { teamId: 'wij-oost', status: 'new' } });
    expect(moved.ok && moved.request.claimedBy).toBeUndefined();
    expect(await workflow.notes(id)).toEqual([expect.objectContaining({ authorName: 'Anna', text: 'Vader gebeld, belt terug' })]);
    const log = await audit.list({ reference });
    expect(log.map((e) => e.action)).toEqual(['reassign', 'note', 'claim']);
    expect(log[0]).toMatchObject({ actor: 'Anna', via: 'page', address: '127.0.0.1', detail: { from: 'wij-zernike', to: 'wij-oost' } });
    expect(JSON.stringify(log)).not.toContain('Vader');
  });

  it('lists the queue urgent first, then oldest, filtered by team, topic and age band', async () => {
    let clock = now;
    const { requests } = requestServices(db, () => clock);
    await requests.file(draft, 'a');
    clock = new Date(now.getTime() + 1000);
    await requests.file({ ...draft, urgent: true, topics: ['emoties'], age: 16 }, 'b');
    clock = new Date(now.getTime() + 2000);
    await requests.file({ ...draft, teamId: 'wij-oost', age: 7 }, 'c');
    const queue = await requests.list({ teamIds: ['wij-zernike'] });
    expect(queue.map((r) => [r.urgent, r.draft.age])).toEqual([[true, 16], [false, 12]]);
    expect(await requests.list({ topic: 'emoties' })).toHaveLength(1);
    expect((await requests.list({ ageBand: '5-11' })).map((r) => r.teamId)).toEqual(['wij-oost']);
    expect(await requests.list({ teamIds: [] })).toHaveLength(0);
  });
});
