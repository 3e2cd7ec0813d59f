import { can } from '#domain/permissions';
import type { Role } from '#domain/roles';

/** "Profil KPI" in the menu, for whoever publishes profile versions: the national office. */
export function kpiProfileNavigation(user: { role: Role }): { to: string; label: 'nav.kpiProfile' }[] {
  return can(user, 'kpiProfiles.write') ? [{ to: '/profil-kpi', label: 'nav.kpiProfile' }] : [];
}
