import { can } from '#domain/permissions';
import type { Role } from '#domain/roles';

/** "Kendala" in the menu, for the roles that read problems (every role today, each in its own scope). */
export function problemNavigation(user: { role: Role }): { to: string; label: 'nav.problems' }[] {
  return can(user, 'problems.read') ? [{ to: '/kendala', label: 'nav.problems' }] : [];
}
