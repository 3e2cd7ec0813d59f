import { isWithinDateBounds, startOfMonth, startOfYear } from '#domain/calendar';

/** An inclusive range of calendar days, as the KPI API takes it. */
export interface Period {
  from: string;
  to: string;
}

/** The quick picks of the period picker; `custom` is any other range. */
export const quickPicks = ['month', 'year', 'custom'] as const;
export type QuickPick = (typeof quickPicks)[number];

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

export function periodOfPick(pick: Exclude<QuickPick, 'custom'>, today: string): Period {
  return pick === 'month' ? thisMonth(today) : yearToDate(today);
}

/** Which quick pick a range is, so the picker shows it chosen; on 1 January both picks are the same day and "this month" wins. */
export function quickPickOf(period: Period, today: string): QuickPick {
  const same = (other: Period) => other.from === period.from && other.to === period.to;
  if (same(thisMonth(today))) return 'month';
  if (same(yearToDate(today))) return 'year';
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

/** The range in a URL's `from`/`to`, or this year to date when they are missing or unusable. */
export function periodFromParams(params: URLSearchParams, today: string): Period {
  const period = { from: params.get('from') ?? '', to: params.get('to') ?? '' };
  return periodProblem(period) === null ? period : yearToDate(today);
}

/** The query string of a report: `region` (when not the user's default) then `from`, `to`. */
export function reportSearch(region: string | null, period: Period): string {
  const params = new URLSearchParams();
  if (region !== null) params.set('region', region);
  params.set('from', period.from);
  params.set('to', period.to);
  return params.toString();
}
