import { Partner, PartnerDetail, PartnerList, type CreatePartnerBody, type UpdatePartnerBody } from '#domain/partners';
import type { PartnerScheme, PartnerType } from '#domain/taxonomy';
import { api, ApiError } from '#web/api/client.ts';

export interface PartnerFilters {
  region?: string | undefined;
  type?: PartnerType | undefined;
  scheme?: PartnerScheme | undefined;
  cohortYear?: number | undefined;
  active?: boolean | undefined;
  q?: string | undefined;
}

export function partnerQuery(filters: PartnerFilters, page: number, pageSize: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  params.set('page', String(page));
  params.set('pageSize', String(pageSize));
  return params.toString();
}

export const fetchPartners = (filters: PartnerFilters, page: number, pageSize: number, signal?: AbortSignal) =>
  api(`/api/partners?${partnerQuery(filters, page, pageSize)}`, PartnerList, { signal });

/** An id of 0 (a mistyped address) is not asked for: no partner has it. */
export const fetchPartner = (id: number, signal?: AbortSignal) =>
  id > 0 ? api(`/api/partners/${id}`, PartnerDetail, { signal }) : Promise.reject(new ApiError('not_found', 404, 'no such partner'));

export const createPartner = (body: CreatePartnerBody) => api('/api/partners', Partner, { method: 'POST', body });

export const updatePartner = (id: number, body: UpdatePartnerBody) => api(`/api/partners/${id}`, Partner, { method: 'PATCH', body });
