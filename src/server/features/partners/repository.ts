import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import { compiledOnce } from '#server/db/compiled';
import type { Database, DbOrTx } from '#server/db/database';
import type { NewPartnerRow, PartnerUpdate } from './partner.table';

// Every report checks its partner's scope: built and compiled once (db/compiled.ts).
const partnerScopeById = compiledOnce((db, p: { id: number }) =>
  db.selectFrom('partners').select(['id', 'region_code', 'active']).where('id', '=', p.id),
);

/** Just where a partner sits and whether it still reports, for scope checks. */
export async function findPartnerScope(db: DbOrTx, id: number): Promise<{ id: number; regionCode: string; active: boolean } | undefined> {
  const row = (await partnerScopeById(db, { id })).rows[0];
  return row && { id: row.id, regionCode: row.region_code, active: row.active === 1 };
}

export async function insertPartner(db: DbOrTx, row: NewPartnerRow): Promise<number> {
  const { id } = await db.insertInto('partners').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

export function findPartnerByRegion(db: DbOrTx, regionCode: string) {
  return db.selectFrom('partners').selectAll().where('region_code', '=', regionCode).orderBy('id').executeTakeFirst();
}

/** A partner with the name of the region it sits at. */
export function findPartner(db: DbOrTx, id: number) {
  return withRegionName(db).where('partners.id', '=', id).executeTakeFirst();
}

export async function updatePartnerRow(db: DbOrTx, id: number, set: PartnerUpdate): Promise<void> {
  await db.updateTable('partners').set(set).where('id', '=', id).execute();
}

/** Another partner of the same type at the same region with the same name, in any case: almost surely a double entry. */
export function findNamesake(db: DbOrTx, p: { name: string; type: string; regionCode: string; exceptId?: number }) {
  let q = db
    .selectFrom('partners')
    .select('id')
    .where('region_code', '=', p.regionCode)
    .where('type', '=', p.type)
    .where((eb) => eb(eb.fn('lower', ['name']), '=', p.name.toLowerCase()));
  if (p.exceptId !== undefined) q = q.where('id', '!=', p.exceptId);
  return q.executeTakeFirst();
}

export interface PartnerFilter {
  /** Partners whose region lies inside this one. */
  withinRegion?: string | undefined;
  partnerId?: number | undefined;
  type?: string | undefined;
  scheme?: string | undefined;
  cohortYear?: number | undefined;
  active?: boolean | undefined;
  nameContains?: string | undefined;
}

function withRegionName(db: DbOrTx) {
  return db
    .selectFrom('partners')
    .innerJoin('regions', 'regions.code', 'partners.region_code')
    .selectAll('partners')
    .select('regions.name as region_name');
}

function matches(eb: ExpressionBuilder<Database, 'partners'>, f: PartnerFilter) {
  const conditions: Expression<SqlBool>[] = [];
  if (f.withinRegion !== undefined) {
    conditions.push(eb.or([eb('partners.region_code', '=', f.withinRegion), eb('partners.region_code', 'like', `${f.withinRegion}.%`)]));
  }
  if (f.partnerId !== undefined) conditions.push(eb('partners.id', '=', f.partnerId));
  if (f.type !== undefined) conditions.push(eb('partners.type', '=', f.type));
  if (f.scheme !== undefined) conditions.push(eb('partners.scheme', '=', f.scheme));
  if (f.cohortYear !== undefined) conditions.push(eb('partners.cohort_year', '=', f.cohortYear));
  if (f.active !== undefined) conditions.push(eb('partners.active', '=', f.active ? 1 : 0));
  if (f.nameContains !== undefined) {
    // Wildcards are dropped rather than escaped: SQLite has no default LIKE escape character.
    const pattern = `%${f.nameContains.toLowerCase().replace(/[\\%_]/g, '')}%`;
    conditions.push(eb(eb.fn('lower', ['partners.name']), 'like', pattern));
  }
  return eb.and(conditions);
}

export async function listPartners(db: DbOrTx, f: PartnerFilter, page: { limit: number; offset: number }) {
  const [rows, total] = await Promise.all([
    withRegionName(db)
      .where((eb) => matches(eb, f))
      .orderBy('partners.name')
      .orderBy('partners.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    db
      .selectFrom('partners')
      .where((eb) => matches(eb, f))
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

/** One page of the list's rows in its order (name, then id), after the cursor: the export reads the list this way. */
export function partnersAfter(db: DbOrTx, f: PartnerFilter, after: { name: string; id: number } | undefined, limit: number) {
  let q = withRegionName(db).where((eb) => matches(eb, f));
  if (after) {
    q = q.where((eb) =>
      eb.or([eb('partners.name', '>', after.name), eb.and([eb('partners.name', '=', after.name), eb('partners.id', '>', after.id)])]),
    );
  }
  return q.orderBy('partners.name').orderBy('partners.id').limit(limit).execute();
}
