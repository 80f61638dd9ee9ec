// Single sign-on against a real OpenID Provider (oidc-provider, started by the test on loopback): the whole authorization
// code flow with PKCE, groups mapped to role and teams, and a person outside every WIJ group refused.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { mapGroups } from '../../src/staff/oidc';
import { databaseProviders } from '../helpers/database';
import { draft, staffWorld, type StaffWorld, TEAM_A } from './staffApp';

const freePort = () => new Promise<number>((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address() as { port: number };
    probe.close(() => resolve(port));
  });
});

/** Follows redirects by hand across the app and the provider, keeping each host's cookies apart (like a browser). */
async function browse(start: string): Promise<{ url: string; status: number; text: string; jar: Map<string, Map<string, string>> }> {
  const jar = new Map<string, Map<string, string>>();
  let url = start;
  for (let hop = 0; hop < 15; hop += 1) {
    const host = new URL(url).host;
    const cookies = jar.get(host) ?? new Map<string, string>();
    jar.set(host, cookies);
    const res = await fetch(url, { redirect: 'manual', headers: { Cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') } });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const [k, ...v] = pair.split('=');
      if (/Max-Age=0|expires=Thu, 01 Jan 1970/i.test(c)) cookies.delete(k);
      else cookies.set(k, v.join('='));
    }
    const location = res.headers.get('location');
    if (res.status >= 300 && res.status < 400 && location) {
      url = new URL(location, url).href;
      continue;
    }
    return { url, status: res.status, text: await res.text(), jar };
  }
  throw new Error('too many redirects');
}

describe('OIDC sign-in against a real OpenID Provider', () => {
  let provider: ChildProcess;
  let world: StaffWorld;
  let providerUrl: string;

  beforeAll(async () => {
    const [providerPort, appPort] = [await freePort(), await freePort()];
    providerUrl = `http://127.0.0.1:${providerPort}`;
    const redirect = `http://127.0.0.1:${appPort}/staff/oidc/callback`;
    provider = spawn(process.execPath, [path.join(__dirname, 'oidcProvider.mjs'), String(providerPort), 'steunwijzer', 'test-client-secret-123', redirect], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      provider.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
      provider.once('exit', (code) => reject(new Error(`provider exited with ${code}`)));
    });
    world = await staffWorld(await databaseProviders()[0].open(), {
      PORT: String(appPort), PUBLIC_URL: `http://127.0.0.1:${appPort}`,
      OIDC_ISSUER: providerUrl, OIDC_CLIENT_ID: 'steunwijzer', OIDC_CLIENT_SECRET: 'test-client-secret-123', OIDC_SCOPES: 'openid profile email groups',
      OIDC_GROUPS: JSON.stringify({ 'g-wij-zuid': { role: 'medewerker', teams: [TEAM_A] }, 'g-coordinatoren': { role: 'coordinator', teams: [] } }),
    });
    await world.running.app.requests.file(draft, 'form-sso');
  }, 60_000);
  afterAll(async () => {
    await world?.close();
    provider?.kill();
  });

  const signInAs = async (account: string) => {
    await fetch(`${providerUrl}/test/account?id=${account}`, { method: 'POST' });
    return browse(`${world.running.url}/staff/oidc/start`);
  };

  it('shows the work-account button and signs a person in with the role and teams of their groups', async () => {
    expect(await (await fetch(`${world.running.url}/staff/sign-in`)).text()).toContain('href="/staff/oidc/start"');
    const done = await signInAs('oid-anna');
    expect(done.url).toBe(`${world.running.url}/staff/oidc/callback?${new URL(done.url).search.slice(1)}`);
    expect(done.status).toBe(200);
    const appCookies = done.jar.get(new URL(world.running.url).host)!;
    expect(appCookies.has('sw_staff')).toBe(true);
    const queue = await fetch(`${world.running.url}/staff`, { headers: { Cookie: `sw_staff=${appCookies.get('sw_staff')}` } });
    expect(queue.status).toBe(200);
    expect(await queue.text()).toContain('Aangemeld als Anna SSO');
    const anna = await world.running.app.staff.accounts.findByExternalId('oid-anna');
    expect(anna).toMatchObject({ role: 'medewerker', teams: [TEAM_A], email: 'anna.sso@wij.example' });
    expect((await world.running.app.staff.audit.list({ action: 'signin' }))[0]).toMatchObject({ actor: 'Anna SSO', detail: { sso: true } });
  });

  it('gives the widest role of several groups, linking a local account with the same e-mail', async () => {
    const local = await world.running.app.staff.accounts.addPerson({ email: 'cor.sso@wij.example', name: 'Cor', role: 'medewerker', teams: [TEAM_A], password: 'een lang wachtwoord' });
    await signInAs('oid-cor');
    expect((await world.running.app.staff.accounts.findByExternalId('oid-cor'))?.id).toBe(local.id);
    expect(await world.running.app.staff.accounts.findByExternalId('oid-cor')).toMatchObject({ role: 'coordinator', teams: [TEAM_A] });
  });

  it('refuses a person in none of the configured groups, and a callback without the pending state', async () => {
    const refused = await signInAs('oid-x');
    expect(refused.url).toBe(`${world.running.url}/staff/sign-in?sso=norole`);
    expect(refused.text).toContain('hoort niet bij een WIJ-team');
    expect(await world.running.app.staff.accounts.findByExternalId('oid-x')).toBeUndefined();
    const forged = await fetch(`${world.running.url}/staff/oidc/callback?code=abc&state=xyz`, { redirect: 'manual' });
    expect(forged.headers.get('location')).toBe('/staff/sign-in?sso=failed');
  });
});

describe('group mapping', () => {
  it('joins teams and picks the widest role; no matching group gives nothing', () => {
    const map = { a: { role: 'medewerker' as const, teams: ['t1'] }, b: { role: 'coordinator' as const, teams: ['t2'] } };
    expect(mapGroups(['a', 'b', 'z'], map)).toEqual({ role: 'coordinator', teams: ['t1', 't2'] });
    expect(mapGroups(['z'], map)).toBeUndefined();
  });
});
