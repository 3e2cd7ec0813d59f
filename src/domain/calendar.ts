import { z } from 'zod';

/**
 * Calendar dates: plain days `YYYY-MM-DD` with no time and no zone, and months `YYYY-MM`. All
 * arithmetic here is integer day numbers (days since 1970-01-01), never `Date`: a `Date` parsed
 * in Jakarta's UTC+7 lands on the previous day in UTC, and `Date.UTC` maps years 0–99 to 1900–1999.
 * Validation uses the same integer code, so a date that passes a schema can always be computed with.
 */

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const monthPattern = /^(\d{4})-(\d{2})$/;
const msPerDay = 86_400_000;

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

/**
 * Every date a request or form carries. A wrong shape is `invalid_format` and an impossible day
 * (2024-02-30) `custom`, so the form can say which of the two is wrong.
 */
export const CalendarDate = z
  .string()
  .regex(datePattern, 'must be a date written YYYY-MM-DD')
  .refine(isCalendarDate, 'no such calendar date');

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

/** Dates compare as strings because `YYYY-MM-DD` sorts chronologically. */
export function isDateInRange(date: string, range: DateRange): boolean {
  return date >= range.from && date <= range.to;
}

/**
 * The years a date may lie in at all: wide enough for any real report, narrow enough that a
 * typo such as 0224 or 20244 is refused instead of computed.
 */
export const yearBounds = { earliest: 2000, latest: 2100 } as const;
export const dateBounds = { earliest: `${yearBounds.earliest}-01-01`, latest: `${yearBounds.latest}-12-31` } as const;

/** True for a calendar date inside `dateBounds`. */
export function isWithinDateBounds(date: string): boolean {
  return isCalendarDate(date) && date >= dateBounds.earliest && date <= dateBounds.latest;
}

/** TPBIS, as it is measured here, began in 2018: no cohort and no activity is older. */
export const programmeStartYear = 2018;
export const programmeStartDate = `${programmeStartYear}-01-01`;

/** The month `YYYY-MM` a date falls in. */
export function monthOfDate(date: string): string {
  return date.slice(0, 7);
}

/** The first day of the month a date falls in. */
export function startOfMonth(date: string): string {
  return `${monthOfDate(date)}-01`;
}

/** The first day of the year a date falls in. */
export function startOfYear(date: string): string {
  return `${date.slice(0, 4)}-01-01`;
}

function monthParts(month: string): { year: number; month: number } {
  const match = monthPattern.exec(month);
  const [year, m] = [Number(match?.[1]), Number(match?.[2])];
  if (!match || m < 1 || m > 12) throw new RangeError(`not a month: ${month}`);
  return { year, month: m };
}

const monthOfIndex = (index: number) => `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1, 2)}`;

/** The month `delta` months after (or, negative, before) a month: 2024-01 shifted by -1 is 2023-12. */
export function shiftMonth(month: string, delta: number): string {
  const p = monthParts(month);
  return monthOfIndex(p.year * 12 + p.month - 1 + delta);
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
    months.push(monthOfIndex(index));
  }
  return months;
}

/** Indonesia's three zones and their offsets from UTC in hours; none keeps daylight saving time. */
export const indonesianZones = { WIB: 7, WITA: 8, WIT: 9 } as const;
export type IndonesianZone = keyof typeof indonesianZones;

/** The calendar date at an instant in a zone that is `utcOffsetHours` ahead of UTC. */
export function dateAtOffset(instant: Date, utcOffsetHours: number): string {
  return dateOfDayNumber(Math.floor((instant.getTime() + utcOffsetHours * 3_600_000) / msPerDay));
}

/** Today in one of Indonesia's zones. */
export function todayIn(zone: IndonesianZone, now: Date): string {
  return dateAtOffset(now, indonesianZones[zone]);
}

/**
 * The latest date that is today anywhere in Indonesia (WIT, UTC+9): a date counts as "in the
 * future" only once it is tomorrow even in the easternmost zone, so no reporter's today is refused.
 */
export function latestTodayInIndonesia(now: Date): string {
  return todayIn('WIT', now);
}

/** Today on the device's own calendar: a manager in Papua at 06:00 is already on the next day, though UTC is not. */
export function localToday(now: Date = new Date()): string {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1, 2)}-${pad(now.getDate(), 2)}`;
}

/** How long a month's name is written: "September" or "Sep". */
export type MonthWidth = 'long' | 'short';

/**
 * One formatter per locale and shape, made once. A formatter made per call is an ICU object that
 * only a major GC frees, and freeing thousands at once held the server ~300 ms: the monthly
 * reminder round names the month in each of 100,000 libraries' texts.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(key: string, options: () => Intl.DateTimeFormatOptions & { locale: string }): Intl.DateTimeFormat {
  let formatter = formatters.get(key);
  if (!formatter) {
    const { locale, ...rest } = options();
    formatter = new Intl.DateTimeFormat(locale, { ...rest, timeZone: 'UTC' });
    // Locales come from the app's own languages; a bound all the same, whatever a caller passes.
    if (formatters.size < 32) formatters.set(key, formatter);
  }
  return formatter;
}

// A calendar day is formatted as midnight UTC in UTC, so no device's zone can shift it.
const utcMidnight = (date: string) => new Date(dayNumber(date) * msPerDay);

/** A day as people write it: "28 September 2024" (long) or "28 Sep 2024" (short), whatever the device's time zone. */
export function formatDate(date: string, locale: string, width: MonthWidth = 'short'): string {
  if (!isCalendarDate(date)) return date;
  return formatterFor(`date ${locale} ${width}`, () => ({ locale, day: 'numeric', month: width, year: 'numeric' })).format(
    utcMidnight(date),
  );
}

/** A month `YYYY-MM`: "September 2024" (long, for tables) or "Sep 24" (short, for chart axes). */
export function formatMonth(month: string, locale: string, width: MonthWidth): string {
  const formatter = formatterFor(`month ${locale} ${width}`, () =>
    width === 'long' ? { locale, month: 'long', year: 'numeric' } : { locale, month: 'short', year: '2-digit' },
  );
  return formatter.format(utcMidnight(monthBounds(month).from));
}

/** A calendar month `YYYY-MM` as requests carry it, within the years a date may lie in. */
export const CalendarMonth = z
  .string()
  .regex(monthPattern, { message: 'must be a month written YYYY-MM', abort: true })
  .refine((m) => {
    const month = Number(m.slice(5, 7));
    return month >= 1 && month <= 12 && m >= monthOfDate(dateBounds.earliest) && m <= monthOfDate(dateBounds.latest);
  }, 'no such month, or outside the years the programme can have run');

/** Every month from `from` to `to`, both `YYYY-MM` and inclusive, oldest first. */
export function monthsBetween(from: string, to: string): string[] {
  return from > to ? [] : monthsTouched({ from: `${from}-01`, to: `${to}-01` });
}
