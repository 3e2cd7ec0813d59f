import { useCallback } from 'react';
import { isWithinRegion, lineageOfCode } from '#domain/regions';
import { useResource } from '#web/api/resource.ts';
import { fetchRegion } from '#web/features/regions/api.ts';

export interface TrailStep {
  code: string;
  name: string;
}

/**
 * The regions between the user's scope and the one shown, scope first, without the shown one:
 * the steps a user may climb back up. Names come from the regions API, which the app caches.
 */
export function useRegionTrail(scope: string | null, region: string | null): TrailStep[] {
  const load = useCallback(
    async (signal: AbortSignal) => {
      if (region === null) return [];
      const codes = lineageOfCode(region)
        .slice(0, -1)
        .filter((code) => scope === null || isWithinRegion(code, scope));
      const found = await Promise.all(codes.map((code) => fetchRegion(code, signal)));
      return found.map(({ code, name }) => ({ code, name }));
    },
    [scope, region],
  );
  const trail = useResource(load);
  // While loading (or if the names cannot be fetched) the trail shows nothing rather than codes.
  return trail.state === 'ready' ? trail.data : [];
}
