import { can } from '#domain/permissions';
import type { Role } from '#domain/roles';
import { ownRaporPath, seesDashboards } from '#web/features/dashboard/access.ts';
// ---- Activities, review queue and partners ----
import { activityNavigation, type ActivityNavItem } from '#web/features/activities/navigation.ts';
// ---- end activities ----

export interface NavItem {
  to: string;
  label: 'nav.home' | 'nav.dashboard' | 'nav.rapor' | 'nav.regions' | 'nav.users' | 'nav.about' | 'nav.account' | ActivityNavItem['label'];
  /** Home matches only itself, not every path below it. */
  end?: boolean;
  /** The menu's main action, drawn as a button (a manager's "Lapor"). */
  primary?: boolean;
}

/** The menu a role sees: only pages that exist and that its role may use. */
export function navigationFor(user: { role: Role; partnerId?: number | undefined }): NavItem[] {
  const items: NavItem[] = [{ to: '/', label: 'nav.home', end: true }];
  // ---- Activities, review queue and partners ----
  items.push(...activityNavigation(user));
  // ---- end activities ----
  // A manager's own rapor sits where everyone else finds the dashboard.
  const rapor = ownRaporPath(user);
  if (seesDashboards(user)) items.push({ to: '/dasbor', label: 'nav.dashboard' });
  else if (rapor !== null) items.push({ to: rapor, label: 'nav.rapor' });
  if (can(user, 'regions.read')) items.push({ to: '/wilayah', label: 'nav.regions' });
  if (can(user, 'users.read')) items.push({ to: '/pengguna', label: 'nav.users' });
  items.push({ to: '/akun', label: 'nav.account' }, { to: '/tentang', label: 'nav.about' });
  return items;
}
