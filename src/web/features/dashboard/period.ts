import { isCalendarDate } from '#domain/kpi/period';

/** An inclusive range of calendar days, as the KPI API takes it. */
export interface Period {
  from: string;
  to: string;
}

/** The quick picks of the period picker; `custom` is any other range. */
export const quickPicks = ['month', 'year', 'custom'] as const;
export type QuickPick = (typeof quickPicks)[number];

const pad = (n: number) => String(n).padStart(2, '0');

/** Today on the device's own calendar: a manager in Papua at 06:00 is already on the next day. */
export function localToday(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Quick picks end today, not at the end of the month or year: days still to come would raise
 * every target (they scale with the range's length) and paint a partner redder than it is.
 */
export function thisMonth(today: string): Period {
  return { from: `${today.slice(0, 7)}-01`, to: today };
}

export function yearToDate(today: string): Period {
  return { from: `${today.slice(0, 4)}-01-01`, to: today };
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

/** The years the API accepts (`RegionPeriodQuery`): a typo like 0224 is caught here, not as a server error. */
const earliest = '2000-01-01';
const latest = '2100-12-31';

export type PeriodProblem = 'invalidFrom' | 'invalidTo' | 'order';

/** What is wrong with a typed range, or null when the API will take it. */
export function periodProblem(period: Period): PeriodProblem | null {
  const inBounds = (date: string) => isCalendarDate(date) && date >= earliest && date <= latest;
  if (!inBounds(period.from)) return 'invalidFrom';
  if (!inBounds(period.to)) return 'invalidTo';
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
