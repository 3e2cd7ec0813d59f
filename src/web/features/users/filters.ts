import { RegionCode } from '#domain/regions';
import { Role } from '#domain/roles';

/** The filters of the users list, as the address and the API both carry them. */
export interface UserFilters {
  /** Part of the username, display name or library name. */
  q?: string | undefined;
  role?: Role | undefined;
  region?: string | undefined;
  active?: boolean | undefined;
}

/** Filters live in the address (?q=sari&role=pengelola), so Back from a user's page shows the same list. */
export function filtersFrom(params: URLSearchParams): UserFilters {
  const q = params.get('q')?.trim();
  const role = Role.safeParse(params.get('role'));
  const region = RegionCode.safeParse(params.get('region'));
  const active = params.get('active');
  return {
    q: q ? q.slice(0, 60) : undefined,
    role: role.success ? role.data : undefined,
    region: region.success ? region.data : undefined,
    active: active === 'true' ? true : active === 'false' ? false : undefined,
  };
}

export function pageFrom(params: URLSearchParams): number {
  const page = Number(params.get('page'));
  return Number.isInteger(page) && page > 0 ? page : 1;
}

function setFilters(params: URLSearchParams, filters: UserFilters): URLSearchParams {
  if (filters.q !== undefined) params.set('q', filters.q);
  if (filters.role !== undefined) params.set('role', filters.role);
  if (filters.region !== undefined) params.set('region', filters.region);
  if (filters.active !== undefined) params.set('active', String(filters.active));
  return params;
}

/** The address for these filters on this page; page 1 and unset filters are left out. */
export function paramsFor(filters: UserFilters, page = 1): URLSearchParams {
  const params = setFilters(new URLSearchParams(), filters);
  if (page > 1) params.set('page', String(page));
  return params;
}

export function listSearch(filters: UserFilters, page: number, pageSize: number): string {
  const params = setFilters(new URLSearchParams(), filters);
  params.set('page', String(page));
  params.set('pageSize', String(pageSize));
  return params.toString();
}

export const hasFilters = (filters: UserFilters): boolean => Object.values(filters).some((v) => v !== undefined);
