import { useEffect, useId } from 'react';
import { Link } from 'react-router-dom';
import type { KpiListResponse } from '#domain/dashboard';
import { formatScore } from '#domain/kpi/score';
import { raporPath } from '#web/features/rapor/api.ts';
import { useLanguage } from '#web/i18n/language.tsx';
import type { RankingView } from './api';
import { childRegionOf } from './childNames';
import { formatNumber } from './format';
import { KpiBadge } from './KpiBadge';
import type { Period } from './period';
import '#web/i18n/pages.ts';

/** A province has thousands of partners: pages of this many keep the table readable on a phone. */
export const rankingPageSize = 20;

interface RankingTableProps {
  ranking: KpiListResponse;
  /** The rows are the previous page's (or order's, or filter's) until the new ones arrive. */
  refreshing: boolean;
  view: RankingView;
  onView: (view: RankingView) => void;
  childNames: ReadonlyMap<string, string>;
  period: Period;
}

/** One page of the region's partners by score (or name), filterable by name; the server does the ranking. */
export function RankingTable({ ranking, refreshing, view, onView, childNames, period }: RankingTableProps) {
  const { t, locale } = useLanguage();
  const id = useId();
  const { total, items } = ranking;
  const pages = Math.max(1, Math.ceil(total / rankingPageSize));
  const showRegion = childNames.size > 0;
  const first = (ranking.page - 1) * ranking.pageSize + 1;

  // A page past the end (the region lost partners since): show the last one instead of nothing.
  const pastTheEnd = items.length === 0 && total > 0 && ranking.page > pages;
  useEffect(() => {
    if (pastTheEnd) onView({ ...view, page: pages });
  }, [pastTheEnd, onView, view, pages]);

  if (total === 0 && view.q === '') return <p>{t('dashboard.ranking.empty')}</p>;
  return (
    <>
      <div className="table-tools">
        <div className="field">
          <label htmlFor={`${id}-filter`}>{t('dashboard.ranking.filter')}</label>
          <input
            id={`${id}-filter`}
            type="search"
            autoComplete="off"
            value={view.q}
            onChange={(event) => onView({ ...view, q: event.target.value, page: 1 })}
          />
        </div>
        <fieldset className="choices">
          <legend>{t('dashboard.ranking.sort')}</legend>
          {(['score', 'name'] as const).map((option) => (
            <label key={option} className="choices__option">
              <input
                type="radio"
                name={`${id}-sort`}
                value={option}
                checked={view.sort === option}
                onChange={() => onView({ ...view, sort: option, page: 1 })}
              />
              <span>{t(`dashboard.ranking.sort.${option}`)}</span>
            </label>
          ))}
        </fieldset>
      </div>
      <p role="status" className="table-count">
        {total === 0
          ? t('dashboard.ranking.none')
          : t('dashboard.ranking.shown', {
              from: formatNumber(first, locale),
              to: formatNumber(first + items.length - 1, locale),
              total: formatNumber(total, locale),
            })}
      </p>
      {items.length > 0 && (
        <table className="table table--stack ranking" aria-labelledby="dashboard-ranking" aria-busy={refreshing}>
          <thead>
            <tr>
              <th scope="col" className="num">
                {t('dashboard.ranking.col.rank')}
              </th>
              <th scope="col" aria-sort={view.sort === 'name' ? 'ascending' : undefined}>
                {t('dashboard.ranking.col.name')}
              </th>
              {showRegion && <th scope="col">{t('dashboard.ranking.col.region')}</th>}
              <th scope="col">{t('dashboard.ranking.col.type')}</th>
              <th scope="col" className="num" aria-sort={view.sort === 'score' ? 'descending' : undefined}>
                {t('dashboard.ranking.col.score')}
              </th>
              <th scope="col">{t('dashboard.ranking.col.color')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.partnerId}>
                <td className="num ranking__rank" data-label={t('dashboard.ranking.col.rank')}>
                  {formatNumber(item.rank, locale)}
                </td>
                <th scope="row">
                  <Link to={raporPath(item.partnerId, period)}>{item.name}</Link>
                </th>
                {showRegion && (
                  <td className="ranking__region" data-label={t('dashboard.ranking.col.region')}>
                    {childRegionOf(item.regionCode, childNames) ?? '–'}
                  </td>
                )}
                <td className="ranking__type" data-label={t('dashboard.ranking.col.type')}>
                  {t(`kpi.partnerType.${item.type}`)}
                </td>
                <td className="num ranking__score" data-label={t('dashboard.ranking.col.score')}>
                  {formatScore(item.score, locale)}
                </td>
                <td className="ranking__color" data-label={t('dashboard.ranking.col.color')}>
                  <KpiBadge color={item.color} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {pages > 1 && (
        <nav className="pager" aria-label={t('dashboard.ranking.pages')}>
          <button
            type="button"
            className="button button--secondary"
            disabled={ranking.page <= 1}
            onClick={() => onView({ ...view, page: ranking.page - 1 })}
          >
            {t('dashboard.ranking.previous')}
          </button>
          <span>{t('dashboard.ranking.page', { page: ranking.page, pages })}</span>
          <button
            type="button"
            className="button button--secondary"
            disabled={ranking.page >= pages}
            onClick={() => onView({ ...view, page: ranking.page + 1 })}
          >
            {t('dashboard.ranking.next')}
          </button>
        </nav>
      )}
    </>
  );
}
