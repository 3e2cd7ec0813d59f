import { daysInMonth, monthsTouched } from '#domain/calendar';
import { demoAsOf, demoReportRange } from './figures';
import type { Random, Weighted } from './random';

const pad2 = (n: number) => String(n).padStart(2, '0');
const year = Number(demoReportRange.from.slice(0, 4));
const asOfMonth = Number(demoAsOf.slice(5, 7));
const asOfDay = Number(demoAsOf.slice(8, 10));
const reportEndDay = Number(demoReportRange.to.slice(8, 10));

/** The months (1..12) of the report range: January to September 2024. */
export const reportMonths: number[] = monthsTouched(demoReportRange).map((month) => Number(month.slice(5, 7)));

/**
 * How busy each month is: Ramadan (from 11 March) and Lebaran (10 April) are quiet, August's
 * Independence Day is busy. September's weight covers only its days inside the range.
 */
const monthWeight: Record<number, number> = { 1: 0.9, 2: 1, 3: 0.8, 4: 0.6, 5: 1.1, 6: 1, 7: 1.1, 8: 1.4, 9: 0.75 };

const monthsFrom = new Map<number, Weighted<number>[]>(
  reportMonths.map((from) => [from, reportMonths.filter((m) => m >= from).map((m) => ({ value: m, weight: monthWeight[m] ?? 1 }))]),
);

/** A month of the report range from `fromMonth` on, busy months more likely. */
export function pickReportMonth(random: Random, fromMonth: number): number {
  const months = monthsFrom.get(fromMonth) ?? monthsFrom.get(reportMonths[0] ?? 1) ?? [];
  return random.weighted(months);
}

/** A day of `month` inside the report range (so September stops on the 25th). */
export function reportDateIn(month: number, random: Random): string {
  const last = month === reportMonths.at(-1) ? reportEndDay : daysInMonth(year, month);
  return `${year}-${pad2(month)}-${pad2(random.int(1, last))}`;
}

/** A day between the end of the report range and the demo's "today" (26–28 September). */
export function dateAfterReport(random: Random): string {
  return `${year}-${pad2(asOfMonth)}-${pad2(random.int(reportEndDay + 1, asOfDay))}`;
}

/** Any day of the year up to the demo's "today". */
export function dateUpToAsOf(month: number, random: Random): string {
  const last = month === asOfMonth ? asOfDay : daysInMonth(year, month);
  return `${year}-${pad2(month)}-${pad2(random.int(1, last))}`;
}

export const monthOf = (date: string): number => Number(date.slice(5, 7));
