import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { lineageOfCode, type Region } from '#domain/regions';
import { unchanging } from '#web/api/queries.ts';
import { useApiQuery } from '#web/api/useApiQuery.ts';
import { childRegionsQuery, regionQuery, type RegionListItem } from './api';

export interface RegionView {
  /** Null at the top, where the provinces are listed. */
  region: Region | null;
  /** The region's ancestors, province first, without the region itself. */
  ancestors: Region[];
  children: RegionListItem[];
}

/** Built from the cached region answers, so a step already seen (a breadcrumb, a parent) is not asked for again. */
async function loadView(client: QueryClient, code: string | null): Promise<RegionView> {
  const childrenOf = async (parent: string | null) => (await client.fetchQuery(childRegionsQuery(parent))).items;
  if (code === null) return { region: null, ancestors: [], children: await childrenOf(null) };
  const lineage = await Promise.all(lineageOfCode(code).map((c) => client.fetchQuery(regionQuery(c))));
  const region = lineage.pop();
  if (!region) throw new Error(`empty lineage for ${code}`);
  // A village has nothing below it; asking would only cost a request.
  const children = region.level === 'desa' ? [] : await childrenOf(code);
  return { region, ancestors: lineage, children };
}

const regionViewQuery = (code: string | null) =>
  queryOptions({ queryKey: ['region-view', code], queryFn: ({ client }) => loadView(client, code), ...unchanging });

export function useRegionView(code: string | null) {
  return useApiQuery(regionViewQuery(code));
}
