import { queryOptions, type QueryKey } from '@tanstack/react-query';
import type { z } from 'zod';
import { ChildrenResponse, DashboardResponse, DataExtentResponse, KpiListResponse, TrendResponse } from '#domain/dashboard';
import type { ExportFormat } from '#domain/exports';
import type { RankingSort } from '#domain/kpi/ranking';
import { apiQuery, paramsOfKey } from '#web/api/queries.ts';
import { reportSearch, type Period } from './period';

/** A report's region (null: the user's own scope, the whole country for the national office) and period. */
export interface ReportQuery {
  region: string | null;
  period: Period;
}

const sameRegion = (key: QueryKey | undefined, region: string | null) =>
  key !== undefined && paramsOfKey(key)['region'] === (region ?? undefined);

/**
 * While another period of the same region loads, the figures shown stay on screen (marked as
 * loading) instead of the whole dashboard blanking; another region starts empty, as a new page.
 */
function reportQuery<S extends z.ZodType>(base: string, schema: S, query: ReportQuery) {
  return queryOptions({
    ...apiQuery(`${base}?${reportSearch(query.region, query.period)}`, schema),
    placeholderData: (previous, previousQuery) => (sameRegion(previousQuery?.queryKey, query.region) ? previous : undefined),
  });
}

export const dashboardQuery = (query: ReportQuery) => reportQuery('/api/dashboard', DashboardResponse, query);

export const trendsQuery = (query: ReportQuery) => reportQuery('/api/dashboard/trends', TrendResponse, query);

export const childRegionsReportQuery = (query: ReportQuery) => reportQuery('/api/dashboard/children', ChildrenResponse, query);

/** What the ranking table shows of a region's ranking: the page, its order and the name filter. */
export interface RankingView {
  page: number;
  sort: RankingSort;
  q: string;
}

/** A page of a region's ranking; the server ranks, sorts, filters and cuts it (a province is megabytes whole). */
export function rankingQuery(query: ReportQuery, view: RankingView, pageSize: number) {
  const search = new URLSearchParams({ page: String(view.page), pageSize: String(pageSize), sort: view.sort });
  const q = view.q.trim();
  if (q !== '') search.set('q', q);
  return queryOptions({
    ...apiQuery(`/api/kpi/partners?${reportSearch(query.region, query.period)}&${search.toString()}`, KpiListResponse),
    // Another page, order or filter of the same ranking keeps the rows shown until the new ones arrive.
    placeholderData: (previous, previousQuery) => (sameRegion(previousQuery?.queryKey, query.region) ? previous : undefined),
  });
}

/** The ranking as a file: every partner with each indicator's achieved, target and points. */
export const rankingExportPath = (query: ReportQuery, format: ExportFormat) =>
  `/api/kpi/partners/export?${reportSearch(query.region, query.period)}&format=${format}`;

/** The table of child regions as a file: each one's figures, activities per strategy and participants. */
export const childRegionsExportPath = (query: ReportQuery, format: ExportFormat) =>
  `/api/dashboard/export?${reportSearch(query.region, query.period)}&format=${format}`;

/** The first and last day with reports in a region (null: the viewer's own scope), and the demo's period while it is the demo. */
export const extentQuery = (region: string | null) =>
  apiQuery(`/api/dashboard/extent${region === null ? '' : `?${new URLSearchParams({ region }).toString()}`}`, DataExtentResponse);
