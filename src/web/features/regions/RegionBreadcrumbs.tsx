import { Link } from 'react-router-dom';
import type { Region } from '#domain/regions';
import { useT } from '#web/i18n/language.tsx';
import '#web/i18n/pages.ts';

/** Indonesia › province › regency › district › village; every step but the current one is a link. */
export function RegionBreadcrumbs({ ancestors, current }: { ancestors: Region[]; current: Region }) {
  const t = useT();
  return (
    <nav className="breadcrumbs" aria-label={t('regions.breadcrumb')}>
      <ol>
        <li>
          <Link to="/wilayah">{t('regions.top')}</Link>
        </li>
        {ancestors.map((region) => (
          <li key={region.code}>
            <Link to={`/wilayah/${region.code}`}>{region.name}</Link>
          </li>
        ))}
        <li>
          <span aria-current="page">{current.name}</span>
        </li>
      </ol>
    </nav>
  );
}
