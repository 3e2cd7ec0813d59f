import { Link } from 'react-router-dom';
import type { CompletenessResponse } from '#domain/completeness';
import { formatNumber } from '#web/features/dashboard/format.ts';
import { useLanguage } from '#web/i18n/language.tsx';
import { DownloadLinks } from '#web/shell/DownloadLinks.tsx';
import { completenessExportPath, completenessSearch } from './api';
import { formatRate } from './format';
import '#web/i18n/pages.ts';
import './messages.ts';

/** Which child regions the heading names, by the level of the region shown. */
function useHeading(region: CompletenessResponse['region'], count: number): string {
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

/** The regions one level down with their completeness; each name opens that region for the same month. */
export function ChildrenCompleteness({ data }: { data: CompletenessResponse }) {
  const { t, locale } = useLanguage();
  const heading = useHeading(data.region, data.children.length);
  if (data.children.length === 0) return null;
  const n = (value: number) => formatNumber(value, locale);
  return (
    <section aria-labelledby="completeness-children">
      <h2 id="completeness-children">{heading}</h2>
      <table className="table table--stack table--pairs">
        <caption className="visually-hidden">{t('completeness.children.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('completeness.children.col.region')}</th>
            <th scope="col" className="num">
              {t('completeness.children.col.rate')}
            </th>
            <th scope="col" className="num">
              {t('completeness.children.col.reported')}
            </th>
            <th scope="col" className="num">
              {t('completeness.children.col.partners')}
            </th>
            <th scope="col" className="num">
              {t('completeness.children.col.onTime')}
            </th>
          </tr>
        </thead>
        <tbody>
          {data.children.map((child) => (
            <tr key={child.regionCode}>
              <th scope="row">
                <Link to={`/kelengkapan?${completenessSearch(child.regionCode, data.month)}`}>{child.name}</Link>
              </th>
              <td className="num" data-label={t('completeness.children.col.rate')}>
                {child.partners === 0 ? (
                  <>
                    <span aria-hidden="true">–</span>
                    <span className="visually-hidden">{t('completeness.children.noPartners')}</span>
                  </>
                ) : (
                  <strong>{formatRate(child.rate, locale)}</strong>
                )}
              </td>
              <td className="num" data-label={t('completeness.children.col.reported')}>
                {n(child.reported)}
              </td>
              <td className="num" data-label={t('completeness.children.col.partners')}>
                {n(child.partners)}
              </td>
              <td className="num" data-label={t('completeness.children.col.onTime')}>
                {n(child.onTime)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <DownloadLinks hrefOf={(format) => completenessExportPath(data.region.code, data.month, 'children', format)} />
    </section>
  );
}
