import { queryOptions, type QueryKey } from '@tanstack/react-query';
import type { z } from 'zod';
import { ChildrenResponse, DashboardResponse, DataExtentResponse, KpiListResponse, TrendResponse } from '#domain/dashboard';
import type { ExportFormat } from '#domain/exports';
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

export const rankingQuery = (query: ReportQuery) => reportQuery('/api/kpi/partners', KpiListResponse, query);

/** The ranking as a file: every partner with each indicator's achieved, target and points. */
export const rankingExportPath = (query: ReportQuery, format: ExportFormat) =>
  `/api/kpi/partners/export?${reportSearch(query.region, query.period)}&format=${format}`;

/** The first and last day with reports in a region (null: the viewer's own scope), and the demo's period while it is the demo. */
export const extentQuery = (region: string | null) =>
  apiQuery(`/api/dashboard/extent${region === null ? '' : `?${new URLSearchParams({ region }).toString()}`}`, DataExtentResponse);
