import { lazy, Suspense, useEffect, useMemo, useRef } from 'react';
import { Navigate } from 'react-router-dom';
import type { TrendResponse } from '#domain/dashboard';
import { RegionCode, type RegionLevel } from '#domain/regions';
import { useApiQuery, type Loaded } from '#web/api/useApiQuery.ts';
import { useUser } from '#web/features/auth/session.tsx';
import { DashboardCompleteness } from '#web/features/completeness/sections/DashboardCompleteness.tsx';
import { RegionProblems } from '#web/features/problems/sections/RegionProblems.tsx';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { useLanguage } from '#web/i18n/language.tsx';
import { usePageTitle } from '#web/shell/usePageTitle.ts';
import { kpiScopeOf, ownRaporPath } from './access';
import { childRegionsReportQuery, dashboardQuery, trendsQuery, type ReportQuery } from './api';
import { Champions } from './Champions';
import { ChildrenTable } from './ChildrenTable';
import { RegionTrail } from '#web/features/regions/RegionTrail.tsx';
import { PeriodPicker } from './PeriodPicker';
import { RankingSection } from './RankingSection';
import { ReportOpening } from './ReportOpening';
import { Fold, SectionJumps, useFolds, type DashboardSection, type FoldState } from './sections';
import { KpiDistribution, Participants, PartnersByScheme, StrategyCards } from './SummarySections';
import { reportSearch, type Period } from './period';
import { useReportParams, type ReportParams } from './useReportParams';
import '#web/i18n/pages.ts';

const TrendCharts = lazy(() => import('./TrendCharts').then((module) => ({ default: module.TrendCharts })));

/** /dasbor: a manager has no regional reports, only its own rapor; everyone else starts at its own region. */
export function DashboardPage() {
  const user = useUser();
  const scope = kpiScopeOf(user, null);
  if (scope?.kind !== 'region') return <Navigate to={ownRaporPath(user) ?? '/'} replace />;
  return <Dashboard scope={scope.regionCode} />;
}

function Dashboard({ scope }: { scope: string | null }) {
  const { t } = useLanguage();
  const params = useReportParams(scope);
  if (params.period === null) return <ReportOpening title={t('dashboard.title')} />;
  return <DashboardOf scope={scope} params={{ ...params, period: params.period }} />;
}

function DashboardOf({ scope, params }: { scope: string | null; params: ReportParams & { period: Period } }) {
  const { t } = useLanguage();
  const { region, period, data, today, show } = params;
  const query = useMemo<ReportQuery>(() => ({ region, period }), [region, period]);
  const summary = useApiQuery(dashboardQuery(query));
  // Every part of the dashboard loads at once; each shows its own failure.
  const children = useApiQuery(childRegionsReportQuery(query));
  const trends = useApiQuery(trendsQuery(query));
  const childItems = children.state === 'ready' ? children.data.items : null;
  const childNames = useMemo(() => new Map(childItems?.map((child) => [child.code, child.name])), [childItems]);
  // A new period of the same region keeps the figures on screen until its own arrive.
  const refreshing = [summary, children, trends].some((part) => part.state === 'ready' && part.previous);

  const folds = useFolds();
  const regionName = summary.state === 'ready' ? summary.data.region.name : null;
  const title = regionName === null ? t('dashboard.title') : t('dashboard.heading', { region: regionName });
  usePageTitle(title);

  // Drilling down replaces the link that was clicked; focus goes to the new heading, as on a new page.
  const heading = useRef<HTMLHeadingElement>(null);
  const shownRegion = useRef(region);
  useEffect(() => {
    if (shownRegion.current === region) return;
    shownRegion.current = region;
    heading.current?.focus();
  }, [region]);

  if (region !== null && !RegionCode.safeParse(region).success) {
    return (
      <>
        <h1 tabIndex={-1}>{t('dashboard.title')}</h1>
        <p className="notice notice--error" role="alert">
          {t('regions.badCode', { code: region })}
        </p>
      </>
    );
  }

  return (
    <>
      {summary.state === 'ready' && (
        <RegionTrail
          scope={scope}
          region={region}
          regionName={summary.data.region.name}
          hrefOf={(r) => `/dasbor?${reportSearch(r, period)}`}
        />
      )}
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      <div className="card">
        <PeriodPicker period={period} today={today} data={data} onChange={(next) => show({ period: next })} />
      </div>
      {(summary.state === 'loading' || refreshing) && <p role="status">{t('app.loading')}</p>}
      {summary.state === 'failed' && (
        <ErrorNotice
          error={summary.error}
          overrides={{ forbidden: t('dashboard.outOfScope'), not_found: t('regions.notFound', { code: region ?? '' }) }}
          onRetry={summary.error.code === 'forbidden' || summary.error.code === 'not_found' ? undefined : summary.reload}
        />
      )}
      {summary.state === 'ready' && (
        // aria-busy: the figures shown are the previous period's until the new ones arrive.
        <div aria-busy={refreshing}>
          <SectionJumps sections={sectionsOf(summary.data.region.level)} folds={folds} />
          <StrategyCards activities={summary.data.activities} />
          <div className="dashboard-grid">
            <Participants participants={summary.data.participants} />
            <PartnersByScheme partners={summary.data.partners} />
            <KpiDistribution kpi={summary.data.kpi} />
          </div>
          <Champions champions={summary.data.champions} childNames={childNames} period={period} />
          <TrendsSection trends={trends} fold={folds.of('trends')} />
          {children.state === 'failed' && <ErrorNotice error={children.error} onRetry={children.reload} />}
          {children.state === 'ready' && (
            <ChildrenTable region={summary.data.region} items={children.data.items} period={period} fold={folds.of('children')} />
          )}
          <DashboardCompleteness region={region} period={period} />
          <RegionProblems region={region} />
          <RankingSection query={query} childNames={childNames} fold={folds.of('ranking')} />
        </div>
      )}
    </>
  );
}

/** The sections a region's dashboard has: a village has no regions below it. */
const sectionsOf = (level: RegionLevel | null): DashboardSection[] =>
  level === 'desa' ? ['summary', 'champions', 'trends', 'ranking'] : ['summary', 'champions', 'trends', 'children', 'ranking'];

function TrendsSection({ trends, fold }: { trends: Loaded<TrendResponse>; fold: FoldState }) {
  const { t } = useLanguage();
  const loading = <p>{t('app.loading')}</p>;
  return (
    <section className="card" aria-labelledby="dashboard-trends">
      <h2 id="dashboard-trends" tabIndex={-1}>
        {t('dashboard.trends.title')}
      </h2>
      <Fold {...fold} showLabel={t('dashboard.fold.show.trends')}>
        {/* Built only once open: a phone that never opens the charts never loads them. */}
        {fold.open && trends.state === 'loading' && loading}
        {fold.open && trends.state === 'failed' && <ErrorNotice error={trends.error} onRetry={trends.reload} />}
        {fold.open && trends.state === 'ready' && (
          <Suspense fallback={loading}>
            <TrendCharts months={trends.data.months} />
          </Suspense>
        )}
      </Fold>
    </section>
  );
}
