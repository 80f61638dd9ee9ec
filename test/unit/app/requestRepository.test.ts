// Filed requests: validated, stored once per form, listed for staff — on every database provider (retention: test/unit/requests/retention.test.ts).
import { REFERENCE_PATTERN, newReference } from '../../../src/requests/referenceNumber';
import { RequestRepository } from '../../../src/requests/requestRepository';
import type { RequestDraft } from '../../../src/requests/types';
import type { Database } from '../../../src/storage/types';
import { databaseProviders } from '../../helpers/database';
import { draft as baseDraft } from '../requests/fixtures';

// The shared test draft, without an e-mail address (these tests file by phone).
const { email: _email, ...phoneOnly } = baseDraft;
const draft: RequestDraft = phoneOnly;

describe('reference numbers', () => {
  it('look like SW-XXXX-XXXX without look-alike letters', () => {
    for (let i = 0; i < 200; i += 1) expect(newReference()).toMatch(REFERENCE_PATTERN);
    expect(newReference(() => 0)).toBe('SW-0000-0000');
  });
});

describe.each(databaseProviders())('request repository on $name', (provider) => {
  let db: Database;
  let now = new Date('2026-11-25T10:00:00Z');
  beforeEach(async () => {
    db = await provider.open();
  });
  afterEach(() => db.close());

  it('files a request once per idempotency key', async () => {
    const repo = new RequestRepository(db, () => now);
    const first = await repo.file(draft, 'form-1');
    const again = await repo.file(draft, 'form-1');
    expect(again.reference).toBe(first.reference);
    expect(await repo.list()).toHaveLength(1);
    expect((await repo.list())[0]).toMatchObject({ reference: first.reference, status: 'new', teamId: 'wij-zernike', draft });
  });

  it('draws another reference number when one is taken', async () => {
    const refs = ['SW-AAAA-AAAA', 'SW-AAAA-AAAA', 'SW-BBBB-BBBB'];
    const repo = new RequestRepository(db, () => now, () => refs.shift() ?? 'SW-CCCC-CCCC');
    expect((await repo.file(draft, 'a')).reference).toBe('SW-AAAA-AAAA');
    expect((await repo.file(draft, 'b')).reference).toBe('SW-BBBB-BBBB');
  });

  it('refuses a request without a way to reach the person, and with a bad postcode', async () => {
    const repo = new RequestRepository(db, () => now);
    await expect(repo.file({ ...draft, phone: undefined }, 'x')).rejects.toThrow(/phone or email is required/);
    await expect(repo.file({ ...draft, postcode: '9741ab' }, 'y')).rejects.toThrow(/postcode/);
    expect(await repo.list()).toHaveLength(0);
  });

  it('lists urgent requests first and filters by team and status', async () => {
    const repo = new RequestRepository(db, () => now);
    await repo.file(draft, 'a');
    now = new Date(now.getTime() + 1000);
    await repo.file({ ...draft, urgent: true, teamId: 'wij-oost' }, 'b');
    now = new Date(now.getTime() + 1000);
    await repo.file(draft, 'c');
    const all = await repo.list();
    expect(all.map((r) => r.urgent)).toEqual([true, false, false]);
    expect(await repo.list({ teamId: 'wij-oost' })).toHaveLength(1);
    expect(await repo.list({ status: 'closed' })).toHaveLength(0);
  });
});
