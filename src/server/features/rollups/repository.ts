import { sql } from 'kysely';
import { monthBounds } from '#domain/calendar';
import { lineageOfCode, prefixLengthOf, regionLevels } from '#domain/regions';
import { countedStatuses } from '#domain/taxonomy';
import { compiledOnce, inFixedChunks } from '#server/db/compiled';
import type { DbOrTx } from '#server/db/database';
import { inSubtree } from '#server/db/subtree';

/** The rollup key of the whole country. */
export const nationalKey = 'ID';

type RegionDayDelta = {
  regionCode: string;
  day: string;
  strategy: string;
  activities: number;
  participantsMale: number;
  participantsFemale: number;
};
type PartnerMonthDelta = {
  partnerId: number;
  regionCode: string;
  month: string;
  strategy: string;
  activities: number;
  participants: number;
};

/** Adds a delta to the day row of the region and each of its ancestors, and of the country. */
export function applyRegionDayDelta(db: DbOrTx, d: RegionDayDelta): Promise<void> {
  return applyRegionDayDeltas(
    db,
    [nationalKey, ...lineageOfCode(d.regionCode)].map((regionCode) => ({ ...d, regionCode })),
  );
}

export function applyPartnerMonthDelta(db: DbOrTx, d: PartnerMonthDelta): Promise<void> {
  return applyPartnerMonthDeltas(db, [d]);
}

// One change's lineage (a handful of rows) is the statement of every report: compiled once per length (db/compiled.ts).
type RegionDayRow = {
  region_code: string;
  day: string;
  strategy: string;
  activities: number;
  participants_male: number;
  participants_female: number;
};
const regionDayUpsertCompiled = compiledOnce(
  (db: DbOrTx, p: { rows: RegionDayRow[] }) =>
    db
      .insertInto('rollup_region_day')
      .values(p.rows)
      .onConflict((oc) =>
        oc.columns(['region_code', 'day', 'strategy']).doUpdateSet({
          activities: sql`rollup_region_day.activities + excluded.activities`,
          participants_male: sql`rollup_region_day.participants_male + excluded.participants_male`,
          participants_female: sql`rollup_region_day.participants_female + excluded.participants_female`,
        }),
      ),
  { longestList: 512 },
);

/** Summed day deltas, keys already expanded and distinct (one change's lineage in one statement, or a batch's in chunks of up to 512). */
export async function applyRegionDayDeltas(db: DbOrTx, deltas: readonly RegionDayDelta[]): Promise<void> {
  const rows = deltas.map((d) => ({
    region_code: d.regionCode,
    day: d.day,
    strategy: d.strategy,
    activities: d.activities,
    participants_male: d.participantsMale,
    participants_female: d.participantsFemale,
  }));
  for (const chunk of inFixedChunks(rows, 512)) await regionDayUpsertCompiled(db, { rows: chunk });
}

type PartnerMonthRow = {
  partner_id: number;
  month: string;
  strategy: string;
  region_code: string;
  activities: number;
  participants: number;
};
const partnerMonthUpsertCompiled = compiledOnce(
  (db: DbOrTx, p: { rows: PartnerMonthRow[] }) =>
    db
      .insertInto('rollup_partner_month')
      .values(p.rows)
      .onConflict((oc) =>
        oc.columns(['partner_id', 'month', 'strategy']).doUpdateSet({
          activities: sql`rollup_partner_month.activities + excluded.activities`,
          participants: sql`rollup_partner_month.participants + excluded.participants`,
          region_code: sql`excluded.region_code`,
        }),
      ),
  { longestList: 512 },
);

/** Summed partner-month deltas, keys distinct (one change, or a batch in chunks of up to 512). */
export async function applyPartnerMonthDeltas(db: DbOrTx, deltas: readonly PartnerMonthDelta[]): Promise<void> {
  const rows = deltas.map((d) => ({
    partner_id: d.partnerId,
    month: d.month,
    strategy: d.strategy,
    region_code: d.regionCode,
    activities: d.activities,
    participants: d.participants,
  }));
  for (const chunk of inFixedChunks(rows, 512)) await partnerMonthUpsertCompiled(db, { rows: chunk });
}

/** Totals per strategy for a region (or `ID`) over an inclusive day range. */
export function regionTotals(db: DbOrTx, regionKey: string, from: string, to: string) {
  return db
    .selectFrom('rollup_region_day')
    .select((eb) => [
      'strategy',
      eb.fn.sum<number>('activities').as('activities'),
      eb.fn.sum<number>('participants_male').as('male'),
      eb.fn.sum<number>('participants_female').as('female'),
    ])
    .where('region_code', '=', regionKey)
    .where('day', '>=', from)
    .where('day', '<=', to)
    .groupBy('strategy')
    .execute();
}

/**
 * First and last day with counted activities of a region (or `ID`), in an optional day range.
 * MIN/MAX on the (region, day, strategy) key: an index range, however many years it holds.
 * Rows an edit brought back to 0 activities do not count.
 */
export async function regionDayExtent(db: DbOrTx, regionKey: string, within?: { from: string; to: string }) {
  let q = db
    .selectFrom('rollup_region_day')
    .select((eb) => [eb.fn.min<string | null>('day').as('first'), eb.fn.max<string | null>('day').as('last')])
    .where('region_code', '=', regionKey)
    .where('activities', '>', 0);
  if (within) q = q.where('day', '>=', within.from).where('day', '<=', within.to);
  return q.executeTakeFirstOrThrow();
}

/** First and last month with counted activities of one partner. */
export function partnerMonthExtent(db: DbOrTx, partnerId: number) {
  return db
    .selectFrom('rollup_partner_month')
    .select((eb) => [eb.fn.min<string | null>('month').as('first'), eb.fn.max<string | null>('month').as('last')])
    .where('partner_id', '=', partnerId)
    .where('activities', '>', 0)
    .executeTakeFirstOrThrow();
}

/** Month-by-month totals per strategy, for trend charts. */
export function regionMonthly(db: DbOrTx, regionKey: string, from: string, to: string) {
  const month = sql<string>`substr(day, 1, 7)`;
  return db
    .selectFrom('rollup_region_day')
    .select((eb) => [
      month.as('month'),
      'strategy',
      eb.fn.sum<number>('activities').as('activities'),
      eb.fn.sum<number>(sql`participants_male + participants_female`).as('participants'),
    ])
    .where('region_code', '=', regionKey)
    .where('day', '>=', from)
    .where('day', '<=', to)
    .groupBy([month, 'strategy'])
    .orderBy(month)
    .execute();
}

/** Per-partner monthly facts for whole months, for the partners inside a region (null: everywhere), or only some of them. */
export function partnerMonths(db: DbOrTx, within: string | null, months: string[], partnerIds?: readonly number[]) {
  let q = db
    .selectFrom('rollup_partner_month')
    .select(['partner_id', 'month', 'strategy', 'activities', 'participants'])
    .where('month', 'in', months)
    .where('activities', '>', 0);
  if (partnerIds !== undefined) q = q.where('partner_id', 'in', [...partnerIds]);
  if (within !== null) q = q.where(inSubtree(db, 'region_code', within));
  return q.execute();
}

/** Activities per region for several regions at once (the children of a drill-down). */
export function activitiesOfRegions(db: DbOrTx, codes: string[], from: string, to: string) {
  if (codes.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('rollup_region_day')
    .select((eb) => ['region_code', eb.fn.sum<number>('activities').as('activities')])
    .where('region_code', 'in', codes)
    .where('day', '>=', from)
    .where('day', '<=', to)
    .groupBy('region_code')
    .execute();
}

/** Activities and participants per region and strategy for several regions at once (a drill-down's children, exported). */
export function figuresOfRegions(db: DbOrTx, codes: string[], from: string, to: string) {
  if (codes.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('rollup_region_day')
    .select((eb) => [
      'region_code',
      'strategy',
      eb.fn.sum<number>('activities').as('activities'),
      eb.fn.sum<number>('participants_male').as('male'),
      eb.fn.sum<number>('participants_female').as('female'),
    ])
    .where('region_code', 'in', codes)
    .where('day', '>=', from)
    .where('day', '<=', to)
    .groupBy(['region_code', 'strategy'])
    .execute();
}

/** Counted activities grouped by partner, region, day and strategy: the raw truth the rollups summarise. */
export function countedActivityGroups(db: DbOrTx) {
  return db
    .selectFrom('activities')
    .select((eb) => [
      'partner_id',
      'region_code',
      'date',
      'strategy',
      eb.fn.countAll<number>().as('activities'),
      eb.fn.sum<number>('participants_male').as('male'),
      eb.fn.sum<number>('participants_female').as('female'),
    ])
    .where('status', 'in', [...countedStatuses])
    .groupBy(['partner_id', 'region_code', 'date', 'strategy'])
    .execute();
}

export function storedRegionDays(db: DbOrTx) {
  return db
    .selectFrom('rollup_region_day')
    .selectAll()
    .where((eb) => eb.or([eb('activities', '!=', 0), eb('participants_male', '!=', 0), eb('participants_female', '!=', 0)]))
    .execute();
}

export function storedPartnerMonths(db: DbOrTx) {
  return db
    .selectFrom('rollup_partner_month')
    .selectAll()
    .where((eb) => eb.or([eb('activities', '!=', 0), eb('participants', '!=', 0)]))
    .execute();
}

/**
 * Rebuilds the rollups from the activities in a few set-based statements: one per level of the
 * region hierarchy (a regency's partners reach only the province and regency levels), one for
 * the country, one for partner × month, one for the reporting rollup. Fast enough for millions of activities.
 */
export async function rebuildRollupTables(db: DbOrTx): Promise<void> {
  await db.deleteFrom('rollup_region_day').execute();
  await db.deleteFrom('rollup_partner_month').execute();
  await db.deleteFrom('rollup_partner_reporting').execute();
  const counted = sql.join(countedStatuses.map((s) => sql.lit(s)));
  // Prefix length 0 is the country, then a province, regency, district and village prefix.
  for (const length of [0, ...regionLevels.map(prefixLengthOf)]) {
    const region = length === 0 ? sql.lit(nationalKey) : sql`substr(region_code, 1, ${sql.lit(length)})`;
    // PostgreSQL refuses a constant in GROUP BY ("non-integer constant"): the country groups by day and strategy only.
    await sql`
      INSERT INTO rollup_region_day (region_code, day, strategy, activities, participants_male, participants_female)
      SELECT ${region}, date, strategy, count(*), sum(participants_male), sum(participants_female)
      FROM activities
      WHERE status IN (${counted}) AND length(region_code) >= ${sql.lit(length)}
      GROUP BY ${length === 0 ? sql`date, strategy` : sql`${region}, date, strategy`}`.execute(db);
  }
  await sql`
    INSERT INTO rollup_partner_month (partner_id, month, strategy, region_code, activities, participants)
    SELECT partner_id, substr(date, 1, 7), strategy, min(region_code), count(*), sum(participants_male + participants_female)
    FROM activities
    WHERE status IN (${counted})
    GROUP BY partner_id, substr(date, 1, 7), strategy`.execute(db);
  await sql`
    INSERT INTO rollup_partner_reporting (partner_id, month, region_code, activities, first_submitted_at, last_date)
    SELECT partner_id, substr(date, 1, 7), min(region_code), count(*), min(submitted_at), max(date)
    FROM activities
    WHERE status IN (${counted})
    GROUP BY partner_id, substr(date, 1, 7)`.execute(db);
}

/**
 * Takes the row lock of a partner's month in the reporting rollup, creating the row if needed.
 * On PostgreSQL a concurrent change of the same partner-month waits here until this transaction
 * ends, so the recount that follows (a new statement, hence a new snapshot) sees every committed
 * change; SQLite writes one transaction at a time anyway.
 */
export async function lockPartnerReporting(db: DbOrTx, key: { partnerId: number; month: string; regionCode: string }): Promise<void> {
  await db
    .insertInto('rollup_partner_reporting')
    .values({
      partner_id: key.partnerId,
      month: key.month,
      region_code: key.regionCode,
      activities: 0,
      first_submitted_at: null,
      last_date: null,
    })
    .onConflict((oc) => oc.columns(['partner_id', 'month']).doUpdateSet({ region_code: sql`excluded.region_code` }))
    .execute();
}

/**
 * Counts one more activity in a partner's month: the common change (a report submitted), one
 * upsert instead of a lock and a recount. The earliest submission and latest day can only move
 * outward when an activity is added. On PostgreSQL the conflict's update applies to the row's
 * latest committed version under its lock, as the other rollups' deltas do.
 */
export async function addToPartnerReporting(
  db: DbOrTx,
  key: { partnerId: number; month: string; regionCode: string; submittedAt: string | null; date: string },
): Promise<void> {
  await addToPartnerReportings(db, [
    {
      partnerId: key.partnerId,
      month: key.month,
      regionCode: key.regionCode,
      activities: 1,
      firstSubmittedAt: key.submittedAt,
      lastDate: key.date,
    },
  ]);
}

type ReportingAddition = {
  partner_id: number;
  month: string;
  region_code: string;
  activities: number;
  first_submitted_at: string | null;
  last_date: string;
};
const reportingAdditions = compiledOnce(
  (db, p: { rows: ReportingAddition[] }) =>
    db
      .insertInto('rollup_partner_reporting')
      .values(p.rows)
      .onConflict((oc) =>
        oc.columns(['partner_id', 'month']).doUpdateSet({
          region_code: sql`excluded.region_code`,
          activities: sql`rollup_partner_reporting.activities + excluded.activities`,
          first_submitted_at: sql`CASE WHEN rollup_partner_reporting.first_submitted_at IS NULL OR excluded.first_submitted_at < rollup_partner_reporting.first_submitted_at THEN excluded.first_submitted_at ELSE rollup_partner_reporting.first_submitted_at END`,
          last_date: sql`CASE WHEN rollup_partner_reporting.last_date IS NULL OR excluded.last_date > rollup_partner_reporting.last_date THEN excluded.last_date ELSE rollup_partner_reporting.last_date END`,
        }),
      ),
  { longestList: 512 },
);

/** New activities counting in one partner-month: how many, the earliest submission, the latest day. */
export interface PartnerReportingAddition {
  partnerId: number;
  month: string;
  regionCode: string;
  activities: number;
  firstSubmittedAt: string | null;
  lastDate: string;
}

/**
 * `addToPartnerReporting` for many partner-months at once (a batch whose only changes to them
 * are activities starting to count), each with its number of new activities, earliest
 * submission and latest day: chunks of up to 512 upserts, no lock or recount.
 */
export async function addToPartnerReportings(db: DbOrTx, additions: readonly PartnerReportingAddition[]): Promise<void> {
  const rows = additions.map((a) => ({
    partner_id: a.partnerId,
    month: a.month,
    region_code: a.regionCode,
    activities: a.activities,
    first_submitted_at: a.firstSubmittedAt,
    last_date: a.lastDate,
  }));
  for (const chunk of inFixedChunks(rows, 512)) await reportingAdditions(db, { rows: chunk });
}

/**
 * Recounts a locked partner-month from its counted activities (a handful, through the
 * (partner, date) index): an earliest submission cannot be kept by adding and subtracting.
 */
export async function recountPartnerReporting(db: DbOrTx, key: { partnerId: number; month: string }): Promise<void> {
  const { from, to } = monthBounds(key.month);
  const counted = () =>
    db
      .selectFrom('activities')
      .where('activities.partner_id', '=', key.partnerId)
      .where('activities.date', '>=', from)
      .where('activities.date', '<=', to)
      .where('activities.status', 'in', [...countedStatuses]);
  await db
    .updateTable('rollup_partner_reporting')
    .set({
      activities: counted().select((eb) => eb.fn.countAll<number>().as('n')),
      first_submitted_at: counted().select((eb) => eb.fn.min<string | null>('activities.submitted_at').as('first')),
      last_date: counted().select((eb) => eb.fn.max<string | null>('activities.date').as('last')),
    })
    .where('partner_id', '=', key.partnerId)
    .where('month', '=', key.month)
    .execute();
}

type ReportingKey = { partnerId: number; month: string; regionCode: string };

/** `lockPartnerReporting` for many partner-months (a batch's), 500 per statement. */
export async function lockPartnerReportings(db: DbOrTx, keys: readonly ReportingKey[]): Promise<void> {
  for (let i = 0; i < keys.length; i += 500) {
    await db
      .insertInto('rollup_partner_reporting')
      .values(
        keys.slice(i, i + 500).map((k) => ({
          partner_id: k.partnerId,
          month: k.month,
          region_code: k.regionCode,
          activities: 0,
          first_submitted_at: null,
          last_date: null,
        })),
      )
      .onConflict((oc) => oc.columns(['partner_id', 'month']).doUpdateSet({ region_code: sql`excluded.region_code` }))
      .execute();
  }
}

/**
 * `recountPartnerReporting` for many locked partner-months (a batch's), 500 per statement: each
 * row's figures from its own month's counted activities, through the (partner, date) index.
 */
export async function recountPartnerReportings(db: DbOrTx, keys: readonly { partnerId: number; month: string }[]): Promise<void> {
  const counted = sql.join(countedStatuses.map((s) => sql.lit(s)));
  // Day bounds of the row's month as text ('2024-09' to '2024-09-01' .. '2024-09-31'): ISO days compare as strings.
  const ofRow = sql`FROM activities a WHERE a.partner_id = rollup_partner_reporting.partner_id
    AND a.date >= rollup_partner_reporting.month || '-01' AND a.date <= rollup_partner_reporting.month || '-31'
    AND a.status IN (${counted})`;
  for (let i = 0; i < keys.length; i += 500) {
    // Typed in every row: PostgreSQL would otherwise take the VALUES as text.
    const wanted = sql.join(keys.slice(i, i + 500).map((k) => sql`(CAST(${k.partnerId} AS integer), CAST(${k.month} AS varchar(7)))`));
    await sql`
      UPDATE rollup_partner_reporting SET
        activities = (SELECT count(*) ${ofRow}),
        first_submitted_at = (SELECT min(a.submitted_at) ${ofRow}),
        last_date = (SELECT max(a.date) ${ofRow})
      WHERE (partner_id, month) IN (VALUES ${wanted})`.execute(db);
  }
}

/** Counted activities grouped by partner and month, with their earliest submission and latest day: the truth of the reporting rollup. */
export function countedReportingGroups(db: DbOrTx) {
  const month = sql<string>`substr(date, 1, 7)`;
  return db
    .selectFrom('activities')
    .select((eb) => [
      'partner_id',
      month.as('month'),
      eb.fn.min<string>('region_code').as('region_code'),
      eb.fn.countAll<number>().as('activities'),
      eb.fn.min<string | null>('submitted_at').as('first_submitted_at'),
      eb.fn.max<string>('date').as('last_date'),
    ])
    .where('status', 'in', [...countedStatuses])
    .groupBy(['partner_id', month])
    .execute();
}

export function storedPartnerReporting(db: DbOrTx) {
  return db.selectFrom('rollup_partner_reporting').selectAll().where('activities', '!=', 0).execute();
}
