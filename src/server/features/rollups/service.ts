import { LRUCache } from 'lru-cache';
import { monthBounds } from '#domain/calendar';
import type { DbOrTx } from '#server/db/database';
import { provincesOf } from '#server/features/regions/service';
import { generationsOf } from './generations';
import * as rollups from './repository';

// What other features read from the rollups. A region code of null means the whole country,
// which the rollups keep under their own key.

const keyOf = (regionCode: string | null) => regionCode ?? rollups.nationalKey;

type Totals = Awaited<ReturnType<typeof rollups.regionTotals>>;

/**
 * Totals asked before, per database, with the generations of the region's provinces when they
 * were read. Every change to the region-day rollup raises its province's generation in the same
 * transaction, so while those stand still the totals do too; on PostgreSQL the generations are
 * known without a round trip (generation-watch.ts), and a dashboard asks it nothing but the session.
 */
const keptTotals = new WeakMap<object, LRUCache<string, { generations: string; totals: Totals }>>();

/** Totals per strategy for a region (null: the whole country) over an inclusive day range. */
export async function regionTotals(db: DbOrTx, regionCode: string | null, from: string, to: string): Promise<Totals> {
  if (db.isTransaction) return rollups.regionTotals(db, keyOf(regionCode), from, to);
  let kept = keptTotals.get(db);
  if (!kept) keptTotals.set(db, (kept = new LRUCache({ max: 2_000 })));
  const provinces = await provincesOf(db, regionCode);
  // Read before the totals: a write landing in between leaves them stamped older, and asked again.
  const seen = await generationsOf(db, provinces);
  const generations = provinces.map((p) => seen.get(p) ?? 0).join(',');
  const key = `${regionCode ?? ''}|${from}|${to}`;
  const entry = kept.get(key);
  if (entry?.generations === generations) return entry.totals;
  const totals = await rollups.regionTotals(db, keyOf(regionCode), from, to);
  kept.set(key, { generations, totals });
  return totals;
}

/** Month-by-month totals per strategy for a region (null: the whole country), for trend charts. */
export const regionMonthly = (db: DbOrTx, regionCode: string | null, from: string, to: string) =>
  rollups.regionMonthly(db, keyOf(regionCode), from, to);

/** Per-partner monthly facts for whole months, for the partners inside a region (null: everywhere). */
export const partnerMonths = (db: DbOrTx, within: string | null, months: string[], partnerIds?: readonly number[]) =>
  rollups.partnerMonths(db, within, months, partnerIds);

/** Activities per region for several regions at once (the children of a drill-down). */
export const activitiesOfRegions = (db: DbOrTx, codes: string[], from: string, to: string) =>
  rollups.activitiesOfRegions(db, codes, from, to);

/** Activities and participants per region and strategy for several regions at once. */
export const figuresOfRegions = (db: DbOrTx, codes: string[], from: string, to: string) => rollups.figuresOfRegions(db, codes, from, to);

export interface DataExtent {
  firstDate: string | null;
  lastDate: string | null;
}

/** The first and last day with counted activities in a region (null: the whole country); nulls when it has none. */
export async function regionExtent(db: DbOrTx, regionCode: string | null): Promise<DataExtent> {
  const { first, last } = await rollups.regionDayExtent(db, keyOf(regionCode));
  return { firstDate: first ?? null, lastDate: last ?? null };
}

/**
 * The same for one partner. Its rollup keeps months, so the days come from its village's
 * rollup within those months: exact unless another library of the village reported later that month.
 */
export async function partnerExtent(db: DbOrTx, partner: { id: number; regionCode: string }): Promise<DataExtent> {
  const months = await rollups.partnerMonthExtent(db, partner.id);
  if (!months.first || !months.last) return { firstDate: null, lastDate: null };
  const days = await rollups.regionDayExtent(db, partner.regionCode, {
    from: monthBounds(months.first).from,
    to: monthBounds(months.last).to,
  });
  return { firstDate: days.first ?? monthBounds(months.first).from, lastDate: days.last ?? monthBounds(months.last).to };
}
