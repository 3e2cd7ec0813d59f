import { Link } from 'react-router-dom';
import type { ChildrenResponse, DashboardResponse } from '#domain/dashboard';
import { formatScore, kpiColors } from '#domain/kpi/score';
import { useLanguage } from '#web/i18n/language.tsx';
import { DownloadLinks } from '#web/shell/DownloadLinks.tsx';
import { childRegionsExportPath } from './api';
import { formatNumber } from './format';
import { KpiIcon } from './KpiBadge';
import { reportSearch, type Period } from './period';
import { Fold, type FoldState } from './sections';
import '#web/i18n/pages.ts';

type Region = DashboardResponse['region'];
type Child = ChildrenResponse['items'][number];

function useHeading(region: Region, count: number): string {
  const { t } = useLanguage();
  const name = region.name;
  switch (region.level) {
    case null:
      return t('regions.children.top', { count });
    case 'provinsi':
      return t('regions.children.kabkota', { name, count });
    case 'kabkota':
      return t('regions.children.kecamatan', { name, count });
    default:
      return t('regions.children.desa', { name, count });
  }
}

/** The regions one level down with their partners' KPI; each name opens that region's dashboard for the same period. */
export function ChildrenTable({ region, items, period, fold }: { region: Region; items: Child[]; period: Period; fold: FoldState }) {
  const { t, locale } = useLanguage();
  const heading = useHeading(region, items.length);
  if (region.level === 'desa') return null;
  return (
    <section aria-labelledby="dashboard-children">
      <h2 id="dashboard-children" tabIndex={-1}>
        {heading}
      </h2>
      <Fold {...fold} showLabel={t('dashboard.fold.show.children', { count: items.length })}>
        {items.length === 0 ? (
          <p>{t('dashboard.children.none')}</p>
        ) : (
          <table className="table table--stack table--pairs" aria-labelledby="dashboard-children">
            <thead>
              <tr>
                <th scope="col">{t('dashboard.children.col.name')}</th>
                <th scope="col" className="num">
                  {t('dashboard.children.col.partners')}
                </th>
                <th scope="col" className="num">
                  {t('dashboard.children.col.average')}
                </th>
                {[...kpiColors].reverse().map((color) => (
                  <th key={color} scope="col" className="num">
                    <span className="with-icon">
                      <KpiIcon color={color} />
                      {t(`kpi.color.${color}`)}
                    </span>
                  </th>
                ))}
                <th scope="col" className="num">
                  {t('dashboard.children.col.activities')}
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((child) => (
                <tr key={child.code}>
                  <th scope="row">
                    <Link to={`/dasbor?${reportSearch(child.code, period)}`}>{child.name}</Link>
                  </th>
                  <td className="num" data-label={t('dashboard.children.col.partners')}>
                    {formatNumber(child.partners, locale)}
                  </td>
                  <td className="num" data-label={t('dashboard.children.col.average')}>
                    {child.averageScore === null ? (
                      <>
                        <span aria-hidden="true">–</span>
                        <span className="visually-hidden">{t('dashboard.children.noPartners')}</span>
                      </>
                    ) : (
                      formatScore(child.averageScore, locale)
                    )}
                  </td>
                  {[...kpiColors].reverse().map((color) => (
                    <td key={color} className="num" data-label={t(`kpi.color.${color}`)}>
                      <span className="with-icon">
                        <KpiIcon color={color} />
                        {formatNumber(child.kpi[color], locale)}
                      </span>
                    </td>
                  ))}
                  <td className="num" data-label={t('dashboard.children.col.activities')}>
                    {formatNumber(child.activities, locale)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {items.length > 0 && <DownloadLinks hrefOf={(format) => childRegionsExportPath({ region: region.code, period }, format)} />}
      </Fold>
    </section>
  );
}
