// The staff pages over HTTP against the real server: cookie flags, CSRF on every form, own team only, search, expiry, sign-out.
import type { Database } from '../../src/storage/types';
import { checkCharacter } from '../../src/requests/referenceNumber';
import { databaseProviders } from '../helpers/database';
import { draft, PASSWORD, staffWorld, type StaffWorld, TEAM_B } from './staffApp';

/** A minimal browser: keeps cookies, reads the CSRF token from the last page, does not follow redirects. */
class Client {
  private cookies = new Map<string, string>();
  csrf = '';
  constructor(private readonly base: string, private readonly headers: Record<string, string> = {}) {}
  async get(path: string) {
    return this.send('GET', path);
  }
  async post(path: string, form: Record<string, string>, withCsrf = true) {
    return this.send('POST', path, new URLSearchParams({ ...(withCsrf ? { _csrf: this.csrf } : {}), ...form }).toString());
  }
  async signIn(email: string, password = PASSWORD) {
    await this.get('/staff/sign-in');
    return this.post('/staff/sign-in', { email, password });
  }
  private async send(method: string, path: string, body?: string) {
    const res = await fetch(`${this.base}${path}`, {
      method, redirect: 'manual', body,
      headers: { ...this.headers, Cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '), ...(body ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {}) },
    });
    const setCookies = res.headers.getSetCookie();
    for (const c of setCookies) {
      const [pair] = c.split(';');
      const [k, ...v] = pair.split('=');
      if (/Max-Age=0/.test(c)) this.cookies.delete(k);
      else this.cookies.set(k, v.join('='));
    }
    const text = await res.text();
    const token = /name="_csrf" value="([^"]+)"/.exec(text);
    if (token) this.csrf = token[1];
    return { status: res.status, text, location: res.headers.get('location'), setCookies };
  }
}

describe.each(databaseProviders())('staff pages on $name', (provider) => {
  let db: Database;
  let world: StaffWorld;
  let reference: string;
  beforeAll(async () => {
    db = await provider.open();
    world = await staffWorld(db);
    reference = (await world.running.app.requests.file(draft, 'form-a')).reference;
  }, 60_000);
  afterAll(() => world?.close());

  it('signs in with an HttpOnly, SameSite=Strict session cookie, Secure only behind HTTPS', async () => {
    const anna = new Client(world.running.url);
    expect((await anna.get('/staff')).location).toBe('/staff/sign-in');
    const signedIn = await anna.signIn('anna@wij.example');
    expect(signedIn.status).toBe(303);
    const cookie = signedIn.setCookies.find((c) => c.startsWith('sw_staff='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).not.toMatch(/Secure/);
    const queue = await anna.get('/staff');
    expect(queue.status).toBe(200);
    expect(queue.text).toContain(reference);
    // a proxy header is ignored unless TRUST_PROXY is set
    const proxied = new Client(world.running.url, { 'X-Forwarded-Proto': 'https' });
    expect((await proxied.signIn('anna@wij.example')).setCookies.find((c) => c.startsWith('sw_staff='))).not.toMatch(/Secure/);
  });

  it('refuses a form without the CSRF token, and a wrong password with the same answer as an unknown account', async () => {
    const anna = new Client(world.running.url);
    await anna.get('/staff/sign-in');
    expect((await anna.post('/staff/sign-in', { email: 'anna@wij.example', password: PASSWORD }, false)).status).toBe(403);
    const wrong = await anna.post('/staff/sign-in', { email: 'anna@wij.example', password: 'not the password' });
    const unknown = await anna.post('/staff/sign-in', { email: 'nobody@wij.example', password: 'not the password' });
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(wrong.text).toContain('Dit e-mailadres of wachtwoord klopt niet.');
    await anna.signIn('anna@wij.example');
    await anna.get(`/staff/requests/${reference}`);
    expect((await anna.post(`/staff/requests/${reference}/claim`, {}, false)).status).toBe(403);
    expect((await db.query('SELECT claimed_by FROM requests WHERE reference = $1', [reference]))[0]).toEqual({ claimed_by: null });
  });

  it('shows another team nothing: not in the queue, not by guessing the address (403, audited)', async () => {
    const bram = new Client(world.running.url);
    await bram.signIn('bram@wij.example');
    expect((await bram.get('/staff')).text).not.toContain(reference);
    const guess = await bram.get(`/staff/requests/${reference}`);
    expect(guess.status).toBe(403);
    expect(guess.text).not.toContain(draft.phone!);
    expect((await bram.get(`/staff/search?reference=${reference}`)).status).toBe(403);
    const denied = await world.running.app.staff.audit.list({ reference, action: 'denied' });
    expect(denied.map((e) => e.actor)).toEqual(['Bram', 'Bram']);
  });

  it('searches by reference, telling a wrong format and a wrong check character apart', async () => {
    const anna = new Client(world.running.url);
    await anna.signIn('anna@wij.example');
    const found = await anna.get(`/staff/search?reference=${encodeURIComponent(reference.toLowerCase().replace(/-/g, ' '))}`);
    expect(found.location).toBe(`/staff/requests/${reference}`);
    const bad = await anna.get('/staff/search?reference=12345');
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('Dit is geen aanmeldnummer.');
    const seven = reference.slice(3, 7) + reference.slice(8, 11);
    const wrongCheck = checkCharacter(seven) === '0' ? '1' : '0';
    const typo = await anna.get(`/staff/search?reference=SW-${seven.slice(0, 4)}-${seven.slice(4)}${wrongCheck}`);
    expect(typo.status).toBe(404);
    expect(typo.text).toContain('Misschien is er een teken fout overgetypt.');
  });

  it('claims, sets a status, adds a note; a coordinator reassigns and sees the audit log', async () => {
    const { reference: ref } = await world.running.app.requests.file({ ...draft, shownOfferings: [{ id: 'o1', title: 'Cursus Opvoeden met plezier' }] }, 'form-p');
    const anna = new Client(world.running.url);
    await anna.signIn('anna@wij.example');
    const detail = await anna.get(`/staff/requests/${ref}`);
    for (const shown of [draft.about, draft.phone!, draft.firstName, 'Cursus Opvoeden met plezier', 'Ouder']) expect(detail.text).toContain(shown);
    expect((await anna.post(`/staff/requests/${ref}/claim`, {})).location).toBe(`/staff/requests/${ref}?done=claimed`);
    const bad = await anna.post(`/staff/requests/${ref}/status`, { status: 'referred', reason: '' });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('reason:');
    expect((await anna.post(`/staff/requests/${ref}/status`, { status: 'in_contact' })).location).toContain('done=status');
    expect((await anna.post(`/staff/requests/${ref}/notes`, { text: 'Vader gebeld' })).location).toContain('done=note');
    expect((await anna.post(`/staff/requests/${ref}/reassign`, { team: TEAM_B })).status).toBe(403);
    const cor = new Client(world.running.url);
    await cor.signIn('cor@wij.example');
    await cor.get(`/staff/requests/${ref}`);
    expect((await cor.post(`/staff/requests/${ref}/reassign`, { team: TEAM_B })).location).toContain('done=reassigned');
    const log = await cor.get(`/staff/audit?reference=${ref}`);
    for (const action of ['claim', 'status', 'note', 'reassign', 'view']) expect(log.text).toContain(`>${action}`);
    expect(log.text).not.toContain('Vader gebeld');
    expect((await anna.get('/staff/audit')).status).toBe(403);
    const exported = await cor.get(`/staff/requests/${ref}/export`);
    expect(JSON.parse(exported.text)).toMatchObject({ request: { reference: ref, notes: [{ text: 'Vader gebeld' }] }, audit: expect.any(Array) });
  });

  it('signs out: the old cookie no longer opens a page', async () => {
    const anna = new Client(world.running.url);
    await anna.signIn('anna@wij.example');
    const queue = await anna.get('/staff');
    const cookie = queue.status === 200 ? 'kept' : 'lost';
    expect(cookie).toBe('kept');
    expect((await anna.post('/staff/sign-out', {})).location).toBe('/staff/sign-in?out=1');
    expect((await anna.get('/staff')).location).toBe('/staff/sign-in');
  });
});

describe('staff pages behind a trusted HTTPS proxy', () => {
  it('marks the session cookie Secure', async () => {
    const world = await staffWorld(await databaseProviders()[0].open(), { TRUST_PROXY: 'true' });
    try {
      const client = new Client(world.running.url, { 'X-Forwarded-Proto': 'https' });
      const signedIn = await client.signIn('anna@wij.example');
      expect(signedIn.setCookies.find((c) => c.startsWith('sw_staff='))).toMatch(/; Secure/);
    } finally {
      await world.close();
    }
  });
});

describe('accounts page for the beheerder', () => {
  it('adds and disables an account; others may not open it', async () => {
    const world = await staffWorld(await databaseProviders()[0].open());
    try {
      await world.running.app.staff.accounts.addPerson({ email: 'bea@wij.example', name: 'Bea', role: 'beheerder', teams: [TEAM_B], password: PASSWORD });
      const bea = new Client(world.running.url);
      await bea.signIn('bea@wij.example');
      expect((await bea.get('/staff/accounts')).text).toContain('anna@wij.example');
      const bad = await bea.post('/staff/accounts', { name: 'Dirk', email: 'dirk@wij.example', role: 'medewerker', team: 'wij-mars', password: PASSWORD });
      expect(bad.status).toBe(400);
      expect(bad.text).toContain('team:');
      expect((await bea.post('/staff/accounts', { name: 'Dirk', email: 'dirk@wij.example', role: 'medewerker', team: TEAM_B, password: PASSWORD })).location).toBe('/staff/accounts?done=added');
      expect(await world.running.app.staff.accounts.checkPassword('dirk@wij.example', PASSWORD)).toMatchObject({ teams: [TEAM_B] });
      await bea.get('/staff/accounts');
      expect((await bea.post('/staff/accounts/disable', { email: 'dirk@wij.example' })).location).toBe('/staff/accounts?done=disabled');
      expect(await world.running.app.staff.accounts.checkPassword('dirk@wij.example', PASSWORD)).toBeUndefined();
      const anna = new Client(world.running.url);
      await anna.signIn('anna@wij.example');
      const refused = await anna.get('/staff/accounts');
      expect(refused.status).toBe(403);
      expect(refused.text).toContain('Dit kan alleen een beheerder.');
    } finally {
      await world.close();
    }
  });
});
