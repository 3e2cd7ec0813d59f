import type { z } from 'zod';
import {
  Region,
  RegionListResponse,
  RegionSearchResponse,
  type RegionListItem as RegionListItemSchema,
  type RegionSearchHit,
} from '#domain/regions';
import { api } from '#web/api/client.ts';

export type RegionListItem = z.infer<typeof RegionListItemSchema>;

// Regions are Indonesia's official list and do not change while the app is open: keep what was fetched.
const regions = new Map<string, Region>();
const children = new Map<string, RegionListItem[]>();
const topKey = '';

export async function fetchRegion(code: string, signal?: AbortSignal): Promise<Region> {
  const cached = regions.get(code);
  if (cached) return cached;
  const region = await api(`/api/regions/${encodeURIComponent(code)}`, Region, { signal });
  regions.set(code, region);
  return region;
}

/** The provinces when `parent` is null, else the regions directly inside `parent`. */
export async function fetchChildren(parent: string | null, signal?: AbortSignal): Promise<RegionListItem[]> {
  const cached = children.get(parent ?? topKey);
  if (cached) return cached;
  const query = parent === null ? '' : `?parent=${encodeURIComponent(parent)}`;
  const { items } = await api(`/api/regions${query}`, RegionListResponse, { signal });
  children.set(parent ?? topKey, items);
  return items;
}

/** The server returns at most this many hits; saying so tells the user to narrow the search. */
export const searchLimit = 30;

export async function searchRegions(q: string, within: string | null, signal?: AbortSignal): Promise<RegionSearchHit[]> {
  const params = new URLSearchParams({ q, limit: String(searchLimit) });
  if (within !== null) params.set('parent', within);
  const { items } = await api(`/api/regions?${params.toString()}`, RegionSearchResponse, { signal });
  return items;
}
