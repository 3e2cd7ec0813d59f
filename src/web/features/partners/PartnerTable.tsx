import { Link } from 'react-router-dom';
import type { Partner } from '#domain/partners';
import { useT } from '#web/i18n/language.tsx';
import '#web/i18n/pages.ts';

export function PartnerTable({ partners }: { partners: Partner[] }) {
  const t = useT();
  return (
    <table className="table table--stack">
      <caption>{t('partners.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('partners.field.name')}</th>
          <th scope="col">{t('field.region')}</th>
          <th scope="col">{t('field.type')}</th>
          <th scope="col">{t('field.scheme')}</th>
          <th scope="col">{t('field.cohortYear')}</th>
          <th scope="col">{t('partners.col.status')}</th>
        </tr>
      </thead>
      <tbody>
        {partners.map((p) => (
          <tr key={p.id}>
            <th scope="row" data-label={t('partners.field.name')}>
              <Link to={`/mitra/${p.id}`}>{p.name}</Link>
            </th>
            <td data-label={t('field.region')}>
              {p.regionName} <code className="muted-code">{p.regionCode}</code>
            </td>
            <td data-label={t('field.type')}>{t(`partner.type.${p.type}`)}</td>
            <td data-label={t('field.scheme')}>{t(`partner.scheme.${p.scheme}`)}</td>
            <td data-label={t('field.cohortYear')}>{p.cohortYear}</td>
            <td data-label={t('partners.col.status')}>
              <span className={p.active ? 'status-badge status-badge--active' : 'status-badge status-badge--inactive'}>
                {p.active ? t('partners.active') : t('partners.inactive')}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
