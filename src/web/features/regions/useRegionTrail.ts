import { useQueries } from '@tanstack/react-query';
import { isWithinRegion, lineageOfCode } from '#domain/regions';
import { regionQuery } from './api.ts';

export interface TrailStep {
  code: string;
  name: string;
}

/**
 * The regions between the user's scope and the one shown, scope first, without the shown one:
 * the steps a user may climb back up. Names come from the regions API, which the app caches.
 */
export function useRegionTrail(scope: string | null, region: string | null): TrailStep[] {
  const codes =
    region === null
      ? []
      : lineageOfCode(region)
          .slice(0, -1)
          .filter((code) => scope === null || isWithinRegion(code, scope));
  const steps = useQueries({ queries: codes.map(regionQuery) });
  // While loading (or if the names cannot be fetched) the trail shows nothing rather than codes.
  return steps.every((step) => step.isSuccess) ? steps.map(({ data }) => ({ code: data.code, name: data.name })) : [];
}
