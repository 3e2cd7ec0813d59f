import { setImmediate as nextTurn } from 'node:timers/promises';
import { monthBounds, monthsBetween } from '#domain/calendar';
import {
  completenessRate,
  onTimeBefore,
  reportingDeadlineDate,
  silentListLimit,
  type CompletenessPoint,
  type CompletenessResponse,
  type CompletenessTrendResponse,
  type SilentPartner,
} from '#domain/completeness';
import { defaultReportingDeadlineDay } from '#domain/kpi/profile';
import { ancestorAt, childLevelOf, isProvince, isWithinRegion, type RegionLevel } from '#domain/regions';
import type { Db } from '#server/db/database';
import { profileForPeriod, profilesForDays } from '#server/features/kpi/profiles';
import type { RegionScope } from '#server/features/kpi/scope';
import { ProvinceScoreCache } from '#server/features/kpi/score-cache';
import { childrenOf, provincesOf } from '#server/features/regions/service';
import { generationsOf } from '#server/features/rollups/generations';
import { activePartnerCount, partnerReportingOfMonth, reportedByMonth } from './repository';

/** One active partner's month. */
interface PartnerMonth {
  partnerId: number;
  name: string;
  regionCode: string;
  reported: boolean;
  onTime: boolean;
  lastReportDate: string | null;
}

type MonthCount = Omit<CompletenessPoint, 'rate'>;

// Like the scores (decision 007), a province's answer is kept until its KPI generation moves —
// raised by every change to an activity or a partner there — so a national view after a write
// recomputes only the province written to. One cache per database, so tests never share one.
const monthCaches = new WeakMap<Db, ProvinceScoreCache<PartnerMonth>>();
const trendCaches = new WeakMap<Db, ProvinceScoreCache<MonthCount>>();

function cacheOf<T>(caches: WeakMap<Db, ProvinceScoreCache<T>>, db: Db): ProvinceScoreCache<T> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new ProvinceScoreCache<T>()));
  return cache;
}

/** The deadline day of the KPI profile version in force on the month's last day (decision 005). */
async function deadlineDayOf(db: Db, month: string): Promise<number> {
  return (await profileForPeriod(db, monthBounds(month).to)).definition.reportingDeadlineDay;
}

/**
 * Every active partner's month inside a region, a province at a time from the cache (a part per
 * province), "on time" meaning before the month's deadline.
 */
async function partnerMonths(db: Db, within: string | null, month: string): Promise<{ parts: PartnerMonth[][]; deadlineDay: number }> {
  const provinces = await provincesOf(db, within);
  // Together: on PostgreSQL each is a round trip, and neither needs the other.
  const [deadlineDay, generations] = await Promise.all([deadlineDayOf(db, month), generationsOf(db, provinces)]);
  const before = onTimeBefore(month, deadlineDay);
  const cache = cacheOf(monthCaches, db);
  const parts: PartnerMonth[][] = [];
  for (const [i, province] of provinces.entries()) {
    // On SQLite every query runs synchronously: without a turn of the event loop between provinces
    // a national month (the daily reminder round's) held every other request for seconds.
    if (i > 0) await nextTurn();
    const compute = async () =>
      (await reportingOfProvince(db, province, month, before)).map((r) => ({
        partnerId: r.id,
        name: r.name,
        regionCode: r.region_code,
        reported: Number(r.activities) > 0,
        onTime: Number(r.activities) > 0 && Number(r.on_time) === 1,
        lastReportDate: r.last_report_date,
      }));
    parts.push(await cache.items(`${province}|${month}|${before}`, generations.get(province) ?? 0, compute));
  }
  const inRegion = within !== null && !isProvince(within) ? [parts.flat().filter((p) => isWithinRegion(p.regionCode, within))] : parts;
  return { parts: inRegion, deadlineDay };
}

/**
 * A province's partners a regency at a time, then those placed on the province itself: Aceh's
 * 13,000 libraries in one query held the event loop ~200 ms (the reminder round's stall).
 */
async function reportingOfProvince(db: Db, province: string, month: string, before: string) {
  const rows = await partnerReportingOfMonth(db, { exactly: province }, month, before);
  for (const regency of await childrenOf(db, province)) {
    await nextTurn();
    rows.push(...(await partnerReportingOfMonth(db, { within: regency.code }, month, before)));
  }
  return rows;
}

const byName = new Intl.Collator('id');

/** Never reported first, then the longest silent, then by name: the order a reminder round takes. */
function silentOrder(a: SilentPartner, b: SilentPartner): number {
  if (a.lastReportDate !== b.lastReportDate) {
    if (a.lastReportDate === null) return -1;
    if (b.lastReportDate === null) return 1;
    return a.lastReportDate < b.lastReportDate ? -1 : 1;
  }
  return byName.compare(a.name, b.name);
}

interface Counts {
  partners: number;
  reported: number;
  onTime: number;
}

interface Summary extends Counts {
  byChild: Map<string, Counts>;
  /** In `silentOrder`. */
  silent: SilentPartner[];
}

// A cached province's summary per child level lives as long as its cached partners: a national
// view adds 38 of them and merges the heads of their silent lists, instead of walking every partner.
const summaries = new WeakMap<PartnerMonth[], Map<string, Summary>>();

/** Counts of a part, per child region of a level (null: no children), and its silent partners in order. */
function summaryOf(part: PartnerMonth[], childLevel: RegionLevel | null): Summary {
  const kept = summaries.get(part)?.get(String(childLevel));
  if (kept) return kept;
  const summary: Summary = { partners: 0, reported: 0, onTime: 0, byChild: new Map(), silent: [] };
  for (const p of part) {
    // A partner belongs to the child that contains its region; one sitting above the children's level belongs to none.
    const code = childLevel === null ? null : ancestorAt(p.regionCode, childLevel);
    let child: Counts | undefined;
    if (code !== null) {
      child = summary.byChild.get(code);
      if (!child) summary.byChild.set(code, (child = { partners: 0, reported: 0, onTime: 0 }));
    }
    const add = (c: Counts) => {
      c.partners += 1;
      if (p.reported) c.reported += 1;
      if (p.onTime) c.onTime += 1;
    };
    add(summary);
    if (child) add(child);
    if (!p.reported)
      summary.silent.push({ partnerId: p.partnerId, name: p.name, regionCode: p.regionCode, lastReportDate: p.lastReportDate });
  }
  summary.silent.sort(silentOrder);
  const levels = summaries.get(part) ?? new Map<string, Summary>();
  levels.set(String(childLevel), summary);
  summaries.set(part, levels);
  return summary;
}

/** The first `limit` of several lists each in `silentOrder`, merged in that order. */
function mergeSilent(lists: SilentPartner[][], limit: number): SilentPartner[] {
  const heads = lists.map(() => 0);
  const merged: SilentPartner[] = [];
  while (merged.length < limit) {
    let best = -1;
    lists.forEach((list, i) => {
      const candidate = list[heads[i] ?? 0];
      const current = best < 0 ? undefined : lists[best]?.[heads[best] ?? 0];
      if (candidate && (!current || silentOrder(candidate, current) < 0)) best = i;
    });
    const chosen = best < 0 ? undefined : lists[best]?.[heads[best] ?? 0];
    if (!chosen) break;
    merged.push(chosen);
    heads[best] = (heads[best] ?? 0) + 1;
  }
  return merged;
}

/** A region's completeness for one month: its figures, its child regions', and its silent partners. */
export async function completeness(db: Db, region: RegionScope, month: string): Promise<CompletenessResponse> {
  const [{ parts, deadlineDay }, children] = await Promise.all([partnerMonths(db, region.code, month), childrenOf(db, region.code)]);
  const childLevel = childLevelOf(region.level);
  const parted = parts.map((part) => summaryOf(part, childLevel));
  const sum = (key: keyof Counts) => parted.reduce((total, s) => total + s[key], 0);
  const [partners, reported, onTime] = [sum('partners'), sum('reported'), sum('onTime')];
  const childCounts = (code: string): Counts => {
    const counts = { partners: 0, reported: 0, onTime: 0 };
    for (const s of parted) {
      const c = s.byChild.get(code);
      if (!c) continue;
      counts.partners += c.partners;
      counts.reported += c.reported;
      counts.onTime += c.onTime;
    }
    return counts;
  };
  return {
    month,
    region: { code: region.code, name: region.name, level: region.level },
    deadline: reportingDeadlineDate(month, deadlineDay),
    partners,
    reported,
    rate: completenessRate(reported, partners),
    onTime,
    children: children.map((c) => {
      const counts = childCounts(c.code);
      return { regionCode: c.code, name: c.name, level: c.level, ...counts, rate: completenessRate(counts.reported, counts.partners) };
    }),
    silent: mergeSilent(
      parted.map((s) => s.silent),
      silentListLimit,
    ),
    silentTotal: parted.reduce((total, s) => total + s.silent.length, 0),
  };
}

/** Active partners and reporting partners of each month inside one region, read straight from the rollup. */
async function monthCounts(db: Db, within: string, deadlines: ReadonlyMap<string, string>): Promise<MonthCount[]> {
  const [partners, rows] = await Promise.all([activePartnerCount(db, within), reportedByMonth(db, within, deadlines)]);
  const found = new Map(rows.map((r) => [r.month, r]));
  return [...deadlines.keys()].map((month) => {
    const r = found.get(month);
    return { month, partners, reported: Number(r?.reported ?? 0), onTime: Number(r?.on_time ?? 0) };
  });
}

/**
 * Month by month, every month from `from` to `to`. A province or the country adds up cached
 * provinces; a smaller region is a small index range, read each time.
 */
export async function completenessTrend(db: Db, region: RegionScope, from: string, to: string): Promise<CompletenessTrendResponse> {
  const months = monthsBetween(from, to);
  const profiles = await profilesForDays(
    db,
    months.map((m) => monthBounds(m).to),
  );
  const deadlines = new Map(
    months.map((m) => [
      m,
      onTimeBefore(m, profiles.get(monthBounds(m).to)?.definition.reportingDeadlineDay ?? defaultReportingDeadlineDay),
    ]),
  );

  let counts: MonthCount[][];
  if (region.code !== null && !isProvince(region.code)) {
    counts = [await monthCounts(db, region.code, deadlines)];
  } else {
    const provinces = await provincesOf(db, region.code);
    const generations = await generationsOf(db, provinces);
    const cache = cacheOf(trendCaches, db);
    const key = [...deadlines.values()].join(',');
    counts = [];
    for (const province of provinces) {
      counts.push(await cache.items(`${province}|${key}`, generations.get(province) ?? 0, () => monthCounts(db, province, deadlines)));
    }
  }
  return {
    months: months.map((month, index) => {
      const sum = { month, partners: 0, reported: 0, onTime: 0 };
      for (const part of counts) {
        const c = part[index];
        if (!c) continue;
        sum.partners += c.partners;
        sum.reported += c.reported;
        sum.onTime += c.onTime;
      }
      return { ...sum, rate: completenessRate(sum.reported, sum.partners) };
    }),
  };
}

/**
 * Every silent partner of a month in a region (null: the country), uncapped: the automatic
 * reminder round goes to all of them, in the order a person would take them.
 */
export async function silentPartnersOf(db: Db, within: string | null, month: string): Promise<SilentPartner[]> {
  const { parts } = await partnerMonths(db, within, month);
  return mergeSilent(
    parts.map((part) => summaryOf(part, null).silent),
    Number.POSITIVE_INFINITY,
  );
}

/** The day of the month after which a month's reports are late (the KPI profile's setting). */
export const reportingDeadlineDayOf = deadlineDayOf;
