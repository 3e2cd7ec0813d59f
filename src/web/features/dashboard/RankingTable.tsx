import { useId, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import type { KpiListItem } from '#domain/dashboard';
import { formatScore } from '#domain/kpi/score';
import { raporPath } from '#web/features/rapor/api.ts';
import { useLanguage } from '#web/i18n/language.tsx';
import { childRegionOf } from './childNames';
import { formatNumber } from './format';
import { KpiBadge } from './KpiBadge';
import type { Period } from './period';
import { filterRanking, pageOf, rankPartners, sortRanking, type RankingSort } from './ranking';
import '#web/i18n/pages.ts';

/** A province has a few hundred partners: pages of this many keep the table readable on a phone. */
export const rankingPageSize = 20;

interface RankingTableProps {
  items: KpiListItem[];
  childNames: ReadonlyMap<string, string>;
  period: Period;
}

/** Every partner of the region by score (or name), filterable by name, a page at a time. */
export function RankingTable({ items, childNames, period }: RankingTableProps) {
  const { t, locale } = useLanguage();
  const id = useId();
  const [sort, setSort] = useState<RankingSort>('score');
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(1);
  const ranked = useMemo(() => rankPartners(items), [items]);
  const shown = useMemo(() => sortRanking(filterRanking(ranked, query), sort, locale), [ranked, query, sort, locale]);
  const current = pageOf(shown, page, rankingPageSize);
  const showRegion = childNames.size > 0;
  const first = (current.page - 1) * rankingPageSize + 1;

  if (items.length === 0) return <p>{t('dashboard.ranking.empty')}</p>;
  return (
    <>
      <div className="table-tools">
        <div className="field">
          <label htmlFor={`${id}-filter`}>{t('dashboard.ranking.filter')}</label>
          <input
            id={`${id}-filter`}
            type="search"
            autoComplete="off"
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setPage(1);
            }}
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
                checked={sort === option}
                onChange={() => {
                  setSort(option);
                  setPage(1);
                }}
              />
              <span>{t(`dashboard.ranking.sort.${option}`)}</span>
            </label>
          ))}
        </fieldset>
      </div>
      <p role="status" className="table-count">
        {shown.length === 0
          ? t('dashboard.ranking.none')
          : t('dashboard.ranking.shown', {
              from: formatNumber(first, locale),
              to: formatNumber(first + current.items.length - 1, locale),
              total: formatNumber(shown.length, locale),
            })}
      </p>
      {shown.length > 0 && (
        <table className="table table--stack ranking" aria-labelledby="dashboard-ranking">
          <thead>
            <tr>
              <th scope="col" className="num">
                {t('dashboard.ranking.col.rank')}
              </th>
              <th scope="col" aria-sort={sort === 'name' ? 'ascending' : undefined}>
                {t('dashboard.ranking.col.name')}
              </th>
              {showRegion && <th scope="col">{t('dashboard.ranking.col.region')}</th>}
              <th scope="col">{t('dashboard.ranking.col.type')}</th>
              <th scope="col" className="num" aria-sort={sort === 'score' ? 'descending' : undefined}>
                {t('dashboard.ranking.col.score')}
              </th>
              <th scope="col">{t('dashboard.ranking.col.color')}</th>
            </tr>
          </thead>
          <tbody>
            {current.items.map((item) => (
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
      {current.pages > 1 && (
        <nav className="pager" aria-label={t('dashboard.ranking.pages')}>
          <button type="button" className="button button--secondary" disabled={current.page <= 1} onClick={() => setPage(current.page - 1)}>
            {t('dashboard.ranking.previous')}
          </button>
          <span>{t('dashboard.ranking.page', { page: current.page, pages: current.pages })}</span>
          <button
            type="button"
            className="button button--secondary"
            disabled={current.page >= current.pages}
            onClick={() => setPage(current.page + 1)}
          >
            {t('dashboard.ranking.next')}
          </button>
        </nav>
      )}
    </>
  );
}
