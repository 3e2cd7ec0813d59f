import { isWithinDateBounds, startOfMonth, startOfYear } from '#domain/calendar';
import type { DataExtentResponse } from '#domain/dashboard';

/** An inclusive range of calendar days, as the KPI API takes it. */
export interface Period {
  from: string;
  to: string;
}

/** The quick picks of the period picker; `data` is the data's period (when there is one), `custom` any other range. */
export type QuickPick = 'month' | 'year' | 'data' | 'custom';

/**
 * The period the data offers beside this year: the demo's, while what the viewer sees is the
 * demo; otherwise, when the last report is from an earlier year, that year from 1 January to the
 * last report (the year after, the screens would open empty). `lastDate`: the last report's day.
 */
export interface DataPeriod {
  period: Period;
  kind: 'demo' | 'latest';
  lastDate: string;
}

export function dataPeriodOf(extent: DataExtentResponse, today: string): DataPeriod | null {
  const { lastDate, demoPeriod } = extent;
  if (lastDate === null) return null;
  if (demoPeriod) return { period: demoPeriod, kind: 'demo', lastDate };
  if (lastDate >= startOfYear(today)) return null;
  return { period: { from: startOfYear(lastDate), to: lastDate }, kind: 'latest', lastDate };
}

/** Where a report opens when its URL names no period: the data's period, or this year to date (this year has data, or nothing does). */
export function openingPeriod(data: DataPeriod | null, today: string): Period {
  return data?.period ?? yearToDate(today);
}

/** The picks the picker offers: the data's period only when it is not already one of the others. */
export function quickPicksFor(data: DataPeriod | null, today: string): QuickPick[] {
  const offersData = data !== null && !['month', 'year'].includes(quickPickOf(data.period, today));
  return offersData ? ['month', 'year', 'data', 'custom'] : ['month', 'year', 'custom'];
}

/**
 * Quick picks end today, not at the end of the month or year: days still to come would raise
 * every target (they scale with the range's length) and paint a partner redder than it is.
 */
export function thisMonth(today: string): Period {
  return { from: startOfMonth(today), to: today };
}

export function yearToDate(today: string): Period {
  return { from: startOfYear(today), to: today };
}

export function periodOfPick(pick: Exclude<QuickPick, 'custom'>, today: string, data: DataPeriod | null = null): Period {
  if (pick === 'data' && data) return data.period;
  return pick === 'month' ? thisMonth(today) : yearToDate(today);
}

/** Which quick pick a range is, so the picker shows it chosen; on 1 January both picks are the same day and "this month" wins. */
export function quickPickOf(period: Period, today: string, data: DataPeriod | null = null): QuickPick {
  const same = (other: Period) => other.from === period.from && other.to === period.to;
  if (same(thisMonth(today))) return 'month';
  if (same(yearToDate(today))) return 'year';
  if (data && same(data.period)) return 'data';
  return 'custom';
}

export type PeriodProblem = 'invalidFrom' | 'invalidTo' | 'order';

/** What is wrong with a typed range, or null when the API will take it: a typo like 0224 is caught here, not as a server error. */
export function periodProblem(period: Period): PeriodProblem | null {
  if (!isWithinDateBounds(period.from)) return 'invalidFrom';
  if (!isWithinDateBounds(period.to)) return 'invalidTo';
  if (period.from > period.to) return 'order';
  return null;
}

/** The range in a URL's `from`/`to`, or null when they are missing or unusable (the report then opens on its default). */
export function periodFromParams(params: URLSearchParams): Period | null {
  const period = { from: params.get('from') ?? '', to: params.get('to') ?? '' };
  return periodProblem(period) === null ? period : null;
}

/** The query string of a report: `region` (when not the user's default) then `from`, `to`. */
export function reportSearch(region: string | null, period: Period): string {
  const params = new URLSearchParams();
  if (region !== null) params.set('region', region);
  params.set('from', period.from);
  params.set('to', period.to);
  return params.toString();
}
