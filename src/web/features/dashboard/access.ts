import { can, kpiScope, scopeOfUser, type KpiScope } from '#domain/permissions';
import type { Role } from '#domain/roles';

/**
 * Regional reports are for everyone who oversees partners; a library manager has its own
 * rapor instead (the server answers 403 on dashboards for a pengelola).
 */
export function seesDashboards(user: { role: Role }): boolean {
  return can(user, 'kpi.read') && user.role !== 'pengelola';
}

/**
 * What a KPI page may show this user, by the same `kpiScope` the server decides with; null for
 * a user who reads no KPI, or whose scope does not fit its role.
 */
export function kpiScopeOf(
  user: { role: Role; regionCode?: string | undefined; partnerId?: number | undefined },
  requestedRegion: string | null,
): KpiScope | null {
  const scope = scopeOfUser(user);
  return scope && can(scope, 'kpi.read') ? kpiScope(scope, requestedRegion) : null;
}

/** A manager's own rapor, or null for anyone who manages no partner. */
export function ownRaporPath(user: { role: Role; partnerId?: number | undefined }): string | null {
  const scope = kpiScopeOf(user, null);
  return scope?.kind === 'partner' ? `/mitra/${scope.partnerId}/rapor` : null;
}
