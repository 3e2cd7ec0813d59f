import { Link } from 'react-router-dom';
import { useRegionTrail } from '#web/features/dashboard/useRegionTrail.ts';
import { useT } from '#web/i18n/language.tsx';
import { completenessSearch } from './api';
import '#web/i18n/pages.ts';
import './messages.ts';

interface CompletenessTrailProps {
  /** The user's own region; null for the national office, whose trail starts at Indonesia. */
  scope: string | null;
  region: string | null;
  regionName: string;
  month: string;
}

/** Breadcrumbs from the user's scope down to the region shown, each step the same month one level up. */
export function CompletenessTrail({ scope, region, regionName, month }: CompletenessTrailProps) {
  const t = useT();
  const steps = useRegionTrail(scope, region);
  const top = scope === null && region !== null;
  if (!top && steps.length === 0) return null;
  return (
    <nav className="breadcrumbs" aria-label={t('regions.breadcrumb')}>
      <ol>
        {top && (
          <li>
            <Link to={`/kelengkapan?${completenessSearch(null, month)}`}>{t('regions.top')}</Link>
          </li>
        )}
        {steps.map((step) => (
          <li key={step.code}>
            <Link to={`/kelengkapan?${completenessSearch(step.code, month)}`}>{step.name}</Link>
          </li>
        ))}
        <li>
          <span aria-current="page">{regionName}</span>
        </li>
      </ol>
    </nav>
  );
}
