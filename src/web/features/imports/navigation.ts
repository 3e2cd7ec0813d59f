import type { Role } from '#domain/roles';
import { importableKinds } from './access';

/** "Impor data" in the menu, for the roles that may import partners or activities. */
export function importNavigation(user: { role: Role }): { to: string; label: 'nav.imports' }[] {
  return importableKinds(user).length > 0 ? [{ to: '/impor', label: 'nav.imports' }] : [];
}
