/** A rate 0..1 as a whole percentage in the user's language: "67%". */
export function formatRate(rate: number, locale: string): string {
  return rate.toLocaleString(locale, { style: 'percent', maximumFractionDigits: 0 });
}
