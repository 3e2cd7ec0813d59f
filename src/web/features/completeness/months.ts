import { monthOfDate, monthsBetween, shiftMonth } from '#domain/calendar';
import { trendMonthsLimit } from '#domain/completeness';
import type { DataExtentResponse } from '#domain/dashboard';

/** Where the screen opens: the month of the last report in the viewer's scope, else this month. */
export function openingMonth(extent: DataExtentResponse | null, today: string): string {
  return monthOfDate(extent?.lastDate ?? today);
}

/**
 * The months the picker offers, newest first: from the first report (at most five years back) to
 * this month, and the one shown even when it lies outside.
 */
export function monthChoices(extent: DataExtentResponse | null, today: string, shown: string): string[] {
  const last = monthOfDate(today);
  const earliest = shiftMonth(last, -59);
  const first = extent?.firstDate ? monthOfDate(extent.firstDate) : shiftMonth(last, -11);
  const months = monthsBetween(first < earliest ? earliest : first, last);
  if (!months.includes(shown)) months.push(shown);
  return months.sort().reverse();
}

/** The trend shown beside a month: the year up to it, never before the first report. */
export function trendRange(month: string, extent: DataExtentResponse | null): { from: string; to: string } {
  const yearBack = shiftMonth(month, -11);
  const first = extent?.firstDate ? monthOfDate(extent.firstDate) : yearBack;
  return { from: first > yearBack && first <= month ? first : yearBack, to: month };
}

/** The months of a dashboard period, for its average rate: at most the trend's limit, the latest ones. */
export function periodMonths(period: { from: string; to: string }): { from: string; to: string } {
  const to = monthOfDate(period.to);
  const earliest = shiftMonth(to, -(trendMonthsLimit - 1));
  const from = monthOfDate(period.from);
  return { from: from < earliest ? earliest : from, to };
}
