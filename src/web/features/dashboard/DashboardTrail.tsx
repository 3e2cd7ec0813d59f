import { Link } from 'react-router-dom';
import { useT } from '#web/i18n/language.tsx';
import { reportSearch, type Period } from './period';
import { useRegionTrail } from './useRegionTrail';
import '#web/i18n/pages.ts';

interface DashboardTrailProps {
  /** The user's own region; null for the national office, whose trail starts at Indonesia. */
  scope: string | null;
  region: string | null;
  regionName: string;
  period: Period;
}

/** Breadcrumbs from the user's scope down to the region shown, each step a dashboard for the same period. */
export function DashboardTrail({ scope, region, regionName, period }: DashboardTrailProps) {
  const t = useT();
  const steps = useRegionTrail(scope, region);
  const top = scope === null && region !== null;
  if (!top && steps.length === 0) return null;
  return (
    <nav className="breadcrumbs" aria-label={t('regions.breadcrumb')}>
      <ol>
        {top && (
          <li>
            <Link to={`/dasbor?${reportSearch(null, period)}`}>{t('regions.top')}</Link>
          </li>
        )}
        {steps.map((step) => (
          <li key={step.code}>
            <Link to={`/dasbor?${reportSearch(step.code, period)}`}>{step.name}</Link>
          </li>
        ))}
        <li>
          <span aria-current="page">{regionName}</span>
        </li>
      </ol>
    </nav>
  );
}
