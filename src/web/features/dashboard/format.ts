/**
 * Numbers and dates in the user's language: 8.746 and "25 Sep 2024" in Indonesian, 8,746 in
 * English. Dates are calendar days without a zone, so they are formatted in UTC and never shift.
 */

export function formatNumber(value: number, locale: string): string {
  return value.toLocaleString(locale, { maximumFractionDigits: 0 });
}

/** Axis ticks on a phone: 60.000 becomes "60 rb" (ribu), 1,200 "1.2k". Tooltips and tables keep the exact number. */
export function formatCompact(value: number, locale: string): string {
  return value.toLocaleString(locale, { notation: 'compact', maximumFractionDigits: 1 });
}

/** Scores and targets keep up to two decimals, as the API rounds them: 79,99 is not 80. */
export function formatDecimal(value: number, locale: string): string {
  return value.toLocaleString(locale, { maximumFractionDigits: 2 });
}

/** A share of a whole as a whole percentage; 0 when the whole is empty. */
export function formatShare(part: number, whole: number, locale: string): string {
  const share = whole > 0 ? part / whole : 0;
  return share.toLocaleString(locale, { style: 'percent', maximumFractionDigits: 0 });
}

const utcDate = (date: string) => new Date(`${date}T00:00:00Z`);

export function formatDate(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utcDate(date));
}

/** A month `YYYY-MM` as a short axis label: "Sep 24". */
export function formatMonthShort(month: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(utcDate(`${month}-01`));
}

/** A month `YYYY-MM` in full, for tables and tooltips: "September 2024". */
export function formatMonthLong(month: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utcDate(`${month}-01`));
}
