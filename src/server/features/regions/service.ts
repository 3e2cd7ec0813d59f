import { lineageOfCode, RegionLevel, type Region, type RegionSearchHit } from '#domain/regions';
import type { Db, DbOrTx } from '#server/db/database';
import { notFound } from '#server/http/errors';
import { findRegion, findRegions, listChildren, searchRegions } from './repository';

export async function regionByCode(db: Db, code: string): Promise<Region> {
  const row = await findRegion(db, code);
  if (!row) throw notFound('region');
  return { code: row.code, name: row.name, level: RegionLevel.parse(row.level), parentCode: row.parent_code };
}

export async function childrenOf(db: Db, parent: string | null) {
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
export async function searchByName(db: Db, text: string, within: string | null, limit: number): Promise<RegionSearchHit[]> {
  const hits = await searchRegions(db, text, within, limit);
  const ancestors = [...new Set(hits.flatMap((h) => lineageOfCode(h.code)))];
  const names = new Map((await findRegions(db, ancestors)).map((r) => [r.code, r.name]));
  return hits.map((h) => ({
    code: h.code,
    name: h.name,
    level: RegionLevel.parse(h.level),
    path: lineageOfCode(h.code).map((code) => ({ code, name: names.get(code) ?? code })),
  }));
}
