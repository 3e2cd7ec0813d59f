import type { GapUnit, IndicatorGap } from '#domain/kpi/gap';
import { formatNumber } from '#web/features/dashboard/format.ts';
import { lookup, type Dictionary } from '#web/i18n/messages.ts';

/** The indicators of the default profile have names of their own; any other code uses the label its profile gives it. */
export function indicatorLabel(code: string, dictionary: Dictionary, profileLabels: Readonly<Record<string, string>>): string {
  return lookup(dictionary, `kpi.indicator.${code}`) ?? profileLabels[code] ?? code;
}

const pluralOf = (count: number, locale: string): 'one' | 'other' =>
  new Intl.PluralRules(locale).select(count) === 'one' ? 'one' : 'other';

const genericKey: Record<GapUnit, string> = {
  activities: 'kpi.gap.activities',
  participants: 'kpi.gap.participants',
  months: 'kpi.gap.months',
};

/**
 * What one gap asks of the partner, in plain words: "3 kegiatan advokasi lagi" or
 * "3 more advocacy activities". Known indicators have their own sentence; any other says
 * how many more units and names the indicator by its profile label.
 */
export function gapSentence(
  gap: IndicatorGap,
  dictionary: Dictionary,
  locale: string,
  profileLabels: Readonly<Record<string, string>>,
): string {
  const plural = pluralOf(gap.missing, locale);
  const count = formatNumber(gap.missing, locale);
  const own = lookup(dictionary, `kpi.gap.${gap.code}.${plural}`, { count });
  if (own !== undefined) return own;
  const label = indicatorLabel(gap.code, dictionary, profileLabels);
  return lookup(dictionary, `${genericKey[gap.unit]}.${plural}`, { count, label }) ?? `${count} × ${label}`;
}
