import { lineageOfCode } from '#domain/regions';
import type { DbOrTx } from '#server/db/database';
import { regionNames } from '#server/features/regions/service';
import { mapPages } from './pages';
import type { RowBatches } from './sheet';

export type RegionPath = { code: string; name: string }[];

/** Enough names for every region of a province's partners; past it the memory starts afresh rather than grow with a national export. */
const remembered = 20_000;

/**
 * Codes asked per query, always this many (the last query repeats a code to fill up): the SQL
 * text is then always the same, so SQLite's statement cache keeps one statement. With a list as
 * long as each page's new regions, every page made a new SQL text, a new compiled statement and a
 * new cache entry, and the evicted ones piled up in the heap until the next full collection.
 */
const askedPerQuery = 500;

/**
 * The province-to-village path of each region a page names. The names are looked up once per
 * export for the regions already met: consecutive pages of an export mostly name the same
 * villages and always the same provinces.
 */
export function regionPathsForPages(db: DbOrTx): (codes: readonly string[]) => Promise<Map<string, RegionPath>> {
  let names = new Map<string, string>();
  return async (codes) => {
    if (names.size > remembered) names = new Map();
    const unique = [...new Set(codes)];
    const missing = [...new Set(unique.flatMap(lineageOfCode))].filter((code) => !names.has(code));
    for (let i = 0; i < missing.length; i += askedPerQuery) {
      const asked = missing.slice(i, i + askedPerQuery);
      const found = await regionNames(db, [...asked, ...Array<string>(askedPerQuery - asked.length).fill(asked[0] ?? '')]);
      // A code no region has keeps its code as its name, as before.
      for (const code of asked) names.set(code, found.get(code) ?? code);
    }
    return new Map(unique.map((code) => [code, lineageOfCode(code).map((c) => ({ code: c, name: names.get(c) ?? c }))]));
  };
}

/** The name at one level of a path (0 province … 3 village); empty below the region's own level. */
export const nameAtLevel = (path: RegionPath | undefined, level: number) => path?.[level]?.name ?? null;

/**
 * The rows of each page with their province-to-village path. The path is set on the row the
 * database gave, not on a copy: `{ ...row, path }` of each row made the heap of a 200,000-row
 * export climb by ~75 MB of garbage that only a full collection frees (the copies of the
 * driver's rows were kept past the young generation), 22 → 96 MB against 22 → 39 MB.
 */
export function withRegionPaths<Row extends { region_code: string }>(
  db: DbOrTx,
  pages: AsyncIterable<readonly Row[]>,
): RowBatches<Row & { path: RegionPath | undefined }> {
  const pathsOf = regionPathsForPages(db);
  return mapPages(pages, async (rows) => {
    const paths = await pathsOf(rows.map((r) => r.region_code));
    return rows.map((r) => Object.assign(r, { path: paths.get(r.region_code) }));
  });
}
