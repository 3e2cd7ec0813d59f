import type { DbOrTx } from '#server/db/database';
import { regionPathsOf } from '#server/features/regions/service';

export type RegionPath = { code: string; name: string }[];

/** Enough for every region of a province's partners; past it the memory starts afresh rather than grow with a national export. */
const remembered = 20_000;

/**
 * The province-to-village path of each region a page names, looked up once per export for the
 * regions already met: consecutive pages of an export mostly name the same villages.
 */
export function regionPathsForPages(db: DbOrTx): (codes: readonly string[]) => Promise<Map<string, RegionPath>> {
  let known = new Map<string, RegionPath>();
  return async (codes) => {
    const missing = [...new Set(codes)].filter((code) => !known.has(code));
    if (missing.length > 0) {
      if (known.size + missing.length > remembered) known = new Map();
      for (const [code, path] of await regionPathsOf(db, missing)) known.set(code, path);
    }
    return known;
  };
}

/** The name at one level of a path (0 province … 3 village); empty below the region's own level. */
export const nameAtLevel = (path: RegionPath | undefined, level: number) => path?.[level]?.name ?? null;
