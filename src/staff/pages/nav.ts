// The staff pages' navigation: a list other route files add to (e.g. delivery adds "Bezorging" for coordinators).
import type { Role } from '../actor';

export interface NavEntry {
  href: string;
  /** A text key, e.g. 'staff:nav.queue' or 'delivery:nav.title'. */
  labelKey: string;
  /** Who sees the entry; everyone when absent. */
  roles?: Role[];
}

export class StaffNav {
  private readonly entries: NavEntry[] = [
    { href: '/staff', labelKey: 'staff:nav.queue' },
    { href: '/staff/audit', labelKey: 'staff:nav.audit', roles: ['coordinator'] },
    { href: '/staff/accounts', labelKey: 'staff:nav.accounts', roles: ['beheerder'] },
  ];

  add(entry: NavEntry): void {
    if (this.entries.some((e) => e.href === entry.href)) throw new Error(`nav entry ${entry.href} exists already`);
    this.entries.push(entry);
  }

  for(role: Role): NavEntry[] {
    return this.entries.filter((e) => !e.roles || e.roles.includes(role));
  }
}
