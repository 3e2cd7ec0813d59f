import { queryOptions } from '@tanstack/react-query';
import { Partner, PartnerDetail, PartnerList, type CreatePartnerBody, type UpdatePartnerBody } from '#domain/partners';
import type { ExportFormat } from '#domain/exports';
import type { PartnerScheme, PartnerType } from '#domain/taxonomy';
import { api, ApiError } from '#web/api/client.ts';
import { apiQuery } from '#web/api/queries.ts';

export interface PartnerFilters {
  region?: string | undefined;
  type?: PartnerType | undefined;
  scheme?: PartnerScheme | undefined;
  cohortYear?: number | undefined;
  active?: boolean | undefined;
  q?: string | undefined;
}

/** The query string of a list request: only the filters that are set. */
function listSearch(filters: PartnerFilters, page: number, pageSize: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  params.set('page', String(page));
  params.set('pageSize', String(pageSize));
  return params.toString();
}

/** The export of the list as filtered now: every matching partner, no paging. */
export function partnersExportPath(filters: PartnerFilters, format: ExportFormat): string {
  const params = new URLSearchParams({ format });
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  return `/api/partners/export?${params.toString()}`;
}

export const partnersQuery = (filters: PartnerFilters, page: number, pageSize: number) =>
  apiQuery(`/api/partners?${listSearch(filters, page, pageSize)}`, PartnerList);

/** An id of 0 (a mistyped address) is not asked for: no partner has it. */
export function partnerQuery(id: number) {
  const query = apiQuery(`/api/partners/${id}`, PartnerDetail);
  return id > 0 ? query : queryOptions({ ...query, queryFn: () => Promise.reject(new ApiError('not_found', 404, 'no such partner')) });
}

export const createPartner = (body: CreatePartnerBody) => api('/api/partners', Partner, { method: 'POST', body });

export const updatePartner = (id: number, body: UpdatePartnerBody) => api(`/api/partners/${id}`, Partner, { method: 'PATCH', body });
