import { sql } from 'kysely';
import { isProvince } from '#domain/regions';
import { countedStatuses, strategies } from '#domain/taxonomy';
import type { DbOrTx } from '#server/db/database';
import { dateNotIndexed, inSubtree, isPostgres } from '#server/db/subtree';

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

/** A partner to score with its facts over a run of whole months, strategies in the order of `strategies`. */
export interface PartnerWithMonths {
  id: number;
  name: string;
  type: string;
  scheme: string;
  region_code: string;
  /** Activities and participants of each strategy (null: none). */
  activities: (number | null)[];
  participants: (number | null)[];
  /** The months with any, comma-separated, a month once per strategy; null: none. */
  months: string | null;
}

/**
 * A region's active partners (null: the country) with their facts over the whole months
 * `first`..`last`, summed by the database: one row per partner instead of one per partner, month
 * and strategy (a province's 13,000 partners have 110,000 of those over eight months, and turning
 * each into a JavaScript object cost more than the whole scoring). Walks the region's partners
 * and, for each, its months in the rollup's key.
 */
export async function partnersWithMonths(db: DbOrTx, within: string | null, first: string, last: string): Promise<PartnerWithMonths[]> {
  // FILTER, not CASE, and the months with repeats (a Set takes them): each cut SQLite's time by a tenth.
  const sums = strategies.flatMap((s, i) => [
    sql`sum(r.activities) filter (where r.strategy = ${s}) as ${sql.ref(`a${i}`)}`,
    sql`sum(r.participants) filter (where r.strategy = ${s}) as ${sql.ref(`p${i}`)}`,
  ]);
  const months = isPostgres(db) ? sql`string_agg(r.month, ',')` : sql`group_concat(r.month)`;
  const region = within === null ? sql`` : sql`and ${inSubtree(db, 'p.region_code', within)}`;
  const { rows } = await sql<Record<string, string | number | null>>`
    select p.id, p.name, p.type, p.scheme, p.region_code, ${sql.join(sums)}, ${months} as months
    from partners p
    left join rollup_partner_month r
      on r.partner_id = p.id and r.month >= ${first} and r.month <= ${last} and r.activities > 0
    where p.active = 1 ${region}
    group by p.region_code, p.id, p.name, p.type, p.scheme`.execute(db);
  const num = (v: string | number | null | undefined) => (v === null || v === undefined ? null : Number(v));
  return rows
    .map((r) => ({
      id: Number(r.id),
      name: String(r.name),
      type: String(r.type),
      scheme: String(r.scheme),
      region_code: String(r.region_code),
      activities: strategies.map((_, i) => num(r[`a${i}`])),
      participants: strategies.map((_, i) => num(r[`p${i}`])),
      months: r.months === null || r.months === undefined ? null : String(r.months),
    }))
    .sort((a, b) => a.id - b.id);
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

/** A partner to hold with its counted activities per day and strategy, as `day,strategy,activities,participants,…` (null: none). */
export interface PartnerWithDays extends Pick<PartnerWithMonths, 'id' | 'name' | 'type' | 'scheme' | 'region_code'> {
  facts: string | null;
}

/**
 * A province's active partners (or some of them) with their counted activities per day and
 * strategy between two dates, each partner's as one string of numbers: the day as days after
 * `from`, the strategy as its index in `strategies`. What the score thread holds of a province
 * (held-facts.ts): one row per partner, where 240,000 row objects took twice as long to read.
 * A province's days come through the (province, date) covering index, some partners' through
 * their own.
 */
export async function partnersWithDays(
  db: DbOrTx,
  scope: { within: string; partnerIds?: readonly number[] },
  from: string,
  to: string,
): Promise<PartnerWithDays[]> {
  const strategy = sql`case a.strategy ${sql.join(
    strategies.map((s, i) => sql`when ${s} then ${sql.lit(i)}`),
    sql` `,
  )} end`;
  const day = isPostgres(db) ? sql`(a.date::date - ${from}::date)` : sql`cast(julianday(a.date) - julianday(${from}) as integer)`;
  const row = sql`${day} || ',' || ${strategy} || ',' || count(*) || ',' || sum(a.participants_male + a.participants_female)`;
  const facts = isPostgres(db) ? sql`string_agg(d.row, ',')` : sql`group_concat(d.row)`;
  const ids = scope.partnerIds === undefined ? undefined : sql.join([...scope.partnerIds]);
  const which = ids ? sql`a.partner_id in (${ids})` : sql`substr(a.region_code, 1, 2) = ${scope.within}`;
  const counted = sql.join(countedStatuses.map((s) => sql`${s}`));
  const { rows } = await sql<PartnerWithDays>`
    select p.id, p.name, p.type, p.scheme, p.region_code, f.facts
    from partners p
    left join (
      select d.partner_id, ${facts} as facts
      from (
        select a.partner_id, ${row} as row
        from activities a
        where ${which} and a.date >= ${from} and a.date <= ${to} and a.status in (${counted})
        group by a.partner_id, a.date, a.strategy
      ) d
      group by d.partner_id
    ) f on f.partner_id = p.id
    where p.active = 1 and ${inSubtree(db, 'p.region_code', scope.within)} ${ids ? sql`and p.id in (${ids})` : sql``}`.execute(db);
  return rows.map((r) => ({ ...r, id: Number(r.id), facts: r.facts === null || r.facts === undefined ? null : String(r.facts) }));
}
