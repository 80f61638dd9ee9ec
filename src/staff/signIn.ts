// Password sign-in with limits per account and per address (in the database, so they hold across instances); every try audited.
import type { AuditLog } from '../requests/auditLog';
import type { DbThrottle } from '../requests/dbThrottle';
import type { StaffAccounts } from './accounts';
import type { StaffActor } from './actor';

const WINDOW_MS = 15 * 60 * 1000;
export const SIGN_IN_LIMITS = { perAccount: 5, perAddress: 20 } as const;

export type SignInResult = { ok: true; actor: StaffActor } | { ok: false; reason: 'wrong' | 'throttled' };

export class PasswordSignIn {
  constructor(
    private readonly accounts: StaffAccounts,
    private readonly throttle: DbThrottle,
    private readonly audit: AuditLog,
    private readonly limits: { perAccount: number; perAddress: number } = SIGN_IN_LIMITS,
  ) {}

  async signIn(email: string, password: string, address: string): Promise<SignInResult> {
    const account = email.trim().toLowerCase();
    const [perAccount, perAddress] = await Promise.all([
      this.throttle.count('signin_account', account, WINDOW_MS),
      this.throttle.count('signin_address', address, WINDOW_MS),
    ]);
    if (perAccount >= this.limits.perAccount || perAddress >= this.limits.perAddress) {
      await this.audit.write({ actor: account, via: 'page', address, action: 'signin_throttled' });
      return { ok: false, reason: 'throttled' };
    }
    const actor = await this.accounts.checkPassword(account, password);
    if (!actor) {
      await this.throttle.hit('signin_account', account);
      await this.throttle.hit('signin_address', address);
      await this.audit.write({ actor: account, via: 'page', address, action: 'signin_failed' });
      return { ok: false, reason: 'wrong' };
    }
    await this.throttle.clear('signin_account', account);
    await this.audit.write({ actorId: actor.id, actor: actor.name, via: 'page', address, action: 'signin' });
    return { ok: true, actor };
  }
}
