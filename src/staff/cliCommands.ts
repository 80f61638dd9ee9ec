// The staff CLI's commands over open services: users add|list|disable, tokens add, keys rotate. Testable without a process.
import { parseArgs } from 'node:util';
import { AppError } from '../errors';
import { FieldCipher, newKey } from '../requests/fieldCipher';
import { reencryptAll } from '../requests/keyRotation';
import { readKeyFile, writeKeyFile } from '../requests/keySource';
import type { Database } from '../storage/types';
import { StaffAccounts } from './accounts';
import { ALL_TEAMS, ROLES, type Role } from './actor';

export interface CliDeps {
  db: Database;
  /** Team ids that exist (from the catalogue). */
  teamIds: string[];
  readStdin: () => Promise<string>;
  out: (line: string) => void;
  /** How the data key is kept: from the environment (rotate with DATA_ENCRYPTION_PREVIOUS_KEYS) or in DATA_DIR's key file. */
  keys: { kind: 'env'; cipher: FieldCipher } | { kind: 'file'; dataDir: string };
}

export const USAGE = `usage:
  npm run staff -- users add --email E --name N --role medewerker|coordinator|beheerder --team TEAM_ID [--team …] --password-stdin [--external-id OID]
  npm run staff -- users list
  npm run staff -- users disable E
  npm run staff -- tokens add --name N --role medewerker|coordinator --team TEAM_ID|* [--team …]   (prints the token once)
  npm run staff -- keys rotate`;

const fail = (message: string): never => {
  throw new AppError('usage', message);
};

function checkRole(role: string | undefined): Role {
  if (!role || !(ROLES as readonly string[]).includes(role)) fail(`--role must be one of ${ROLES.join(', ')}`);
  return role as Role;
}

function checkTeams(teams: string[] | undefined, known: string[], allowAll: boolean): string[] {
  if (!teams?.length) fail('--team is required (it may repeat)');
  for (const team of teams!) {
    if (!(known.includes(team) || (allowAll && team === ALL_TEAMS))) fail(`--team ${team}: unknown team; known: ${known.join(', ')}`);
  }
  return teams!;
}

export async function runStaffCli(argv: string[], deps: CliDeps): Promise<void> {
  const [group, command, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, team: { type: 'string', multiple: true },
      'password-stdin': { type: 'boolean' }, 'external-id': { type: 'string' },
    },
  });
  const accounts = new StaffAccounts(deps.db);
  const key = `${group ?? ''} ${command ?? ''}`;
  if (key === 'users add') {
    if (!values.email || !values.name) fail('--email and --name are required');
    const role = checkRole(values.role);
    const teams = checkTeams(values.team, deps.teamIds, false);
    const password = values['password-stdin'] ? (await deps.readStdin()).replace(/\r?\n$/, '') : undefined;
    if (!password && !values['external-id']) fail('give --password-stdin (and the password on standard input), or --external-id for single sign-on');
    const actor = await accounts.addPerson({ email: values.email!, name: values.name!, role, teams, password, externalId: values['external-id'] });
    deps.out(`added ${actor.email} (${actor.role}; ${actor.teams.join(', ')})`);
  } else if (key === 'users list') {
    for (const a of await accounts.list()) {
      deps.out([a.email, a.name, a.kind, a.role, a.teams.join(','), a.disabled ? 'disabled' : 'active'].join('\t'));
    }
  } else if (key === 'users disable') {
    const email = positionals[0] ?? values.email ?? fail('users disable E: the e-mail address is missing');
    if (!(await accounts.disable(email))) fail(`no active account ${email}`);
    deps.out(`disabled ${email}; its sessions are ended`);
  } else if (key === 'tokens add') {
    if (!values.name) fail('--name is required');
    const { actor, token } = await accounts.addService(values.name!, checkRole(values.role ?? 'medewerker'), checkTeams(values.team, deps.teamIds, true));
    deps.out(`service account ${actor.name} (${actor.teams.join(', ')}); token, shown once:`);
    deps.out(token);
  } else if (key === 'keys rotate') {
    await rotate(deps);
  } else {
    fail(USAGE);
  }
}

async function rotate(deps: CliDeps): Promise<void> {
  if (deps.keys.kind === 'env') {
    const result = await reencryptAll(deps.db, deps.keys.cipher);
    deps.out(`re-encrypted ${result.requests} requests and ${result.notes} notes with DATA_ENCRYPTION_KEY; DATA_ENCRYPTION_PREVIOUS_KEYS can now be removed`);
    return;
  }
  const old = readKeyFile(deps.keys.dataDir);
  const fresh = newKey();
  writeKeyFile(deps.keys.dataDir, [fresh, ...old]); // both readable while re-encrypting: a crash here loses nothing
  const result = await reencryptAll(deps.db, new FieldCipher([fresh, ...old]));
  writeKeyFile(deps.keys.dataDir, [fresh]);
  deps.out(`re-encrypted ${result.requests} requests and ${result.notes} notes with a new key in the key file`);
}
