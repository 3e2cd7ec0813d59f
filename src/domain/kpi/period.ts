import { z } from 'zod';

/**
 * Dates are plain calendar days `YYYY-MM-DD` with no time and no zone. All arithmetic here is
 * integer day numbers (days since 1970-01-01), never `Date`: a `Date` parsed in Jakarta's
 * UTC+7 lands on the previous day in UTC, and `Date.UTC` maps years 0–99 to 1900–1999.
 */

/** Days in an average Gregorian month (365.25 / 12): one KPI month. */
export const daysPerKpiMonth = 30.4375;

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const monthPattern = /^(\d{4})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function parts(date: string): { year: number; month: number; day: number } | null {
  const match = datePattern.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** True for a real calendar day written `YYYY-MM-DD` (so 2023-02-29 is false). */
export function isCalendarDate(date: string): boolean {
  return parts(date) !== null;
}

/** Days since 1970-01-01 (Hinnant's days_from_civil: exact for every proleptic Gregorian date). */
export function dayNumber(date: string): number {
  const p = parts(date);
  if (!p) throw new RangeError(`not a calendar date: ${date}`);
  const y = p.month <= 2 ? p.year - 1 : p.year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (p.month + (p.month > 2 ? -3 : 9)) + 2) / 5) + p.day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** The inverse of `dayNumber`. */
export function dateOfDayNumber(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function addDays(date: string, days: number): string {
  return dateOfDayNumber(dayNumber(date) + days);
}

export const CalendarDate = z.string().refine(isCalendarDate, 'must be a calendar date YYYY-MM-DD');

/** A range of days, both ends inclusive, as in the API's `from`/`to`. */
export const DateRange = z
  .object({ from: CalendarDate, to: CalendarDate })
  .refine((r) => r.from <= r.to, { path: ['to'], message: 'must not be before from' });
export type DateRange = z.infer<typeof DateRange>;

/** Validates a range; throws a ZodError naming the failing field. */
export function parseDateRange(input: unknown): DateRange {
  return DateRange.parse(input);
}

/** Days in the range counting both ends: 2024-01-01..2024-01-31 is 31. */
export function daysInRange(range: DateRange): number {
  return dayNumber(range.to) - dayNumber(range.from) + 1;
}

/** The period factor `f = d / 30.4375`: how many KPI months the range is worth. */
export function periodFactor(range: DateRange): number {
  return daysInRange(range) / daysPerKpiMonth;
}

/** Dates compare as strings because `YYYY-MM-DD` sorts chronologically. */
export function isDateInRange(date: string, range: DateRange): boolean {
  return date >= range.from && date <= range.to;
}

/** The month `YYYY-MM` a date falls in. */
export function monthOfDate(date: string): string {
  return date.slice(0, 7);
}

function monthParts(month: string): { year: number; month: number } {
  const match = monthPattern.exec(month);
  const [year, m] = [Number(match?.[1]), Number(match?.[2])];
  if (!match || m < 1 || m > 12) throw new RangeError(`not a month: ${month}`);
  return { year, month: m };
}

/** First and last day of a month `YYYY-MM`. */
export function monthBounds(month: string): DateRange {
  const p = monthParts(month);
  const prefix = `${pad(p.year, 4)}-${pad(p.month, 2)}`;
  return { from: `${prefix}-01`, to: `${prefix}-${pad(daysInMonth(p.year, p.month), 2)}` };
}

/** Every calendar month the range touches, even by one day, oldest first. */
export function monthsTouched(range: DateRange): string[] {
  const from = monthParts(monthOfDate(range.from));
  const to = monthParts(monthOfDate(range.to));
  const months: string[] = [];
  for (let index = from.year * 12 + from.month - 1; index <= to.year * 12 + to.month - 1; index += 1) {
    months.push(`${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1, 2)}`);
  }
  return months;
}
