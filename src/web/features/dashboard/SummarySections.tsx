import type { CSSProperties } from 'react';
import type { DashboardResponse } from '#domain/dashboard';
import { kpiColors } from '#domain/kpi/score';
import { partnerSchemes, type Strategy } from '#domain/taxonomy';
import { lookup } from '#web/i18n/messages.ts';
import { useLanguage } from '#web/i18n/language.tsx';
import { formatNumber, formatShare } from './format';
import { KpiBadge } from './KpiBadge';
import '#web/i18n/pages.ts';

/** The order the programme reports its strategies in (and the source document lists them). */
export const strategyOrder: readonly Strategy[] = ['pelibatan_masyarakat', 'advokasi', 'layanan_informasi'];

/** A bar's length as a share of the largest, for CSS; bars are decoration beside the numbers. */
export const barStyle = (part: number, whole: number) => ({ '--share': whole > 0 ? part / whole : 0 }) as CSSProperties;

export function StrategyCards({ activities }: { activities: DashboardResponse['activities'] }) {
  const { t, locale } = useLanguage();
  return (
    <section aria-labelledby="dashboard-activities">
      <h2 id="dashboard-activities" tabIndex={-1}>
        {t('dashboard.activities.title')}
      </h2>
      <ul className="stat-cards">
        {strategyOrder.map((strategy) => (
          <li key={strategy} className={`stat stat--${strategy}`}>
            <h3 className="stat__label">{t(`kpi.strategy.${strategy}`)}</h3>
            <p className="stat__value">
              {formatNumber(activities[strategy], locale)} <span className="stat__unit">{t('dashboard.activities.unit')}</span>
            </p>
            <p className="stat__hint">{t(`kpi.strategy.${strategy}.hint`)}</p>
          </li>
        ))}
        <li className="stat stat--total">
          <h3 className="stat__label">{t('dashboard.activities.total')}</h3>
          <p className="stat__value">
            {formatNumber(activities.total, locale)} <span className="stat__unit">{t('dashboard.activities.unit')}</span>
          </p>
        </li>
      </ul>
    </section>
  );
}

export function Participants({ participants }: { participants: DashboardResponse['participants'] }) {
  const { t, locale } = useLanguage();
  const rows = [
    { key: 'female', label: t('dashboard.participants.female'), value: participants.female },
    { key: 'male', label: t('dashboard.participants.male'), value: participants.male },
  ];
  return (
    <section className="card" aria-labelledby="dashboard-participants">
      <h2 id="dashboard-participants">{t('dashboard.participants.title')}</h2>
      <p className="figure-total">
        <span className="figure-total__value">{formatNumber(participants.total, locale)}</span> {t('dashboard.participants.total')}
      </p>
      <dl className="bars">
        {rows.map((row) => (
          <div key={row.key} className={`bars__row bars__row--${row.key}`}>
            <dt>{row.label}</dt>
            <dd>
              {formatNumber(row.value, locale)} <span className="bars__share">({formatShare(row.value, participants.total, locale)})</span>
              <span className="bars__bar" style={barStyle(row.value, participants.total)} aria-hidden="true" />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export function PartnersByScheme({ partners }: { partners: DashboardResponse['partners'] }) {
  const { t, locale, dictionary } = useLanguage();
  // Known schemes in the programme's order, then any the server may add later, named by their code.
  const known: string[] = [...partnerSchemes];
  const schemes = [...known.filter((s) => s in partners.byScheme), ...Object.keys(partners.byScheme).filter((s) => !known.includes(s))];
  const largest = Math.max(0, ...Object.values(partners.byScheme));
  return (
    <section className="card" aria-labelledby="dashboard-partners">
      <h2 id="dashboard-partners">{t('dashboard.partners.title')}</h2>
      <p className="figure-total">
        <span className="figure-total__value">{formatNumber(partners.total, locale)}</span> {t('dashboard.partners.total')}
      </p>
      {schemes.length > 0 && (
        <dl className="bars">
          {schemes.map((scheme) => {
            const count = partners.byScheme[scheme] ?? 0;
            return (
              <div key={scheme} className="bars__row">
                <dt>{lookup(dictionary, `kpi.scheme.${scheme}`) ?? scheme}</dt>
                <dd>
                  {formatNumber(count, locale)}
                  <span className="bars__bar" style={barStyle(count, largest)} aria-hidden="true" />
                </dd>
              </div>
            );
          })}
        </dl>
      )}
    </section>
  );
}

export function KpiDistribution({ kpi }: { kpi: DashboardResponse['kpi'] }) {
  const { t, locale } = useLanguage();
  const total = kpi.hijau + kpi.kuning + kpi.merah;
  // Best first, as the source document reads them: green is the colour to reach.
  const order = [...kpiColors].reverse();
  return (
    <section className="card" aria-labelledby="dashboard-kpi">
      <h2 id="dashboard-kpi">{t('dashboard.kpi.title')}</h2>
      <p className="field__hint">{t('dashboard.kpi.text')}</p>
      <dl className="bars">
        {order.map((color) => (
          <div key={color} className={`bars__row bars__row--${color}`}>
            <dt>
              <KpiBadge color={color} />
            </dt>
            <dd>
              {formatNumber(kpi[color], locale)} <span className="bars__share">({formatShare(kpi[color], total, locale)})</span>
              <span className="bars__bar" style={barStyle(kpi[color], total)} aria-hidden="true" />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
