import { ChildrenResponse, DashboardResponse, KpiListResponse, TrendResponse } from '#domain/dashboard';
import { api } from '#web/api/client.ts';
import { reportSearch, type Period } from './period';

/** A report's region (null: the user's own scope, the whole country for the national office) and period. */
export interface ReportQuery {
  region: string | null;
  period: Period;
}

const path = (base: string, query: ReportQuery) => `${base}?${reportSearch(query.region, query.period)}`;

export const fetchDashboard = (query: ReportQuery, signal?: AbortSignal) =>
  api(path('/api/dashboard', query), DashboardResponse, { signal });

export const fetchTrends = (query: ReportQuery, signal?: AbortSignal) =>
  api(path('/api/dashboard/trends', query), TrendResponse, { signal });

export const fetchChildRegions = (query: ReportQuery, signal?: AbortSignal) =>
  api(path('/api/dashboard/children', query), ChildrenResponse, { signal });

export const fetchRanking = (query: ReportQuery, signal?: AbortSignal) =>
  api(path('/api/kpi/partners', query), KpiListResponse, { signal });
