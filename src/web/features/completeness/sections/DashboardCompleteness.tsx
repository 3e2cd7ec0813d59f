import { Link } from 'react-router-dom';
import { formatMonth } from '#domain/calendar';
import { useApiQuery } from '#web/api/useApiQuery.ts';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { useLanguage } from '#web/i18n/language.tsx';
import { completenessSearch, completenessTrendQuery } from '../api';
import { formatRate } from '../format';
import { periodMonths } from '../months';
import '../messages.ts';

/**
 * The dashboard's reporting rate: of the region's active libraries, the share that reported in
 * each month of the period, on average; it opens the completeness screen on the period's last month.
 */
export function DashboardCompleteness({ region, period }: { region: string | null; period: { from: string; to: string } }) {
  const { t, locale } = useLanguage();
  const months = periodMonths(period);
  const trend = useApiQuery(completenessTrendQuery(region, months.from, months.to));
  const link = `/kelengkapan?${completenessSearch(region, months.to)}`;
  return (
    <section className="card" aria-labelledby="dashboard-completeness">
      <h2 id="dashboard-completeness">{t('completeness.dashboard.title')}</h2>
      {trend.state === 'loading' && <p>{t('app.loading')}</p>}
      {trend.state === 'failed' && <ErrorNotice error={trend.error} onRetry={trend.reload} />}
      {trend.state === 'ready' && (
        <p>
          {t('completeness.dashboard.rate', {
            rate: formatRate(averageRate(trend.data.months), locale),
            from: formatMonth(months.from, locale, 'long'),
            to: formatMonth(months.to, locale, 'long'),
          })}
        </p>
      )}
      <p>
        <Link to={link}>{t('completeness.dashboard.open', { month: formatMonth(months.to, locale, 'long') })}</Link>
      </p>
    </section>
  );
}

/** All months' reports over all months' partners: the average monthly rate, weighted alike. */
function averageRate(months: { partners: number; reported: number }[]): number {
  const partners = months.reduce((sum, m) => sum + m.partners, 0);
  return partners === 0 ? 0 : months.reduce((sum, m) => sum + m.reported, 0) / partners;
}
