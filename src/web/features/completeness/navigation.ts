import type { Role } from '#domain/roles';
import { seesDashboards } from '#web/features/dashboard/access.ts';

/** "Kelengkapan" in the menu, for the staff who read regional reports; a library manager has its rapor. */
export function completenessNavigation(user: { role: Role }): { to: string; label: 'nav.completeness' }[] {
  return seesDashboards(user) ? [{ to: '/kelengkapan', label: 'nav.completeness' }] : [];
}
