import type { DbOrTx } from '#server/db/database';
import type { RegionTable } from './region.table';

export function findRegion(db: DbOrTx, code: string) {
  return db.selectFrom('regions').select(['code', 'name', 'level', 'parent_code']).where('code', '=', code).executeTakeFirst();
}

export function findRegions(db: DbOrTx, codes: string[]) {
  if (codes.length === 0) return Promise.resolve([]);
  return db.selectFrom('regions').select(['code', 'name', 'level', 'parent_code']).where('code', 'in', codes).execute();
}

/** Children of a region, or the provinces when no parent is given. */
export function listChildren(db: DbOrTx, parent: string | null) {
  const q = db.selectFrom('regions').select(['code', 'name', 'level']);
  return (parent === null ? q.where('parent_code', 'is', null) : q.where('parent_code', '=', parent)).orderBy('code').execute();
}

/** Case-insensitive name search, optionally inside a subtree; larger regions first. */
export function searchRegions(db: DbOrTx, text: string, within: string | null, limit: number) {
  // Wildcards are dropped rather than escaped: no region name contains them, and SQLite has no default LIKE escape.
  const pattern = `%${text.toLowerCase().replace(/[\\%_]/g, '')}%`;
  let q = db
    .selectFrom('regions')
    .select(['code', 'name', 'level'])
    .where((eb) => eb('search_name', 'like', eb.val(pattern)));
  if (within !== null) q = q.where((eb) => eb.or([eb('code', '=', within), eb('code', 'like', `${within}.%`)]));
  return q
    .orderBy((eb) => eb.fn('length', ['code']))
    .orderBy('name')
    .limit(limit)
    .execute();
}

export async function countRegions(db: DbOrTx): Promise<number> {
  const { n } = await db
    .selectFrom('regions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(n);
}

export async function insertRegions(db: DbOrTx, rows: RegionTable[]): Promise<void> {
  await db.insertInto('regions').values(rows).execute();
}

/** A region and everything inside it. */
export function regionsWithin(db: DbOrTx, code: string) {
  return db
    .selectFrom('regions')
    .select(['code', 'name', 'level', 'parent_code'])
    .where((eb) => eb.or([eb('code', '=', code), eb('code', 'like', `${code}.%`)]))
    .orderBy('code')
    .execute();
}
