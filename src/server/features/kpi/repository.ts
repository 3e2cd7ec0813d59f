import { sql } from 'kysely';
import { isProvince } from '#domain/regions';
import { countedStatuses } from '#domain/taxonomy';
import type { DbOrTx } from '#server/db/database';
import { dateNotIndexed, inSubtree } from '#server/db/subtree';

/** A region (null: the country), optionally narrowed to one partner or to some (those a patch re-scores). */
type Within = { within: string | null; partnerId?: number | undefined; partnerIds?: readonly number[] | undefined };

/** The active partners a KPI list scores: inside a region (null: the country), or one partner. */
export function partnersToScore(db: DbOrTx, scope: Within & { includeInactive?: boolean }) {
  let q = db.selectFrom('partners').select(['id', 'name', 'type', 'scheme', 'region_code', 'cohort_year']);
  // A deactivated partner leaves the lists but keeps its own rapor.
  if (!scope.includeInactive) q = q.where('active', '=', 1);
  if (scope.partnerId !== undefined) q = q.where('id', '=', scope.partnerId);
  if (scope.partnerIds !== undefined) q = q.where('id', 'in', [...scope.partnerIds]);
  if (scope.within !== null) q = q.where(inSubtree(db, 'region_code', scope.within));
  return q.orderBy('id').execute();
}

/**
 * Counted activities per partner, month and strategy over a stretch of days, read from the
 * activities themselves: used only for the edges of a range that cut a calendar month.
 */
export function activityFactsBetween(db: DbOrTx, scope: Within, from: string, to: string) {
  let q = db
    .selectFrom('activities')
    .select((eb) => [
      'partner_id',
      'strategy',
      eb.fn<string>('substr', ['date', eb.lit(1), eb.lit(7)]).as('month'),
      eb.fn.countAll<number>().as('activities'),
      eb.fn.sum<number>(eb('participants_male', '+', eb.ref('participants_female'))).as('participants'),
    ])
    .where('status', 'in', [...countedStatuses]);
  if (scope.partnerId !== undefined || scope.partnerIds !== undefined) {
    const ids = scope.partnerIds ?? [scope.partnerId ?? 0];
    q = q
      .where('partner_id', 'in', [...ids])
      .where('date', '>=', from)
      .where('date', '<=', to);
  } else if (scope.within !== null && isProvince(scope.within)) {
    // A province's days: the (province, date) index walks only those days (migration 0021).
    q = q
      .where(sql<string>`substr(region_code, 1, 2)`, '=', scope.within)
      .where('date', '>=', from)
      .where('date', '<=', to);
  } else {
    // A region's days: walk the covering (region, date, …) index, not the partner's date index.
    const date = dateNotIndexed(db, 'date');
    q = q.where((eb) => eb.and([eb(date, '>=', from), eb(date, '<=', to)]));
    if (scope.within !== null) q = q.where(inSubtree(db, 'region_code', scope.within));
  }
  return q.groupBy(['partner_id', 'strategy', 'month']).execute();
}

/** The file of an SQLite database, or undefined for one in memory (which no other connection can open). */
export async function sqliteFileOf(db: DbOrTx): Promise<string | undefined> {
  const { rows } = await sql<{ name: string; file: string }>`PRAGMA database_list`.execute(db);
  return rows.find((r) => r.name === 'main')?.file || undefined;
}
