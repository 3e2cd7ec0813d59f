import { indicatorLabel } from '#web/features/rapor/wording.ts';
import { useLanguage } from '#web/i18n/language.tsx';
import '#web/i18n/pages.ts';

/** The KPI indicators a course helps with, by their names (the rapor's words), joined into one line. */
export function useIndicatorNames(): (codes: readonly string[]) => string {
  const { dictionary, locale } = useLanguage();
  const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  return (codes) => list.format(codes.map((code) => indicatorLabel(code, dictionary, {})));
}
