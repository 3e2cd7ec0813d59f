import { Link } from 'react-router-dom';
import { useRegionTrail } from './useRegionTrail.ts';
import { useT } from '#web/i18n/language.tsx';
import '#web/i18n/pages.ts';

interface RegionTrailProps {
  /** The viewer's own region; null for the national office, whose trail starts at Indonesia. */
  scope: string | null;
  region: string | null;
  regionName: string;
  /** The page's address for a region (its own query string keeps the rest). */
  hrefOf: (region: string | null) => string;
}

/**
 * Breadcrumbs from the viewer's scope down to the region shown, each step the same page one level
 * up (the dashboard for the same period, completeness for the same month, a course's progress).
 */
export function RegionTrail({ scope, region, regionName, hrefOf }: RegionTrailProps) {
  const t = useT();
  const steps = useRegionTrail(scope, region);
  const top = scope === null && region !== null;
  if (!top && steps.length === 0) return null;
  return (
    <nav className="breadcrumbs" aria-label={t('regions.breadcrumb')}>
      <ol>
        {top && (
          <li>
            <Link to={hrefOf(null)}>{t('regions.top')}</Link>
          </li>
        )}
        {steps.map((step) => (
          <li key={step.code}>
            <Link to={hrefOf(step.code)}>{step.name}</Link>
          </li>
        ))}
        <li>
          <span aria-current="page">{regionName}</span>
        </li>
      </ol>
    </nav>
  );
}
