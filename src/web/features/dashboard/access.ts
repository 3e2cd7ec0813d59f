import { can } from '#domain/permissions';
import type { Role } from '#domain/roles';

/**
 * Regional reports are for everyone who oversees partners; a library manager has its own
 * rapor instead (the server answers 403 on dashboards for a pengelola).
 */
export function seesDashboards(user: { role: Role }): boolean {
  return can(user, 'kpi.read') && user.role !== 'pengelola';
}

/** A manager's own rapor, or null for anyone who manages no partner. */
export function ownRaporPath(user: { role: Role; partnerId?: number | undefined }): string | null {
  return user.role === 'pengelola' && user.partnerId !== undefined && can(user, 'kpi.read') ? `/mitra/${user.partnerId}/rapor` : null;
}
