// Staff accounts on every database: the CLI adds, lists and disables; scrypt passwords; sign-in throttled; sessions expire; tokens.
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AuditLog } from '../../src/requests/auditLog';
import { DbThrottle } from '../../src/requests/dbThrottle';
import { cipherFromSettings, KEY_FILE } from '../../src/requests/keySource';
import { RequestRepository } from '../../src/requests/requestRepository';
import { StaffAccounts } from '../../src/staff/accounts';
import { runStaffCli } from '../../src/staff/cliCommands';
import { StaffSessions } from '../../src/staff/sessions';
import { PasswordSignIn } from '../../src/staff/signIn';
import type { Database } from '../../src/storage/types';
import { databaseProviders } from '../helpers/database';
import { draft } from '../unit/requests/fixtures';

const PASSWORD = 'correct horse battery';

describe.each(databaseProviders())('staff accounts on $name', (provider) => {
  let db: Database;
  let now = new Date('2026-11-25T10:00:00Z');
  const clock = () => now;
  beforeEach(async () => {
    db = await provider.open();
    now = new Date('2026-11-25T10:00:00Z');
  });
  afterEach(() => db.close());

  const cli = async (args: string[], stdin = '') => {
    const lines: string[] = [];
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sw-cli-'));
    await runStaffCli(args, { db, teamIds: ['wij-zuid', 'wij-west'], readStdin: async () => stdin, out: (l) => lines.push(l), keys: { kind: 'file', dataDir } });
    return lines;
  };

  it('adds a user from the CLI with the password from standard input, lists and disables it', async () => {
    await cli(['users', 'add', '--email', 'Anna@WIJ.example', '--name', 'Anna de Vries', '--role', 'medewerker', '--team', 'wij-zuid', '--team', 'wij-west', '--password-stdin'], `${PASSWORD}\n`);
    const accounts = new StaffAccounts(db, clock);
    const anna = await accounts.checkPassword('anna@wij.example', PASSWORD);
    expect(anna).toMatchObject({ name: 'Anna de Vries', role: 'medewerker', teams: ['wij-zuid', 'wij-west'], kind: 'person' });
    expect(await accounts.checkPassword('anna@wij.example', 'wrong password!')).toBeUndefined();
    const stored = await db.query<{ password_hash: string }>('SELECT password_hash FROM staff_users');
    expect(stored[0].password_hash).toMatch(/^scrypt\$/);
    expect(stored[0].password_hash).not.toContain(PASSWORD);
    expect((await cli(['users', 'list']))[0]).toBe('anna@wij.example\tAnna de Vries\tperson\tmedewerker\twij-zuid,wij-west\tactive');
    await cli(['users', 'disable', 'anna@wij.example']);
    expect(await accounts.checkPassword('anna@wij.example', PASSWORD)).toBeUndefined();
  });

  it('refuses an unknown role or team, a short password, and a duplicate account, naming the option', async () => {
    const add = (extra: string[], stdin = PASSWORD) => cli(['users', 'add', '--email', 'b@wij.example', '--name', 'B', ...extra, '--password-stdin'], stdin);
    await expect(add(['--role', 'baas', '--team', 'wij-zuid'])).rejects.toThrow(/--role/);
    await expect(add(['--role', 'medewerker', '--team', 'wij-mars'])).rejects.toThrow(/--team wij-mars/);
    await expect(add(['--role', 'medewerker', '--team', 'wij-zuid'], 'short')).rejects.toThrow(/at least 12/);
    await add(['--role', 'medewerker', '--team', 'wij-zuid']);
    await expect(add(['--role', 'medewerker', '--team', 'wij-zuid'])).rejects.toThrow(/exists/);
  });

  it('throttles sign-in per account and per address', async () => {
    const accounts = new StaffAccounts(db, clock);
    await accounts.addPerson({ email: 'c@wij.example', name: 'C', role: 'medewerker', teams: ['wij-zuid'], password: PASSWORD });
    const limits = { perAccount: 3, perAddress: 5 };
    const signIn = new PasswordSignIn(accounts, new DbThrottle(db, clock), new AuditLog(db, clock), limits);
    for (let i = 0; i < limits.perAccount; i += 1) expect(await signIn.signIn('c@wij.example', 'nope nope nope', `10.0.0.${i}`)).toEqual({ ok: false, reason: 'wrong' });
    expect(await signIn.signIn('c@wij.example', PASSWORD, '10.0.1.1')).toEqual({ ok: false, reason: 'throttled' });
    now = new Date(now.getTime() + 16 * 60 * 1000);
    expect((await signIn.signIn('c@wij.example', PASSWORD, '10.0.1.1')).ok).toBe(true);
    for (let i = 0; i < limits.perAddress; i += 1) await signIn.signIn(`x${i}@wij.example`, 'nope nope nope', '10.9.9.9');
    expect(await signIn.signIn('c@wij.example', PASSWORD, '10.9.9.9')).toEqual({ ok: false, reason: 'throttled' });
  });

  it('ends a session when it expires, when idle, on sign-out and when the account is disabled', async () => {
    const accounts = new StaffAccounts(db, clock);
    const anna = await accounts.addPerson({ email: 'a@wij.example', name: 'A', role: 'medewerker', teams: ['wij-zuid'], password: PASSWORD });
    const sessions = new StaffSessions(db, accounts, 2, clock);
    const { token } = await sessions.create(anna);
    expect((await sessions.find(token))?.actor.id).toBe(anna.id);
    now = new Date(now.getTime() + 59 * 60 * 1000);
    expect(await sessions.find(token)).toBeDefined();
    now = new Date(now.getTime() + 59 * 60 * 1000);
    expect(await sessions.find(token)).toBeDefined();
    now = new Date(now.getTime() + 5 * 60 * 1000); // past the 2-hour lifetime
    expect(await sessions.find(token)).toBeUndefined();
    const idle = await sessions.create(anna);
    now = new Date(now.getTime() + 61 * 60 * 1000);
    expect(await sessions.find(idle.token)).toBeUndefined();
    const second = await sessions.create(anna);
    await sessions.destroy(second.token);
    expect(await sessions.find(second.token)).toBeUndefined();
    const third = await sessions.create(anna);
    await accounts.disable('a@wij.example');
    expect(await sessions.find(third.token)).toBeUndefined();
  });

  it('gives service accounts a token scoped to teams and finds people by their external id', async () => {
    const lines = await cli(['tokens', 'add', '--name', 'zaaksysteem', '--team', 'wij-west']);
    const accounts = new StaffAccounts(db, clock);
    expect(await accounts.findByToken(lines[1])).toMatchObject({ kind: 'service', teams: ['wij-west'], role: 'medewerker' });
    expect(await accounts.findByToken(`${lines[1]}x`)).toBeUndefined();
    await accounts.addPerson({ email: 'd@wij.example', name: 'D', role: 'medewerker', teams: ['wij-zuid'], externalId: 'oid-123' });
    expect(await accounts.findByExternalId('oid-123')).toMatchObject({ name: 'D' });
    expect(await accounts.findByExternalId('oid-999')).toBeUndefined();
  });

  it('rotates the key file: a new key, every row re-encrypted, the old key gone', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sw-rotate-'));
    const before = cipherFromSettings({ dataDir, previousKeys: [] });
    const requests = new RequestRepository(db, clock, undefined, before);
    const filed = await requests.file(draft, 'f');
    const oldKeyFile = readFileSync(path.join(dataDir, KEY_FILE), 'utf8');
    const lines: string[] = [];
    await runStaffCli(['keys', 'rotate'], { db, teamIds: [], readStdin: async () => '', out: (l) => lines.push(l), keys: { kind: 'file', dataDir } });
    expect(lines[0]).toMatch(/re-encrypted 1 requests/);
    const newKeyFile = readFileSync(path.join(dataDir, KEY_FILE), 'utf8');
    expect(newKeyFile).not.toBe(oldKeyFile);
    expect(newKeyFile.trim().split('\n')).toHaveLength(1);
    const after = new RequestRepository(db, clock, undefined, cipherFromSettings({ dataDir, previousKeys: [] }));
    expect((await after.byReference(filed.reference))?.draft.phone).toBe(draft.phone);
  });
});
