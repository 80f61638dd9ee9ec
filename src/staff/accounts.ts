// Staff accounts: people (password or single sign-on) and service accounts (bearer tokens scoped to teams).
import { createHash, randomBytes } from 'node:crypto';
import { AppError } from '../errors';
import type { Database } from '../storage/types';
import type { Role, StaffActor } from './actor';
import { DUMMY_HASH_PROMISE, hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from './passwords';

interface Row {
  id: number | string; kind: 'person' | 'service'; email: string; name: string; role: Role; teams: string[];
  password_hash: string | null; external_id: string | null; disabled_at: Date | string | null;
}

const COLUMNS = 'id, kind, email, name, role, teams, password_hash, external_id, disabled_at';
const toActor = (r: Row): StaffActor => ({
  id: Number(r.id), kind: r.kind, email: r.email, name: r.name, role: r.role, teams: r.teams,
  externalId: r.external_id ?? undefined, disabled: r.disabled_at !== null,
});
const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

export interface NewPerson {
  email: string;
  name: string;
  role: Role;
  teams: string[];
  password?: string;
  /** The Entra object id (OIDC `oid`, Teams `from.aadObjectId`). */
  externalId?: string;
}

export class StaffAccounts {
  private dummyHash?: Promise<string>;

  constructor(
    private readonly db: Database,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async addPerson(person: NewPerson): Promise<StaffActor> {
    if (person.password !== undefined && person.password.length < MIN_PASSWORD_LENGTH) {
      throw new AppError('password_too_short', `a password needs at least ${MIN_PASSWORD_LENGTH} characters`);
    }
    const hash = person.password === undefined ? null : await hashPassword(person.password);
    const rows = await this.db.query<Row>(
      `INSERT INTO staff_users (kind, email, name, role, teams, password_hash, external_id, created_at)
       VALUES ('person', $1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING RETURNING ${COLUMNS}`,
      [person.email.trim().toLowerCase(), person.name, person.role, person.teams, hash, person.externalId ?? null, this.clock().toISOString()],
    );
    if (!rows[0]) throw new AppError('account_exists', 'an account with this e-mail address or external id exists already');
    return toActor(rows[0]);
  }

  /** A service account; the token is shown once and only its hash is kept. */
  async addService(name: string, role: Role, teams: string[]): Promise<{ actor: StaffActor; token: string }> {
    const token = `sws_${randomBytes(32).toString('base64url')}`;
    return { actor: await this.upsertService(name, role, teams, token), token };
  }

  /** Makes a configured token (STAFF_API_TOKEN) a service account, replacing its previous token. */
  async upsertService(name: string, role: Role, teams: string[], token: string): Promise<StaffActor> {
    const rows = await this.db.query<Row>(
      `INSERT INTO staff_users (kind, email, name, role, teams, token_hash, created_at) VALUES ('service', $1, $2, $3, $4, $5, $6)
       ON CONFLICT (email) DO UPDATE SET role = $3, teams = $4, token_hash = $5, disabled_at = NULL RETURNING ${COLUMNS}`,
      [`service:${name}`, name, role, teams, tokenHash(token), this.clock().toISOString()],
    );
    return toActor(rows[0]);
  }

  async list(): Promise<StaffActor[]> {
    return (await this.db.query<Row>(`SELECT ${COLUMNS} FROM staff_users ORDER BY kind, email`)).map(toActor);
  }

  async disable(email: string): Promise<boolean> {
    const rows = await this.db.query(
      'UPDATE staff_users SET disabled_at = $2, token_hash = NULL WHERE email = $1 AND disabled_at IS NULL RETURNING id',
      [email.trim().toLowerCase(), this.clock().toISOString()],
    );
    if (rows.length) await this.db.query('DELETE FROM staff_sessions WHERE user_id = $1', [(rows[0] as { id: number }).id]);
    return rows.length === 1;
  }

  async findById(id: number): Promise<StaffActor | undefined> {
    return this.one('id = $1', [id]);
  }

  async findByEmail(email: string): Promise<StaffActor | undefined> {
    return this.one('email = $1', [email.trim().toLowerCase()]);
  }

  /** The staff member behind an Entra object id (Teams `from.aadObjectId`); undefined when unknown or disabled. */
  async findByExternalId(externalId: string): Promise<StaffActor | undefined> {
    const actor = await this.one('external_id = $1', [externalId]);
    return actor && !actor.disabled ? actor : undefined;
  }

  async findByToken(token: string): Promise<StaffActor | undefined> {
    const actor = await this.one(`token_hash = $1 AND kind = 'service'`, [tokenHash(token)]);
    return actor && !actor.disabled ? actor : undefined;
  }

  /** The active person with this e-mail and password; the same work is done when the account is missing. */
  async checkPassword(email: string, password: string): Promise<StaffActor | undefined> {
    const rows = await this.db.query<Row>(`SELECT ${COLUMNS} FROM staff_users WHERE email = $1 AND kind = 'person'`, [email.trim().toLowerCase()]);
    const row = rows[0];
    this.dummyHash ??= DUMMY_HASH_PROMISE();
    const ok = await verifyPassword(password, row?.password_hash ?? (await this.dummyHash));
    return ok && row && row.password_hash && row.disabled_at === null ? toActor(row) : undefined;
  }

  /** Single sign-on: creates or updates the person for this external id with the role and teams from the groups. */
  async upsertExternal(person: Required<Pick<NewPerson, 'externalId'>> & Omit<NewPerson, 'password'>): Promise<StaffActor | undefined> {
    // A local account with the same work e-mail becomes this person's account (the organisation's own directory vouches for it).
    await this.db.query(
      `UPDATE staff_users SET external_id = $1 WHERE email = $2 AND kind = 'person' AND external_id IS NULL`,
      [person.externalId, person.email.trim().toLowerCase()],
    );
    const rows = await this.db.query<Row>(
      `INSERT INTO staff_users (kind, email, name, role, teams, external_id, created_at) VALUES ('person', $1, $2, $3, $4, $5, $6)
       ON CONFLICT (external_id) DO UPDATE SET email = $1, name = $2, role = $3, teams = $4 RETURNING ${COLUMNS}`,
      [person.email.trim().toLowerCase(), person.name, person.role, person.teams, person.externalId, this.clock().toISOString()],
    );
    const actor = rows[0] && toActor(rows[0]);
    return actor && !actor.disabled ? actor : undefined;
  }

  private async one(where: string, params: unknown[]): Promise<StaffActor | undefined> {
    const rows = await this.db.query<Row>(`SELECT ${COLUMNS} FROM staff_users WHERE ${where}`, params);
    return rows[0] && toActor(rows[0]);
  }
}
