import type { ExportFormat } from '#domain/exports';
import { ProblemCategory, problemStatuses, type ProblemStatus } from '#domain/problems';
import { RegionCode } from '#domain/regions';

/** The filters of the problem list, as the address and the API both carry them. */
export interface ProblemFilters {
  region?: string | undefined;
  partner?: number | undefined;
  /** Any of these statuses; none set means every status. */
  status?: ProblemStatus[] | undefined;
  category?: ProblemCategory | undefined;
  /** Only problems with an overdue action. */
  overdue?: true | undefined;
}

/** The statuses of a problem still being worked on: what "open problems" links to. */
export const openStatuses: ProblemStatus[] = ['terbuka', 'ditangani'];

/** `terbuka,ditangani` in the address; unknown parts are dropped, and the order is the flow's. */
function statusesFrom(value: string | null): ProblemStatus[] | undefined {
  if (value === null) return undefined;
  const parts = new Set(value.split(','));
  const known = problemStatuses.filter((s) => parts.has(s));
  return known.length > 0 ? known : undefined;
}

/** Filters live in the address (?status=terbuka,ditangani&region=19.05), so Back, a reload or a shared link shows the same list. */
export function filtersFrom(params: URLSearchParams): ProblemFilters {
  const region = RegionCode.safeParse(params.get('region'));
  const category = ProblemCategory.safeParse(params.get('category'));
  const partner = Number(params.get('partner'));
  return {
    region: region.success ? region.data : undefined,
    partner: Number.isInteger(partner) && partner > 0 ? partner : undefined,
    status: statusesFrom(params.get('status')),
    category: category.success ? category.data : undefined,
    overdue: params.get('overdue') === 'true' ? true : undefined,
  };
}

export function pageFrom(params: URLSearchParams): number {
  const page = Number(params.get('page'));
  return Number.isInteger(page) && page > 0 ? page : 1;
}

function setFilters(params: URLSearchParams, filters: ProblemFilters): URLSearchParams {
  if (filters.region !== undefined) params.set('region', filters.region);
  if (filters.partner !== undefined) params.set('partner', String(filters.partner));
  if (filters.status !== undefined && filters.status.length > 0) params.set('status', filters.status.join(','));
  if (filters.category !== undefined) params.set('category', filters.category);
  if (filters.overdue) params.set('overdue', 'true');
  return params;
}

/** The address for these filters on this page; page 1 and unset filters are left out. */
export function paramsFor(filters: ProblemFilters, page = 1): URLSearchParams {
  const params = setFilters(new URLSearchParams(), filters);
  if (page > 1) params.set('page', String(page));
  return params;
}

/** The query string of an export: the filters that are set, and the file's format. */
export function exportSearch(filters: ProblemFilters, format: ExportFormat): string {
  const params = setFilters(new URLSearchParams(), filters);
  params.set('format', format);
  return params.toString();
}

/** The query string of a list request: the filters that are set, then the page. */
export function listSearch(filters: ProblemFilters, page: number, pageSize: number): string {
  const params = setFilters(new URLSearchParams(), filters);
  params.set('page', String(page));
  params.set('pageSize', String(pageSize));
  return params.toString();
}

export const hasFilters = (filters: ProblemFilters): boolean =>
  Object.values(filters).some((v) => v !== undefined && (!Array.isArray(v) || v.length > 0));

/** The list of a partner's or a region's open problems, as a link. */
export const openProblemsPath = (filters: Pick<ProblemFilters, 'region' | 'partner' | 'overdue'>): string =>
  `/kendala?${paramsFor({ ...filters, status: openStatuses }).toString()}`;
