import { countedTarget } from '#domain/kpi/target-display';
import type { RaporResponse } from '#domain/rapor';
import { barStyle } from '#web/features/dashboard/SummarySections.tsx';
import { formatDecimal } from '#web/features/dashboard/format.ts';
import { useLanguage } from '#web/i18n/language.tsx';
import { indicatorLabel } from './wording';
import '#web/i18n/pages.ts';

/** Each indicator: what was achieved against the period's target, as words, numbers and a bar, and the points it earns. */
export function IndicatorList({ rapor }: { rapor: RaporResponse }) {
  const { t, locale, dictionary } = useLanguage();
  const number = (value: number) => formatDecimal(value, locale);
  return (
    <section className="card" aria-labelledby="rapor-indicators">
      <h2 id="rapor-indicators">{t('rapor.indicators.title')}</h2>
      <p className="field__hint">{t('rapor.indicators.hint')}</p>
      <ul className="indicators">
        {rapor.result.indicators.map((indicator) => {
          const met = indicator.ratio >= 1;
          return (
            <li key={indicator.code} className={met ? 'indicator indicator--met' : 'indicator'}>
              <h3 className="indicator__name">{indicatorLabel(indicator.code, dictionary, rapor.profile.labels)}</h3>
              <p className="indicator__achieved">
                {t('rapor.indicators.achieved', { achieved: number(indicator.achieved), target: number(countedTarget(indicator.target)) })}
                {met && <span className="indicator__met"> · {t('rapor.indicators.met')}</span>}
              </p>
              <span className="progress" style={barStyle(Math.min(1, indicator.ratio), 1)} aria-hidden="true" />
              <p className="indicator__points">
                {t('rapor.indicators.points', { points: number(indicator.points), weight: number(indicator.weight) })}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
