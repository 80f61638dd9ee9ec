// Single sign-on with OpenID Connect (openid-client): authorization code flow with PKCE, state and nonce; directory groups
// map to a role and teams (OIDC_GROUPS); the person is found or created by their object id (Entra `oid`, else `sub`).
import type * as OpenIdClient from 'openid-client';
import type { AuditLog } from '../requests/auditLog';
import type { FieldCipher } from '../requests/fieldCipher';
import type { StaffAccounts } from './accounts';
import type { Role, StaffActor } from './actor';

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUrl: string;
  scopes: string;
  groups: Record<string, { role: Role; teams: string[] }>;
}

/** When several groups match, the widest role wins; teams are joined. */
const ROLE_ORDER: Role[] = ['coordinator', 'beheerder', 'medewerker'];

export function mapGroups(groups: readonly string[], map: OidcSettings['groups']): { role: Role; teams: string[] } | undefined {
  const matched = groups.map((g) => map[g]).filter((m): m is { role: Role; teams: string[] } => !!m);
  if (matched.length === 0) return undefined;
  const role = ROLE_ORDER.find((r) => matched.some((m) => m.role === r))!;
  return { role, teams: [...new Set(matched.flatMap((m) => m.teams))] };
}

interface Pending { state: string; nonce: string; verifier: string; expires: number }

export type OidcResult = { ok: true; actor: StaffActor } | { ok: false; reason: 'failed' | 'norole' };

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/;

export class OidcSignIn {
  readonly enabled = true as const;
  /** Loaded when sign-on is configured, not on every start. */
  private readonly client = require('openid-client') as typeof OpenIdClient;
  private configuration?: Promise<OpenIdClient.Configuration>;

  constructor(
    private readonly settings: OidcSettings,
    private readonly accounts: StaffAccounts,
    private readonly audit: AuditLog,
    /** Seals the pending state in a cookie, so nothing is kept in memory between start and callback. */
    private readonly cipher: FieldCipher,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** The provider's address to send the browser to, and the sealed state for a short-lived cookie. */
  async start(): Promise<{ url: string; sealed: string }> {
    const config = await this.config();
    const pending: Pending = {
      state: this.client.randomState(), nonce: this.client.randomNonce(), verifier: this.client.randomPKCECodeVerifier(), expires: this.clock().getTime() + 10 * 60_000,
    };
    const url = this.client.buildAuthorizationUrl(config, {
      redirect_uri: this.settings.redirectUrl,
      scope: this.settings.scopes,
      state: pending.state,
      nonce: pending.nonce,
      code_challenge: await this.client.calculatePKCECodeChallenge(pending.verifier),
      code_challenge_method: 'S256',
    });
    return { url: url.href, sealed: this.cipher.encryptJson(pending) };
  }

  /** Checks the provider's answer and signs the person in with the role and teams of their groups. */
  async finish(query: string, sealed: string | undefined, address: string): Promise<OidcResult> {
    let pending: Pending;
    try {
      pending = this.cipher.decryptJson<Pending>(sealed ?? '');
    } catch {
      return { ok: false, reason: 'failed' };
    }
    if (pending.expires < this.clock().getTime()) return { ok: false, reason: 'failed' };
    const callback = new URL(this.settings.redirectUrl);
    callback.search = query;
    let claims: Record<string, unknown>;
    try {
      const tokens = await this.client.authorizationCodeGrant(await this.config(), callback, {
        pkceCodeVerifier: pending.verifier, expectedState: pending.state, expectedNonce: pending.nonce, idTokenExpected: true,
      });
      claims = (tokens.claims() ?? {}) as Record<string, unknown>;
    } catch {
      await this.audit.write({ actor: 'oidc', via: 'page', address, action: 'signin_failed', detail: { sso: true } });
      return { ok: false, reason: 'failed' };
    }
    const externalId = String(claims.oid ?? claims.sub);
    const groups = Array.isArray(claims.groups) ? claims.groups.map(String) : [];
    const mapped = mapGroups(groups, this.settings.groups);
    if (!mapped) {
      await this.audit.write({ actor: externalId, via: 'page', address, action: 'signin_refused', detail: { sso: true, reason: 'no group' } });
      return { ok: false, reason: 'norole' };
    }
    const email = String(claims.email ?? claims.preferred_username ?? `${externalId}@oidc`);
    const actor = await this.accounts.upsertExternal({ externalId, email, name: String(claims.name ?? email), role: mapped.role, teams: mapped.teams });
    if (!actor) return { ok: false, reason: 'norole' };
    await this.audit.write({ actorId: actor.id, actor: actor.name, via: 'page', address, action: 'signin', detail: { sso: true } });
    return { ok: true, actor };
  }

  private config(): Promise<OpenIdClient.Configuration> {
    const issuer = new URL(this.settings.issuer);
    // Plain http only for a provider on this machine (tests, local trials); anything else must be https.
    const options = issuer.protocol === 'http:' && LOOPBACK.test(issuer.hostname) ? { execute: [this.client.allowInsecureRequests] } : undefined;
    this.configuration ??= this.client.discovery(issuer, this.settings.clientId, this.settings.clientSecret, undefined, options).catch((error: unknown) => {
      this.configuration = undefined; // try discovery again on the next sign-in
      throw error;
    });
    return this.configuration;
  }
}
