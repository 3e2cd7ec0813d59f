import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { Navigate, useSearchParams } from 'react-router-dom';
import { CalendarMonth, formatDate, formatMonth, localToday } from '#domain/calendar';
import type { CompletenessResponse } from '#domain/completeness';
import { RegionCode } from '#domain/regions';
import { useApiQuery } from '#web/api/useApiQuery.ts';
import { useUser } from '#web/features/auth/session.tsx';
import { kpiScopeOf, ownRaporPath } from '#web/features/dashboard/access.ts';
import { extentQuery } from '#web/features/dashboard/api.ts';
import { formatNumber } from '#web/features/dashboard/format.ts';
import { ReportOpening } from '#web/features/dashboard/ReportOpening.tsx';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { Field } from '#web/forms/Field.tsx';
import { useLanguage } from '#web/i18n/language.tsx';
import { usePageTitle } from '#web/shell/usePageTitle.ts';
import { completenessQuery, completenessSearch, completenessTrendQuery } from './api';
import { ChildrenCompleteness } from './ChildrenCompleteness';
import { RegionTrail } from '#web/features/regions/RegionTrail.tsx';
import { formatRate } from './format';
import { monthChoices, openingMonth, trendRange } from './months';
import { SilentPartners, type Reminder } from './SilentPartners';
import './completeness.css';
import '#web/i18n/pages.ts';
import './messages.ts';

const CompletenessTrend = lazy(() => import('./CompletenessTrend').then((module) => ({ default: module.CompletenessTrend })));

/** /kelengkapan: staff see their region's reporting month; a library manager goes to its own rapor. */
export function CompletenessPage({ reminder }: { reminder?: Reminder | undefined }) {
  const user = useUser();
  const scope = kpiScopeOf(user, null);
  if (scope?.kind !== 'region' || user.role === 'pengelola') return <Navigate to={ownRaporPath(user) ?? '/'} replace />;
  return <Completeness scope={scope.regionCode} reminder={reminder} />;
}

/**
 * The region and month live in the URL (`?region=19.05&month=2024-06`), so a link shows the same
 * view; without a month the screen opens on the month of the last report, asked for first.
 */
function Completeness({ scope, reminder }: { scope: string | null; reminder: Reminder | undefined }) {
  const { t } = useLanguage();
  const [params, setParams] = useSearchParams();
  const [today] = useState(() => localToday());
  const region = params.get('region') ?? scope;
  const asked = params.get('month');
  const extent = useApiQuery(extentQuery(region));
  const extentData = extent.state === 'ready' ? extent.data : null;
  const month =
    asked !== null && CalendarMonth.safeParse(asked).success ? asked : extent.state === 'loading' ? null : openingMonth(extentData, today);
  const canonical = month === null ? null : completenessSearch(region, month);
  useEffect(() => {
    if (canonical !== null && params.toString() !== canonical) setParams(new URLSearchParams(canonical), { replace: true });
  }, [params, canonical, setParams]);

  if (month === null) return <ReportOpening title={t('completeness.title')} />;
  if (region !== null && !RegionCode.safeParse(region).success) {
    return (
      <>
        <h1 tabIndex={-1}>{t('completeness.title')}</h1>
        <p className="notice notice--error" role="alert">
          {t('regions.badCode', { code: region })}
        </p>
      </>
    );
  }
  const choices = monthChoices(extentData, today, month);
  const show = (next: { region?: string | null; month?: string }) =>
    setParams(new URLSearchParams(completenessSearch(next.region === undefined ? region : next.region, next.month ?? month)));
  return (
    <CompletenessOf
      scope={scope}
      region={region}
      month={month}
      choices={choices}
      trend={trendRange(month, extentData)}
      onMonth={(m) => show({ month: m })}
      reminder={reminder}
    />
  );
}

interface CompletenessOfProps {
  scope: string | null;
  region: string | null;
  month: string;
  choices: string[];
  trend: { from: string; to: string };
  onMonth: (month: string) => void;
  reminder: Reminder | undefined;
}

function CompletenessOf({ scope, region, month, choices, trend, onMonth, reminder }: CompletenessOfProps) {
  const { t, locale } = useLanguage();
  const answer = useApiQuery(completenessQuery(region, month));
  const trendAnswer = useApiQuery(completenessTrendQuery(region, trend.from, trend.to));
  const regionName = answer.state === 'ready' ? answer.data.region.name : null;
  const title = regionName === null ? t('completeness.title') : t('completeness.heading', { region: regionName });
  usePageTitle(title);

  // Drilling down replaces the link that was clicked; focus goes to the new heading, as on a new page.
  const heading = useRef<HTMLHeadingElement>(null);
  const shownRegion = useRef(region);
  useEffect(() => {
    if (shownRegion.current === region) return;
    shownRegion.current = region;
    heading.current?.focus();
  }, [region]);

  const loading = <p>{t('app.loading')}</p>;
  return (
    <>
      {answer.state === 'ready' && (
        <RegionTrail
          scope={scope}
          region={region}
          regionName={answer.data.region.name}
          hrefOf={(r) => `/kelengkapan?${completenessSearch(r, month)}`}
        />
      )}
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      <p>{t('completeness.intro')}</p>
      <div className="card">
        <Field id="completeness-month" label={t('completeness.month')}>
          {(control) => (
            <select {...control} value={month} onChange={(e) => onMonth(e.target.value)}>
              {choices.map((m) => (
                <option key={m} value={m}>
                  {formatMonth(m, locale, 'long')}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {answer.state === 'loading' && <p role="status">{t('app.loading')}</p>}
      {answer.state === 'failed' && (
        <ErrorNotice
          error={answer.error}
          overrides={{ forbidden: t('completeness.outOfScope'), not_found: t('regions.notFound', { code: region ?? '' }) }}
          onRetry={answer.error.code === 'forbidden' || answer.error.code === 'not_found' ? undefined : answer.reload}
        />
      )}
      {answer.state === 'ready' && (
        <>
          <Figures data={answer.data} />
          <ChildrenCompleteness data={answer.data} />
          <section className="card" aria-labelledby="completeness-trend">
            <h2 id="completeness-trend">{t('completeness.trend.title')}</h2>
            {trendAnswer.state === 'loading' && loading}
            {trendAnswer.state === 'failed' && <ErrorNotice error={trendAnswer.error} onRetry={trendAnswer.reload} />}
            {trendAnswer.state === 'ready' && (
              <Suspense fallback={loading}>
                <CompletenessTrend months={trendAnswer.data.months} />
              </Suspense>
            )}
          </section>
          <SilentPartners key={`${region ?? ''}|${month}`} data={answer.data} reminder={reminder} />
        </>
      )}
    </>
  );
}

/** The region's month in three figures: the share that reported, those on time, those still silent. */
function Figures({ data }: { data: CompletenessResponse }) {
  const { t, locale } = useLanguage();
  const n = (value: number) => formatNumber(value, locale);
  const deadline = formatDate(data.deadline, locale, 'long');
  const figures = [
    {
      key: 'rate',
      label: t('completeness.rate'),
      value: formatRate(data.rate, locale),
      hint: t('completeness.rateOf', { reported: n(data.reported), partners: n(data.partners) }),
    },
    {
      key: 'onTime',
      label: t('completeness.onTime'),
      value: n(data.onTime),
      hint: t('completeness.onTimeOf', { count: n(data.onTime), deadline }),
    },
    {
      key: 'silent',
      label: t('completeness.silentCount'),
      value: n(data.silentTotal),
      hint: t('completeness.silentOf', { count: n(data.silentTotal) }),
    },
  ];
  return (
    <ul className="stat-cards completeness-figures">
      {figures.map((f) => (
        <li key={f.key} className={`stat completeness-figure--${f.key}`}>
          <h2 className="stat__label">{f.label}</h2>
          <p className="stat__value">{f.value}</p>
          <p className="stat__hint">{f.hint}</p>
        </li>
      ))}
    </ul>
  );
}
