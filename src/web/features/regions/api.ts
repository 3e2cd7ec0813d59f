import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  Region,
  RegionListResponse,
  RegionSearchResponse,
  type RegionListItem as RegionListItemSchema,
  type RegionSearchHit,
} from '#domain/regions';
import { apiQuery, unchanging } from '#web/api/queries.ts';

export type RegionListItem = z.infer<typeof RegionListItemSchema>;

// Regions are Indonesia's official list and do not change while the app is open: each is asked for once.

export const regionQuery = (code: string) =>
  queryOptions({ ...apiQuery(`/api/regions/${encodeURIComponent(code)}`, Region), ...unchanging });

/** The provinces when `parent` is null, else the regions directly inside `parent`. */
export const childRegionsQuery = (parent: string | null) =>
  queryOptions({
    ...apiQuery(parent === null ? '/api/regions' : `/api/regions?parent=${encodeURIComponent(parent)}`, RegionListResponse),
    ...unchanging,
  });

/** The server returns at most this many hits; saying so tells the user to narrow the search. */
export const searchLimit = 30;

/** A name search needs this many letters: fewer would match half the country. */
export const searchMinLength = 2;

export function regionSearchQuery(q: string, within: string | null) {
  const params = new URLSearchParams({ q, limit: String(searchLimit) });
  if (within !== null) params.set('parent', within);
  return queryOptions({ ...apiQuery(`/api/regions?${params.toString()}`, RegionSearchResponse), ...unchanging });
}

/** Where a hit lies, without the hit itself: what tells two villages named Puput apart. */
export const placeOfHit = (hit: RegionSearchHit): string[] => hit.path.slice(0, -1).map((step) => step.name);
