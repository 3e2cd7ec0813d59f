import { can } from '#domain/permissions';
import type { Role } from '#domain/roles';

/**
 * Elis for staff in the menu: the national office writes courses ("Kelola Elis", where each
 * course's progress is one step away); regional staff follow their learners ("Kemajuan Elis").
 */
export function courseStaffNavigation(user: { role: Role }): { to: string; label: 'nav.elisManage' | 'nav.elisProgress' }[] {
  if (can(user, 'courses.write')) return [{ to: '/elis/kelola', label: 'nav.elisManage' }];
  return can(user, 'courses.progress') ? [{ to: '/elis/kelola/kemajuan', label: 'nav.elisProgress' }] : [];
}
