import { can } from '#domain/permissions';
import type { Role } from '#domain/roles';
import type { MessageKey, ParamsOf } from '#web/i18n/messages.ts';
import { ownRaporPath, seesDashboards } from '#web/features/dashboard/access.ts';
// ---- Activities, review queue and partners ----
import { activityNavigation } from '#web/features/activities/navigation.ts';
// ---- end activities ----
// ---- practices ----
import { practiceNavigation } from '#web/features/practices/navigation.ts';
// ---- end practices ----
// ---- problems ----
import { problemNavigation } from '#web/features/problems/navigation.ts';
// ---- end problems ----
// ---- gatherings ----
import { gatheringNavigation } from '#web/features/gatherings/navigation.ts';
// ---- end gatherings ----
// ---- elis ----
import { courseNavigation } from '#web/features/courses/navigation.ts';
// ---- end elis ----
// ---- elis staff ----
import { courseStaffNavigation } from '#web/features/courses/staff/navigation.ts';
// ---- end elis staff ----
// ---- completeness ----
import { completenessNavigation } from '#web/features/completeness/navigation.ts';
// ---- end completeness ----
// ---- kpi profile ----
import { kpiProfileNavigation } from '#web/features/kpi-profile/navigation.ts';
// ---- end kpi profile ----

/** Any menu word of the dictionaries (a `nav.*` key without placeholders): a feature adds its own. */
export type NavLabel = {
  [K in MessageKey]: K extends `nav.${string}` ? ([ParamsOf<K>] extends [never] ? K : never) : never;
}[MessageKey];

export interface NavItem {
  to: string;
  label: NavLabel;
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
  // ---- practices ----
  items.push(...practiceNavigation(user));
  // ---- end practices ----
  // ---- problems ----
  items.push(...problemNavigation(user));
  // ---- end problems ----
  // ---- gatherings ----
  items.push(...gatheringNavigation(user));
  // ---- end gatherings ----
  // ---- elis ----
  items.push(...courseNavigation(user));
  // ---- end elis ----
  // ---- elis staff ----
  items.push(...courseStaffNavigation(user));
  // ---- end elis staff ----
  // A manager's own rapor sits where everyone else finds the dashboard.
  const rapor = ownRaporPath(user);
  if (seesDashboards(user)) items.push({ to: '/dasbor', label: 'nav.dashboard' });
  else if (rapor !== null) items.push({ to: rapor, label: 'nav.rapor' });
  // ---- completeness ----
  items.push(...completenessNavigation(user));
  // ---- end completeness ----
  // ---- kpi profile ----
  items.push(...kpiProfileNavigation(user));
  // ---- end kpi profile ----
  if (can(user, 'regions.read')) items.push({ to: '/wilayah', label: 'nav.regions' });
  if (can(user, 'users.read')) items.push({ to: '/pengguna', label: 'nav.users' });
  items.push({ to: '/akun', label: 'nav.account' }, { to: '/tentang', label: 'nav.about' });
  return items;
}
