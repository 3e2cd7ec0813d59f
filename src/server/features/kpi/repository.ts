import { countedStatuses } from '#domain/taxonomy';
import type { DbOrTx } from '#server/db/database';

type Within = { within: string | null; partnerId?: number | undefined };

/** The active partners a KPI list scores: inside a region (null: the country), or one partner. */
export function partnersToScore(db: DbOrTx, scope: Within & { includeInactive?: boolean }) {
  let q = db.selectFrom('partners').select(['id', 'name', 'type', 'scheme', 'region_code', 'cohort_year']);
  // A deactivated partner leaves the lists but keeps its own rapor.
  if (!scope.includeInactive) q = q.where('active', '=', 1);
  if (scope.partnerId !== undefined) q = q.where('id', '=', scope.partnerId);
  const r = scope.within;
  if (r !== null) q = q.where((eb) => eb.or([eb('region_code', '=', r), eb('region_code', 'like', `${r}.%`)]));
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
    .where('date', '>=', from)
    .where('date', '<=', to)
    .where('status', 'in', [...countedStatuses]);
  if (scope.partnerId !== undefined) q = q.where('partner_id', '=', scope.partnerId);
  const r = scope.within;
  if (r !== null) q = q.where((eb) => eb.or([eb('region_code', '=', r), eb('region_code', 'like', `${r}.%`)]));
  return q.groupBy(['partner_id', 'strategy', 'month']).execute();
}
