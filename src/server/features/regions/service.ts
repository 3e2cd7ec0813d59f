import { LRUCache } from 'lru-cache';
import { lineageOfCode, provinceOf, RegionLevel, type Region, type RegionSearchHit } from '#domain/regions';
import type { DbOrTx } from '#server/db/database';
import { notFound } from '#server/http/errors';
import { countRegions, findRegion, findRegions, listChildren, regionsWithin, searchRegions } from './repository';

const toRegion = (row: { code: string; name: string; level: string; parent_code: string | null }): Region => ({
  code: row.code,
  name: row.name,
  level: RegionLevel.parse(row.level),
  parentCode: row.parent_code,
});

type Child = { code: string; name: string; level: RegionLevel };

/**
 * Regions read before, per database. The table is loaded whole, in one transaction, into an empty
 * table and never changed (loader.ts), so a region once found is that region for good: every
 * dashboard names its region and the country's provinces, a round trip each on PostgreSQL. Only
 * what was found is kept; a miss is asked again. A transaction reads for itself.
 */
interface Known {
  regions: LRUCache<string, Region>;
  children: LRUCache<string, Child[]>;
}
const known = new WeakMap<object, Known>();

function knownOf(db: DbOrTx): Known | undefined {
  if (db.isTransaction) return undefined;
  let k = known.get(db);
  if (!k) known.set(db, (k = { regions: new LRUCache({ max: 10_000 }), children: new LRUCache({ max: 2_000 }) }));
  return k;
}

/** The region with this code, or null when no region has it (for a form's "unknown region"). */
export async function knownRegion(db: DbOrTx, code: string): Promise<Region | null> {
  const k = knownOf(db);
  const kept = k?.regions.get(code);
  if (kept) return kept;
  const row = await findRegion(db, code);
  if (!row) return null;
  const region = toRegion(row);
  k?.regions.set(code, region);
  return region;
}

export async function regionByCode(db: DbOrTx, code: string): Promise<Region> {
  const region = await knownRegion(db, code);
  if (!region) throw notFound('region');
  return region;
}

/** The names of these regions by code; a code no region has is left out. */
export async function regionNames(db: DbOrTx, codes: string[]): Promise<Map<string, string>> {
  return new Map((await findRegions(db, codes)).map((r) => [r.code, r.name]));
}

/** A region and everything inside it, in code order. */
export async function regionsInside(db: DbOrTx, code: string): Promise<Region[]> {
  return (await regionsWithin(db, code)).map(toRegion);
}

export const regionCount = (db: DbOrTx): Promise<number> => countRegions(db);

/** A region's children in code order (the provinces for null); kept, so read-only. */
export async function childrenOf(db: DbOrTx, parent: string | null): Promise<readonly Child[]> {
  const k = knownOf(db);
  const kept = k?.children.get(parent ?? '');
  if (kept) return kept;
  if (parent !== null && !(await knownRegion(db, parent))) throw notFound('region');
  const children = (await listChildren(db, parent)).map((r) => ({ code: r.code, name: r.name, level: RegionLevel.parse(r.level) }));
  // A village has none: asked again, as a miss is.
  if (children.length > 0) k?.children.set(parent ?? '', children);
  return children;
}

/** The provinces a region lies in or covers: its own, or every one for the country (null). */
export async function provincesOf(db: DbOrTx, within: string | null): Promise<string[]> {
  return within === null ? (await childrenOf(db, null)).map((p) => p.code) : [provinceOf(within)];
}

/** The path from the province down to each of these regions, fetched in one query. */
export async function regionPathsOf(db: DbOrTx, codes: readonly string[]): Promise<Map<string, { code: string; name: string }[]>> {
  const unique = [...new Set(codes)];
  const names = new Map((await findRegions(db, [...new Set(unique.flatMap(lineageOfCode))])).map((r) => [r.code, r.name]));
  return new Map(unique.map((code) => [code, lineageOfCode(code).map((c) => ({ code: c, name: names.get(c) ?? c }))]));
}

/** Search hits with their whole path from the province down, fetched in one query. */
export async function searchByName(db: DbOrTx, text: string, within: string | null, limit: number): Promise<RegionSearchHit[]> {
  const hits = await searchRegions(db, text, within, limit);
  const names = await regionNames(db, [...new Set(hits.flatMap((h) => lineageOfCode(h.code)))]);
  return hits.map((h) => ({
    code: h.code,
    name: h.name,
    level: RegionLevel.parse(h.level),
    path: lineageOfCode(h.code).map((code) => ({ code, name: names.get(code) ?? code })),
  }));
}
