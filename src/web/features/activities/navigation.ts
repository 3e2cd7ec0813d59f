import { can } from '#domain/permissions';
import type { Role } from '#domain/roles';

export interface ActivityNavItem {
  to: string;
  label: 'nav.report' | 'nav.activities' | 'nav.reviewQueue' | 'nav.partners' | 'nav.ownPartner';
  /** Drawn as the menu's main action: a manager opens the app to report. */
  primary?: boolean;
  end?: boolean;
}

/** Reporting, review and partner entries of the menu, for the roles that use them. */
export function activityNavigation(user: { role: Role; partnerId?: number | undefined }): ActivityNavItem[] {
  const items: ActivityNavItem[] = [];
  if (user.role === 'pengelola') items.push({ to: '/lapor', label: 'nav.report', primary: true });
  if (can(user, 'activities.read')) items.push({ to: '/kegiatan', label: 'nav.activities' });
  if (can(user, 'activities.review')) items.push({ to: '/verifikasi', label: 'nav.reviewQueue' });
  if (user.role === 'pengelola' && user.partnerId !== undefined)
    items.push({ to: `/mitra/${user.partnerId}`, label: 'nav.ownPartner', end: true });
  else if (can(user, 'partners.read') && user.role !== 'pengelola') items.push({ to: '/mitra', label: 'nav.partners' });
  return items;
}
