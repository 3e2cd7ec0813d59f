import { useState } from 'react';
import { useApiQuery } from '#web/api/useApiQuery.ts';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { useLanguage } from '#web/i18n/language.tsx';
import { DownloadLinks } from '#web/shell/DownloadLinks.tsx';
import { rankingExportPath, rankingQuery, type RankingView, type ReportQuery } from './api';
import { formatNumber } from './format';
import { RankingTable, rankingPageSize } from './RankingTable';
import { Fold, type FoldState } from './sections';
import '#web/i18n/pages.ts';

interface RankingSectionProps {
  query: ReportQuery;
  childNames: ReadonlyMap<string, string>;
  fold: FoldState;
}

const firstView: RankingView = { page: 1, sort: 'score', q: '' };

/** Every partner of the region ranked, a page at a time from the server; the national view asks for a province first. */
export function RankingSection({ query, childNames, fold }: RankingSectionProps) {
  const { t, locale } = useLanguage();
  // A new region or period starts again at page 1, sorted by score, unfiltered.
  const shownFor = `${query.region}|${query.period.from}|${query.period.to}`;
  const [state, setState] = useState({ for: shownFor, view: firstView });
  const view = state.for === shownFor ? state.view : firstView;
  const ranking = useApiQuery({ ...rankingQuery(query, view, rankingPageSize), enabled: query.region !== null });
  const body =
    query.region === null ? (
      <p>{t('dashboard.ranking.national')}</p>
    ) : ranking.state === 'loading' ? (
      <p>{t('app.loading')}</p>
    ) : ranking.state === 'failed' ? (
      <ErrorNotice error={ranking.error} onRetry={ranking.reload} />
    ) : (
      <>
        {ranking.data.total > 0 && <DownloadLinks hrefOf={(format) => rankingExportPath(query, format)} />}
        <RankingTable
          ranking={ranking.data}
          refreshing={ranking.previous}
          view={view}
          onView={(next) => setState({ for: shownFor, view: next })}
          childNames={childNames}
          period={query.period}
        />
      </>
    );
  return (
    <section aria-labelledby="dashboard-ranking">
      <h2 id="dashboard-ranking" tabIndex={-1}>
        {t('dashboard.ranking.title')}
      </h2>
      {query.region === null ? (
        body
      ) : (
        <Fold
          {...fold}
          showLabel={
            ranking.state === 'ready' && view.q === ''
              ? t('dashboard.fold.show.ranking', { count: formatNumber(ranking.data.total, locale) })
              : t('dashboard.fold.show.rankingAll')
          }
        >
          {body}
        </Fold>
      )}
    </section>
  );
}
