import { can } from '#domain/permissions';
import type { Role } from '#domain/roles';

/** "Elis" in the menu: every signed-in role learns (decision 019). */
export function courseNavigation(user: { role: Role }): { to: string; label: 'nav.elis' }[] {
  return can(user, 'courses.learn') ? [{ to: '/elis', label: 'nav.elis' }] : [];
}
