import { lineageOfCode, RegionLevel, type Region, type RegionSearchHit } from '#domain/regions';
import type { DbOrTx } from '#server/db/database';
import { notFound } from '#server/http/errors';
import { countRegions, findRegion, findRegions, listChildren, regionsWithin, searchRegions } from './repository';

const toRegion = (row: { code: string; name: string; level: string; parent_code: string | null }): Region => ({
  code: row.code,
  name: row.name,
  level: RegionLevel.parse(row.level),
  parentCode: row.parent_code,
});

/** The region with this code, or null when no region has it (for a form's "unknown region"). */
export async function knownRegion(db: DbOrTx, code: string): Promise<Region | null> {
  const row = await findRegion(db, code);
  return row ? toRegion(row) : null;
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

export async function childrenOf(db: DbOrTx, parent: string | null) {
  if (parent !== null && !(await findRegion(db, parent))) throw notFound('region');
  const rows = await listChildren(db, parent);
  return rows.map((r) => ({ code: r.code, name: r.name, level: RegionLevel.parse(r.level) }));
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
