import { CalendarDate } from '#domain/calendar';
import { ActivityStatus, Strategy } from '#domain/taxonomy';
import type { ActivityFilters } from '#web/features/activities/api.ts';

/** Filters live in the address (?status=submitted&q=kelas), so Back, a reload or a shared link shows the same list. */
export function filtersFrom(params: URLSearchParams): ActivityFilters {
  const status = ActivityStatus.safeParse(params.get('status'));
  const strategy = Strategy.safeParse(params.get('strategy'));
  const from = CalendarDate.safeParse(params.get('from'));
  const to = CalendarDate.safeParse(params.get('to'));
  const partner = Number(params.get('partner'));
  const q = params.get('q')?.trim().slice(0, 60);
  return {
    status: status.success ? status.data : undefined,
    strategy: strategy.success ? strategy.data : undefined,
    from: from.success ? from.data : undefined,
    to: to.success ? to.data : undefined,
    partner: Number.isInteger(partner) && partner > 0 ? partner : undefined,
    q: q === undefined || q === '' ? undefined : q,
  };
}

export function pageFrom(params: URLSearchParams): number {
  const page = Number(params.get('page'));
  return Number.isInteger(page) && page > 0 ? page : 1;
}

/** The address for these filters on this page; page 1 and unset filters are left out. */
export function paramsFor(filters: ActivityFilters, page = 1): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  if (page > 1) params.set('page', String(page));
  return params;
}

export const hasFilters = (filters: ActivityFilters): boolean => Object.values(filters).some((v) => v !== undefined);
