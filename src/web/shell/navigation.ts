import { can } from '#domain/permissions';
import type { Role } from '#domain/roles';

export interface NavItem {
  to: string;
  label: 'nav.home' | 'nav.regions' | 'nav.users' | 'nav.about' | 'nav.account';
  /** Home matches only itself, not every path below it. */
  end?: boolean;
}

/** The menu a role sees: only pages that exist and that its role may use. */
export function navigationFor(user: { role: Role }): NavItem[] {
  const items: NavItem[] = [{ to: '/', label: 'nav.home', end: true }];
  if (can(user, 'regions.read')) items.push({ to: '/wilayah', label: 'nav.regions' });
  if (can(user, 'users.read')) items.push({ to: '/pengguna', label: 'nav.users' });
  items.push({ to: '/akun', label: 'nav.account' }, { to: '/tentang', label: 'nav.about' });
  return items;
}
