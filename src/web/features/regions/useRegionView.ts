import { useCallback } from 'react';
import { lineageOfCode, type Region } from '#domain/regions';
import { useResource } from '#web/api/resource.ts';
import { fetchChildren, fetchRegion, type RegionListItem } from './api';

export interface RegionView {
  /** Null at the top, where the provinces are listed. */
  region: Region | null;
  /** The region's ancestors, province first, without the region itself. */
  ancestors: Region[];
  children: RegionListItem[];
}

async function loadView(code: string | null, signal: AbortSignal): Promise<RegionView> {
  if (code === null) return { region: null, ancestors: [], children: await fetchChildren(null, signal) };
  const lineage = await Promise.all(lineageOfCode(code).map((c) => fetchRegion(c, signal)));
  const region = lineage.pop();
  if (!region) throw new Error(`empty lineage for ${code}`);
  // A village has nothing below it; asking would only cost a request.
  const children = region.level === 'desa' ? [] : await fetchChildren(code, signal);
  return { region, ancestors: lineage, children };
}

export function useRegionView(code: string | null) {
  const load = useCallback((signal: AbortSignal) => loadView(code, signal), [code]);
  return useResource(load);
}
