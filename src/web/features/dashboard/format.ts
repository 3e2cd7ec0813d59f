/**
 * Numbers in the user's language: 8.746 in Indonesian, 8,746 in English. Dates are formatted by
 * `#domain/calendar`, scores by `formatScore` of `#domain/kpi/score`.
 */

export function formatNumber(value: number, locale: string): string {
  return value.toLocaleString(locale, { maximumFractionDigits: 0 });
}

/** Axis ticks on a phone: 60.000 becomes "60 rb" (ribu), 1,200 "1.2k". Tooltips and tables keep the exact number. */
export function formatCompact(value: number, locale: string): string {
  return value.toLocaleString(locale, { notation: 'compact', maximumFractionDigits: 1 });
}

/** Targets, ratios and points keep up to two decimals, as the API rounds them: 79,99 is not 80. */
export function formatDecimal(value: number, locale: string): string {
  return value.toLocaleString(locale, { maximumFractionDigits: 2 });
}

/** A share of a whole as a whole percentage; 0 when the whole is empty. */
export function formatShare(part: number, whole: number, locale: string): string {
  const share = whole > 0 ? part / whole : 0;
  return share.toLocaleString(locale, { style: 'percent', maximumFractionDigits: 0 });
}
