import { Link } from 'react-router-dom';
import type { Region } from '#domain/regions';
import { useT } from '#web/i18n/language.tsx';
import type { RegionListItem } from './api';
import '#web/i18n/pages.ts';

/** The regions one level down, as large tappable rows with their codes. */
export function RegionChildren({ parent, items }: { parent: Region | null; items: RegionListItem[] }) {
  const t = useT();
  if (parent?.level === 'desa') return <p>{t('regions.lowest')}</p>;
  const count = items.length;
  const heading =
    parent === null
      ? t('regions.children.top', { count })
      : parent.level === 'provinsi'
        ? t('regions.children.kabkota', { name: parent.name, count })
        : parent.level === 'kabkota'
          ? t('regions.children.kecamatan', { name: parent.name, count })
          : t('regions.children.desa', { name: parent.name, count });
  return (
    <section aria-labelledby="region-children">
      <h2 id="region-children">{heading}</h2>
      <ul className="region-list">
        {items.map((item) => (
          <li key={item.code}>
            <Link to={`/wilayah/${item.code}`}>
              <span className="region-list__name">{item.name}</span>
              <span className="region-list__code">{item.code}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
