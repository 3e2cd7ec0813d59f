import { can } from '#domain/permissions';
import type { Role } from '#domain/roles';

export interface PracticeNavItem {
  to: string;
  label: 'nav.practices';
}

/** The gallery of good-practice stories: every signed-in user reads them, from any province. */
export function practiceNavigation(user: { role: Role }): PracticeNavItem[] {
  return can(user, 'practices.read') ? [{ to: '/praktik-baik', label: 'nav.practices' }] : [];
}
