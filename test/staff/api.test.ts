// The staff API against the real server: every route in the OpenAPI document exists and answers 401 / 403 / 400 as documented;
// roles, cross-team guessing (403 + audited), two concurrent claims, and audit lines for views and changes.
import type { Database } from '../../src/storage/types';
import { databaseProviders } from '../helpers/database';
import { STAFF_TOKEN } from '../helpers/server';
import { draft, staffWorld, type StaffWorld, TEAM_A, TEAM_B } from './staffApp';

interface Call { method: 'GET' | 'POST'; path: string; body?: unknown }
interface OpenApi { openapi: string; paths: Record<string, Record<string, { operationId: string }>> }

describe.each(databaseProviders())('staff API on $name', (provider) => {
  let db: Database;
  let world: StaffWorld;
  let reference: string;
  beforeAll(async () => {
    db = await provider.open();
    world = await staffWorld(db);
    reference = (await world.running.app.requests.file(draft, 'form-a')).reference;
  }, 60_000);
  afterAll(() => world?.close());

  const call = async (token: string | undefined, c: Call) => {
    const res = await fetch(`${world.running.url}${c.path}`, {
      method: c.method,
      headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(c.body ? { 'Content-Type': 'application/json' } : {}) },
      body: c.body ? JSON.stringify(c.body) : undefined,
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  };

  /** Per operation: a call that is fine for team A, one that team B may not make, and one with bad input naming a field. */
  const cases = (ref: string): Record<string, { ok: Call; outsideTeam: Call; bad: Call; field: string; coordinator?: boolean }> => ({
    listRequests: { ok: { method: 'GET', path: '/api/staff/requests' }, outsideTeam: { method: 'GET', path: `/api/staff/requests?team=${TEAM_A}` }, bad: { method: 'GET', path: '/api/staff/requests?status=zoek' }, field: 'status' },
    getRequest: { ok: { method: 'GET', path: `/api/staff/requests/${ref}` }, outsideTeam: { method: 'GET', path: `/api/staff/requests/${ref}` }, bad: { method: 'GET', path: '/api/staff/requests/SW-12' }, field: 'reference' },
    claimRequest: { ok: { method: 'POST', path: `/api/staff/requests/${ref}/claim` }, outsideTeam: { method: 'POST', path: `/api/staff/requests/${ref}/claim` }, bad: { method: 'POST', path: '/api/staff/requests/nope/claim' }, field: 'reference' },
    setStatus: { ok: { method: 'POST', path: `/api/staff/requests/${ref}/status`, body: { status: 'in_contact' } }, outsideTeam: { method: 'POST', path: `/api/staff/requests/${ref}/status`, body: { status: 'in_contact' } }, bad: { method: 'POST', path: `/api/staff/requests/${ref}/status`, body: { status: 'referred' } }, field: 'reason' },
    addNote: { ok: { method: 'POST', path: `/api/staff/requests/${ref}/notes`, body: { text: 'gebeld' } }, outsideTeam: { method: 'POST', path: `/api/staff/requests/${ref}/notes`, body: { text: 'x' } }, bad: { method: 'POST', path: `/api/staff/requests/${ref}/notes`, body: { text: '' } }, field: 'text' },
    reassignRequest: { ok: { method: 'POST', path: `/api/staff/requests/${ref}/reassign`, body: { team: TEAM_A } }, outsideTeam: { method: 'POST', path: `/api/staff/requests/${ref}/reassign`, body: { team: TEAM_B } }, bad: { method: 'POST', path: `/api/staff/requests/${ref}/reassign`, body: { team: 'wij-mars' } }, field: 'team', coordinator: true },
    exportRequest: { ok: { method: 'GET', path: `/api/staff/requests/${ref}/export` }, outsideTeam: { method: 'GET', path: `/api/staff/requests/${ref}/export` }, bad: { method: 'GET', path: '/api/staff/requests/SW-1/export' }, field: 'reference', coordinator: true },
    listAudit: { ok: { method: 'GET', path: '/api/staff/audit' }, outsideTeam: { method: 'GET', path: '/api/staff/audit' }, bad: { method: 'GET', path: '/api/staff/audit?since=gisteren' }, field: 'since', coordinator: true },
  });

  it('publishes an OpenAPI 3.1 document whose every route is served as documented', async () => {
    const doc = (await call(undefined, { method: 'GET', path: '/api/staff/openapi.json' })).body as OpenApi;
    expect(doc.openapi).toBe('3.1.0');
    const operations = Object.entries(doc.paths).flatMap(([p, methods]) => Object.entries(methods).map(([m, op]) => ({ path: p, method: m.toUpperCase(), id: op.operationId })));
    const table = cases(reference);
    expect(operations.map((o) => o.id).sort()).toEqual(Object.keys(table).sort());
    for (const op of operations) {
      const c = table[op.id];
      expect(`${c.ok.method} ${c.ok.path.split('?')[0]}`).toBe(`${op.method} ${op.path.replace('{reference}', reference)}`);
      const anonymous = await call(undefined, c.ok);
      expect([op.id, anonymous.status]).toEqual([op.id, 401]);
      const wrongToken = await call('sws_not-a-token', c.ok);
      expect([op.id, wrongToken.status]).toEqual([op.id, 401]);
      const outside = await call(world.tokens.medewerkerB, c.outsideTeam);
      expect([op.id, outside.status]).toEqual([op.id, 403]);
      const bad = await call(c.coordinator ? world.tokens.coordinator : world.tokens.medewerkerA, c.bad);
      expect([op.id, bad.status]).toEqual([op.id, 400]);
      expect(bad.body.error.message).toContain(`${c.field}:`);
    }
  });

  it('lets a medewerker follow up a request of their own team, and keeps coordinator routes for coordinators', async () => {
    const { reference: ref } = await world.running.app.requests.file({ ...draft, urgent: true, urgentReason: 'concern: thuis onveilig' }, 'form-b');
    const a = world.tokens.medewerkerA;
    const list = await call(a, { method: 'GET', path: '/api/staff/requests' });
    expect(list.body.requests[0]).toMatchObject({ reference: ref, urgent: true, urgentReason: 'concern: thuis onveilig' });
    expect((await call(world.tokens.medewerkerB, { method: 'GET', path: '/api/staff/requests' })).body.requests).toEqual([]);
    expect((await call(a, { method: 'POST', path: `/api/staff/requests/${ref}/status`, body: { status: 'in_contact' } })).status).toBe(409);
    expect((await call(a, { method: 'POST', path: `/api/staff/requests/${ref}/claim` })).status).toBe(200);
    expect((await call(a, { method: 'POST', path: `/api/staff/requests/${ref}/status`, body: { status: 'in_contact' } })).body.status).toBe('in_contact');
    expect((await call(a, { method: 'POST', path: `/api/staff/requests/${ref}/notes`, body: { text: 'Moeder gebeld' } })).status).toBe(201);
    const detail = await call(a, { method: 'GET', path: `/api/staff/requests/${ref.toLowerCase().replace(/-/g, '')}` });
    expect(detail.body).toMatchObject({ reference: ref, status: 'in_contact', claimedBy: 'system-a', contact: { phone: draft.phone }, notes: [{ author: 'system-a', text: 'Moeder gebeld' }] });
    expect((await call(a, { method: 'POST', path: `/api/staff/requests/${ref}/reassign`, body: { team: TEAM_B } })).status).toBe(403);
    expect((await call(a, { method: 'GET', path: '/api/staff/audit' })).status).toBe(403);
    const moved = await call(world.tokens.coordinator, { method: 'POST', path: `/api/staff/requests/${ref}/reassign`, body: { team: TEAM_B } });
    expect(moved.body).toMatchObject({ team: { id: TEAM_B }, status: 'new' });
    expect((await call(world.tokens.medewerkerB, { method: 'GET', path: `/api/staff/requests/${ref}` })).status).toBe(200);
    expect((await call(a, { method: 'GET', path: `/api/staff/requests/${ref}` })).status).toBe(403);
    const exported = await call(world.tokens.coordinator, { method: 'GET', path: `/api/staff/requests/${ref}/export` });
    expect(exported.body.audit.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['claim', 'status', 'note', 'view', 'reassign', 'denied']));
  });

  it('audits a guess at another team\'s request with who, what, when and from where', async () => {
    await call(world.tokens.medewerkerB, { method: 'GET', path: `/api/staff/requests/${reference}` });
    const audit = await call(world.tokens.coordinator, { method: 'GET', path: `/api/staff/audit?reference=${reference}&action=denied` });
    expect(audit.body.entries[0]).toMatchObject({ actor: 'system-b', via: 'api', action: 'denied', reference, teamId: TEAM_A, address: expect.stringMatching(/127\.0\.0\.1/) });
    expect(JSON.stringify(audit.body)).not.toContain(draft.phone);
  });

  it('lets one of two simultaneous claims win and tells the other who has it', async () => {
    const { reference: ref } = await world.running.app.requests.file(draft, 'form-c');
    const other = (await world.running.app.staff.accounts.addService('system-a2', 'medewerker', [TEAM_A])).token;
    const [first, second] = await Promise.all([
      call(world.tokens.medewerkerA, { method: 'POST', path: `/api/staff/requests/${ref}/claim` }),
      call(other, { method: 'POST', path: `/api/staff/requests/${ref}/claim` }),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 409]);
    const loser = first.status === 409 ? first : second;
    expect(loser.body.claimedBy).toBe(first.status === 409 ? 'system-a2' : 'system-a');
  });

  it('keeps STAFF_API_TOKEN as a service account for all teams', async () => {
    const res = await call(STAFF_TOKEN, { method: 'GET', path: `/api/staff/requests/${reference}` });
    expect(res.status).toBe(200);
    expect((await call(STAFF_TOKEN, { method: 'GET', path: '/api/staff/audit' })).status).toBe(403);
  });
});
