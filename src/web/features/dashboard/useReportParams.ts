import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { localToday } from '#domain/calendar';
import { periodFromParams, reportSearch, type Period } from './period';

export interface ReportParams {
  /** The region shown; null only for the whole country. */
  region: string | null;
  period: Period;
  /** Today on the device, fixed for the life of the page so quick picks do not move at midnight. */
  today: string;
  /** Moves to another region or period as a new history entry, so Back returns to the previous view. */
  show: (next: { region?: string | null; period?: Period }) => void;
}

/**
 * A report's region and period live in the URL (`?region=19.05&from=2024-01-01&to=2024-09-25`),
 * so a copied link shows the same view to anyone allowed to see it. A URL without them is
 * rewritten in place with the defaults: the user's own region and this year to date.
 */
export function useReportParams(defaultRegion: string | null, withRegion = true): ReportParams {
  const [params, setParams] = useSearchParams();
  const [today] = useState(() => localToday());
  const from = params.get('from');
  const to = params.get('to');
  const period = useMemo(() => periodFromParams(new URLSearchParams({ from: from ?? '', to: to ?? '' }), today), [from, to, today]);
  const region = withRegion ? (params.get('region') ?? defaultRegion) : null;
  const canonical = reportSearch(region, period);

  useEffect(() => {
    if (params.toString() !== canonical) setParams(new URLSearchParams(canonical), { replace: true });
  }, [params, canonical, setParams]);

  const show = useCallback(
    (next: { region?: string | null; period?: Period }) => {
      const nextRegion = next.region === undefined ? region : next.region;
      setParams(new URLSearchParams(reportSearch(nextRegion, next.period ?? period)));
    },
    [region, period, setParams],
  );

  return { region, period, today, show };
}
