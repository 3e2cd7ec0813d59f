import { queryOptions } from '@tanstack/react-query';
import type { ExportFormat } from '#domain/exports';
import { GatheringSummary } from '#domain/gatherings';
import {
  Problem,
  ProblemAction,
  ProblemEvent,
  ProblemList,
  ProblemRegionSummary,
  type CreateProblemActionBody,
  type CreateProblemBody,
  type ProblemStatusBody,
  type UpdateProblemBody,
  type UpdateProblemActionBody,
} from '#domain/problems';
import { api, ApiError } from '#web/api/client.ts';
import { apiQuery } from '#web/api/queries.ts';
import { exportSearch, listSearch, type ProblemFilters } from './filters';

export const problemsQuery = (filters: ProblemFilters, page: number, pageSize: number) =>
  apiQuery(`/api/problems?${listSearch(filters, page, pageSize)}`, ProblemList);

/** The list as filtered now, as a file: every matching problem, no paging. */
export const problemsExportPath = (filters: ProblemFilters, format: ExportFormat) =>
  `/api/problems/export?${exportSearch(filters, format)}`;

/** Open problems and overdue actions of one partner, or of a region per child region (null: the user's own scope). */
export function problemSummaryQuery(of: { partner: number } | { region: string | null }) {
  const params = new URLSearchParams();
  if ('partner' in of) params.set('partner', String(of.partner));
  else if (of.region !== null) params.set('region', of.region);
  const search = params.toString();
  return apiQuery(`/api/problems/summary${search ? `?${search}` : ''}`, ProblemRegionSummary);
}

/** An id of 0 (a mistyped address) is not asked for: no problem has it. */
export function problemQuery(id: number) {
  const query = apiQuery(`/api/problems/${id}`, Problem);
  return id > 0 ? query : queryOptions({ ...query, queryFn: () => Promise.reject(new ApiError('not_found', 404, 'no such problem')) });
}

/** What a problem page shows of a gathering where it was discussed: its title and date. */
const GatheringName = GatheringSummary.pick({ id: true, title: true, date: true });
export const gatheringNameQuery = (id: number) => apiQuery(`/api/gatherings/${id}`, GatheringName);

export const raiseProblem = (body: CreateProblemBody) => api('/api/problems', Problem, { method: 'POST', body });

export const editProblem = (id: number, body: UpdateProblemBody) => api(`/api/problems/${id}`, Problem, { method: 'PATCH', body });

export const moveProblem = (id: number, body: ProblemStatusBody) => api(`/api/problems/${id}/status`, Problem, { method: 'POST', body });

export const commentOnProblem = (id: number, text: string) =>
  api(`/api/problems/${id}/comments`, ProblemEvent, { method: 'POST', body: { text } });

export const addProblemAction = (id: number, body: CreateProblemActionBody) =>
  api(`/api/problems/${id}/actions`, ProblemAction, { method: 'POST', body });

export const updateProblemAction = (id: number, actionId: number, body: UpdateProblemActionBody) =>
  api(`/api/problems/${id}/actions/${actionId}`, ProblemAction, { method: 'PATCH', body });
