import { sql } from 'kysely';
import type { DbOrTx } from '#server/db/database';
import { inSubtree } from '#server/db/subtree';

// Completeness reads the reporting rollup (kept by the rollups feature in every activity change's
// transaction) beside the partners it counts: never the activities.

/**
 * Every active partner inside a region with its month in the reporting rollup: counted activities
 * dated in it, whether the first was submitted before `onTimeBefore`, and for a silent partner
 * the latest day it reported before (one seek of the rollup's key per silent partner).
 */
export function partnerReportingOfMonth(db: DbOrTx, region: { within: string } | { exactly: string }, month: string, onTimeBefore: string) {
  return db
    .selectFrom('partners as p')
    .leftJoin('rollup_partner_reporting as r', (join) => join.onRef('r.partner_id', '=', 'p.id').on('r.month', '=', month))
    .select([
      'p.id',
      'p.name',
      'p.region_code',
      sql<number>`coalesce(r.activities, 0)`.as('activities'),
      sql<number>`CASE WHEN r.first_submitted_at < ${onTimeBefore} THEN 1 ELSE 0 END`.as('on_time'),
      sql<string | null>`CASE WHEN coalesce(r.activities, 0) > 0 THEN NULL ELSE (
        SELECT x.last_date FROM rollup_partner_reporting x
        WHERE x.partner_id = p.id AND x.month < ${month} AND x.activities > 0
        ORDER BY x.month DESC LIMIT 1) END`.as('last_report_date'),
    ])
    .where('p.active', '=', 1)
    .where((eb) => ('within' in region ? inSubtree(db, 'p.region_code', region.within) : eb('p.region_code', '=', region.exactly)))
    .execute();
}

/**
 * Reporting partners per month inside a region, and how many of them on time, each month against
 * its own deadline. Walks the rollup's (month, region) index and looks each partner up once.
 */
export function reportedByMonth(db: DbOrTx, within: string, deadlines: ReadonlyMap<string, string>) {
  const months = [...deadlines.keys()];
  if (months.length === 0) return Promise.resolve([]);
  const before = sql`CASE r.month ${sql.join(
    [...deadlines].map(([month, instant]) => sql`WHEN ${month} THEN ${instant}`),
    sql` `,
  )} END`;
  return db
    .selectFrom('rollup_partner_reporting as r')
    .innerJoin('partners as p', 'p.id', 'r.partner_id')
    .select((eb) => [
      'r.month',
      eb.fn.countAll<number>().as('reported'),
      sql<number>`sum(CASE WHEN r.first_submitted_at < ${before} THEN 1 ELSE 0 END)`.as('on_time'),
    ])
    .where('r.month', 'in', months)
    .where(inSubtree(db, 'r.region_code', within))
    .where('r.activities', '>', 0)
    .where('p.active', '=', 1)
    .groupBy('r.month')
    .execute();
}

/** Active partners inside a region. */
export async function activePartnerCount(db: DbOrTx, within: string): Promise<number> {
  const row = await db
    .selectFrom('partners')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('active', '=', 1)
    .where(inSubtree(db, 'region_code', within))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * One page of a month's silent partners inside a region (null: the country) — active, no counted
 * activity dated in the month — by name then id after the cursor, each with the latest day it
 * reported before. The export reads them this way, so a national list is never held whole.
 */
export function silentPartnersAfter(
  db: DbOrTx,
  within: string | null,
  month: string,
  after: { name: string; id: number } | undefined,
  limit: number,
) {
  let q = db
    .selectFrom('partners as p')
    .select([
      'p.id',
      'p.name',
      'p.region_code',
      sql<string | null>`(
        SELECT x.last_date FROM rollup_partner_reporting x
        WHERE x.partner_id = p.id AND x.month < ${month} AND x.activities > 0
        ORDER BY x.month DESC LIMIT 1)`.as('last_report_date'),
    ])
    .where('p.active', '=', 1)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('rollup_partner_reporting as r')
            .select('r.partner_id')
            .whereRef('r.partner_id', '=', 'p.id')
            .where('r.month', '=', month)
            .where('r.activities', '>', 0),
        ),
      ),
    );
  if (within !== null) q = q.where(inSubtree(db, 'p.region_code', within));
  if (after)
    q = q.where((eb) => eb.or([eb('p.name', '>', after.name), eb.and([eb('p.name', '=', after.name), eb('p.id', '>', after.id)])]));
  return q.orderBy('p.name').orderBy('p.id').limit(limit).execute();
}
