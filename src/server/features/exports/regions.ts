import { setImmediate as nextTurn } from 'node:timers/promises';
import { lineageOfCode } from '#domain/regions';
import type { DbOrTx } from '#server/db/database';
import { regionNames } from '#server/features/regions/service';
import { mapPages } from './pages';
import type { RowBatches } from './sheet';

export type RegionPath = { code: string; name: string }[];

/**
 * Enough paths for every region of the country (91,599 in the loaded data), so a national export
 * asks each name once; past it the memory starts afresh rather than grow. With room for 20,000
 * names, a 2,000,000-row export over 100,000 libraries started afresh every few pages and asked
 * again: 12 ms of region queries per page of 1,000 rows, against 7 ms for the page itself.
 */
const remembered = 100_000;

/**
 * Codes asked per query, always this many (the last query repeats a code to fill up): the SQL
 * text is then always the same, so SQLite's statement cache keeps one statement. With a list as
 * long as each page's new regions, every page made a new SQL text, a new compiled statement and a
 * new cache entry, and the evicted ones piled up in the heap until the next full collection.
 */
const askedPerQuery = 500;

/**
 * The province-to-village path of each region a page names. Paths are kept by code for the whole
 * export (a region's path shares its parent's entries): consecutive pages mostly name the same
 * villages and always the same provinces, so after the first pages a page costs no query.
 */
export function regionPathsForPages(db: DbOrTx): (codes: readonly string[]) => Promise<ReadonlyMap<string, RegionPath>> {
  let paths = new Map<string, RegionPath>();
  return async (codes) => {
    if (paths.size > remembered) paths = new Map();
    const unknown = new Set<string>();
    for (const code of codes) if (!paths.has(code)) unknown.add(code);
    if (unknown.size === 0) return paths;
    // Each lineage runs province first, so a region comes after its parent here.
    const missing = [...new Set([...unknown].flatMap(lineageOfCode))].filter((code) => !paths.has(code));
    const names = new Map<string, string>();
    for (let i = 0; i < missing.length; i += askedPerQuery) {
      // SQLite answers synchronously: without a turn between them, the first pages' queries (five
      // of them for a national page of 1,000 rows) and the page's own held the event loop as one.
      await nextTurn();
      const asked = missing.slice(i, i + askedPerQuery);
      const found = await regionNames(db, [...asked, ...Array<string>(askedPerQuery - asked.length).fill(asked[0] ?? '')]);
      // A code no region has keeps its code as its name, as before.
      for (const code of asked) names.set(code, found.get(code) ?? code);
    }
    for (const code of missing) {
      const cut = code.lastIndexOf('.');
      const parent = cut < 0 ? [] : (paths.get(code.slice(0, cut)) ?? []);
      paths.set(code, [...parent, { code, name: names.get(code) ?? code }]);
    }
    return paths;
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
