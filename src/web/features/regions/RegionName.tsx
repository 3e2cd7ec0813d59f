import { useCallback } from 'react';
import { useResource } from '#web/api/resource.ts';
import { fetchRegion } from './api';

/** A region's name for its code; the code stands in while loading or when the name cannot be fetched. */
export function useRegionName(code: string | undefined): string | undefined {
  const load = useCallback((signal: AbortSignal) => (code === undefined ? Promise.resolve(null) : fetchRegion(code, signal)), [code]);
  const region = useResource(load);
  return region.state === 'ready' && region.data ? region.data.name : code;
}

export function RegionName({ code }: { code: string }) {
  return <>{useRegionName(code)}</>;
}
