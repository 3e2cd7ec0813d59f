import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { localToday } from '#domain/calendar';
import { useApiQuery } from '#web/api/useApiQuery.ts';
import { extentQuery } from './api';
import { dataPeriodOf, openingPeriod, periodFromParams, reportSearch, type DataPeriod, type Period } from './period';

export interface ReportParams {
  /** The region shown; null only for the whole country. */
  region: string | null;
  /** null only while the data's period is asked for: a report opens on it, never on an empty year first. */
  period: Period | null;
  /** The data's period beside this year's, once known (the picker offers it). */
  data: DataPeriod | null;
  /** Today on the device, fixed for the life of the page so quick picks do not move at midnight. */
  today: string;
  /** Moves to another region or period as a new history entry, so Back returns to the previous view. */
  show: (next: { region?: string | null; period?: Period }) => void;
}

/**
 * A report's region and period live in the URL (`?region=19.05&from=2024-01-01&to=2024-09-25`),
 * so a copied link shows the same view to anyone allowed to see it, and a period someone chose
 * always wins. A URL without them is rewritten in place with the defaults: the user's own region,
 * and the period that has data (the demo's, or the year of the last report when that is an
 * earlier year; else this year to date), asked for first so no empty year flashes by.
 */
export function useReportParams(defaultRegion: string | null, withRegion = true): ReportParams {
  const [params, setParams] = useSearchParams();
  const [today] = useState(() => localToday());
  const from = params.get('from');
  const to = params.get('to');
  const chosen = useMemo(() => periodFromParams(new URLSearchParams({ from: from ?? '', to: to ?? '' })), [from, to]);
  const region = withRegion ? (params.get('region') ?? defaultRegion) : null;
  // Asked for even when the URL names a period, so the picker can offer the data's period.
  const extent = useApiQuery(extentQuery(region));
  const data = extent.state === 'ready' ? dataPeriodOf(extent.data, today) : null;
  // If the extent cannot be had (offline, a region out of scope), the report opens on this year and shows its own error.
  const period = chosen ?? (extent.state === 'loading' ? null : openingPeriod(data, today));
  const canonical = period === null ? null : reportSearch(region, period);

  useEffect(() => {
    if (canonical !== null && params.toString() !== canonical) setParams(new URLSearchParams(canonical), { replace: true });
  }, [params, canonical, setParams]);

  const show = useCallback(
    (next: { region?: string | null; period?: Period }) => {
      const nextRegion = next.region === undefined ? region : next.region;
      const nextPeriod = next.period ?? period;
      if (nextPeriod !== null) setParams(new URLSearchParams(reportSearch(nextRegion, nextPeriod)));
    },
    [region, period, setParams],
  );

  return { region, period, data, today, show };
}
