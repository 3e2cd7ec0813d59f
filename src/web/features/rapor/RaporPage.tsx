import { lazy, Suspense } from 'react';
import { Link, useParams } from 'react-router-dom';
import { formatScore } from '#domain/kpi/score';
import type { RaporResponse } from '#domain/rapor';
import type { User } from '#domain/users';
import { useApiQuery } from '#web/api/useApiQuery.ts';
import { useUser } from '#web/features/auth/session.tsx';
import { kpiScopeOf } from '#web/features/dashboard/access.ts';
import { KpiBadge } from '#web/features/dashboard/KpiBadge.tsx';
import { PeriodPicker } from '#web/features/dashboard/PeriodPicker.tsx';
import { reportSearch, type Period } from '#web/features/dashboard/period.ts';
import { ReportOpening } from '#web/features/dashboard/ReportOpening.tsx';
import { useReportParams, type ReportParams } from '#web/features/dashboard/useReportParams.ts';
import { PartnerStories } from '#web/features/practices/PartnerStories.tsx';
import { PartnerProblems } from '#web/features/problems/sections/PartnerProblems.tsx';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { useLanguage } from '#web/i18n/language.tsx';
import { usePageTitle } from '#web/shell/usePageTitle.ts';
import { raporPdfUrl, raporQuery } from './api';
import { GapAdvice } from './GapAdvice';
import { IndicatorList } from './IndicatorList';
import { RecommendedCourses } from './RecommendedCourses';
import '#web/i18n/pages.ts';

const HistoryChart = lazy(() => import('./HistoryChart').then((module) => ({ default: module.HistoryChart })));

/** /mitra/:id/rapor?from=&to=: one partner's report card for a period. */
export function RaporPage() {
  const { id } = useParams();
  const partnerId = Number(id);
  // Anything but a positive whole number cannot be a partner; the API would say the same.
  return <Rapor key={id} partnerId={Number.isSafeInteger(partnerId) && partnerId > 0 ? partnerId : null} />;
}

function Rapor({ partnerId }: { partnerId: number | null }) {
  const { t } = useLanguage();
  const params = useReportParams(null, false);
  if (params.period === null) return <ReportOpening title={t('rapor.pageTitle')} />;
  return <RaporOf partnerId={partnerId} params={{ ...params, period: params.period }} />;
}

function RaporOf({ partnerId, params }: { partnerId: number | null; params: ReportParams & { period: Period } }) {
  const { t } = useLanguage();
  const { period, data, today, show } = params;
  const rapor = useApiQuery({ ...raporQuery(partnerId ?? 0, period), enabled: partnerId !== null });
  const ready = partnerId !== null && rapor.state === 'ready' ? rapor.data : null;
  // No such partner (or not this user's to see): another period would not change that.
  const missing = partnerId === null || (rapor.state === 'failed' && rapor.error.code === 'not_found');
  const title = ready ? t('rapor.title', { name: ready.partner.name }) : t('rapor.pageTitle');
  usePageTitle(title);

  return (
    <>
      {ready && <RegionPath rapor={ready} period={period} />}
      <h1 tabIndex={-1}>{title}</h1>
      {ready && <PartnerFacts rapor={ready} />}
      {!missing && (
        <div className="card">
          <PeriodPicker period={period} today={today} data={data} onChange={(next) => show({ period: next })} />
        </div>
      )}
      {partnerId !== null && (rapor.state === 'loading' || (rapor.state === 'ready' && rapor.previous)) && (
        <p role="status">{t('app.loading')}</p>
      )}
      {rapor.state === 'failed' && (
        <ErrorNotice
          error={rapor.error}
          overrides={{ not_found: t('rapor.notFound') }}
          onRetry={rapor.error.code === 'not_found' ? undefined : rapor.reload}
        />
      )}
      {partnerId === null && (
        <p className="notice notice--error" role="alert">
          {t('rapor.notFound')}
        </p>
      )}
      {ready && (
        // aria-busy: the figures shown are the previous period's until the new ones arrive.
        <div aria-busy={rapor.state === 'ready' && rapor.previous}>
          <Score rapor={ready} />
          <GapAdvice rapor={ready} />
          <IndicatorList rapor={ready} />
          <RecommendedCourses rapor={ready} />
          <PartnerProblems partnerId={ready.partner.id} />
          <section className="card" aria-labelledby="rapor-history">
            <h2 id="rapor-history">{t('rapor.history.title')}</h2>
            <p className="field__hint">{t('rapor.history.text')}</p>
            <Suspense fallback={<p>{t('app.loading')}</p>}>
              <HistoryChart history={ready.history} />
            </Suspense>
          </section>
          <PartnerStories partnerId={ready.partner.id} />
        </div>
      )}
    </>
  );
}

/** Where the partner is; each region the user may report on opens its dashboard for the same period. */
function RegionPath({ rapor, period }: { rapor: RaporResponse; period: Period }) {
  const { t } = useLanguage();
  const user = useUser();
  return (
    <nav className="breadcrumbs" aria-label={t('rapor.regionPath')}>
      <ol>
        {rapor.partner.regionPath.map((step) => (
          <li key={step.code}>
            {opensDashboard(user, step.code) ? <Link to={`/dasbor?${reportSearch(step.code, period)}`}>{step.name}</Link> : step.name}
          </li>
        ))}
      </ol>
    </nav>
  );
}

const opensDashboard = (user: User, code: string) => kpiScopeOf(user, code)?.kind === 'region';

function PartnerFacts({ rapor }: { rapor: RaporResponse }) {
  const { t } = useLanguage();
  const { partner } = rapor;
  return (
    <dl className="facts">
      <div>
        <dt>{t('field.type')}</dt>
        <dd>{t(`kpi.partnerType.${partner.type}`)}</dd>
      </div>
      <div>
        <dt>{t('field.scheme')}</dt>
        <dd>{t(`kpi.scheme.${partner.scheme}`)}</dd>
      </div>
      <div>
        <dt>{t('field.cohortYear')}</dt>
        <dd>{partner.cohortYear}</dd>
      </div>
    </dl>
  );
}

function Score({ rapor }: { rapor: RaporResponse }) {
  const { t, locale } = useLanguage();
  return (
    <section className={`card score score--${rapor.result.color}`} aria-labelledby="rapor-score">
      <h2 id="rapor-score">{t('rapor.score.title')}</h2>
      <div className="score__main">
        <p className="score__value">
          <span className="score__number">{formatScore(rapor.result.score, locale)}</span>{' '}
          <span className="score__scale">{t('rapor.score.outOf')}</span>
        </p>
        <KpiBadge color={rapor.result.color} large />
      </div>
      <p className="field__hint">{t('rapor.profile', { name: rapor.profile.name, version: rapor.profile.version })}</p>
      <a className="button" href={raporPdfUrl(rapor.partner.id, { from: rapor.from, to: rapor.to })} download>
        {t('rapor.pdf')}
      </a>
    </section>
  );
}
