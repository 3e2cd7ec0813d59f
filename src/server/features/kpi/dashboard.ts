import { monthsTouched, type DateRange } from '#domain/calendar';
import type { ChildrenResponse, DashboardResponse, DataExtentResponse, TrendResponse } from '#domain/dashboard';
import { ancestorAt, childLevelOf, RegionLevel } from '#domain/regions';
import { kpiColors, roundScore } from '#domain/kpi/score';
import { strategies, type Strategy } from '#domain/taxonomy';
import type { Db } from '#server/db/database';
import { demoPeriodFor } from '#server/features/demo/period';
import { childrenOf } from '#server/features/regions/service';
import { partnerScope } from '#server/features/partners/scope';
import {
  activitiesOfRegions,
  partnerExtent,
  regionExtent,
  regionMonthly,
  regionTotals,
  type DataExtent,
} from '#server/features/rollups/service';
import { profileRef } from './profiles';
import type { KpiSubject, RegionScope } from './scope';
import { patchOrigin, type PatchOrigin } from './score-patch';
import { ranked, scorePartners, type ScoredPartner } from './scoring';

const emptyByStrategy = (): Record<Strategy, number> => ({ layanan_informasi: 0, pelibatan_masyarakat: 0, advokasi: 0 });

function colorCounts(items: ScoredPartner[]) {
  const counts = { hijau: 0, kuning: 0, merah: 0 };
  for (const i of items) counts[i.color] += 1;
  return counts;
}

/** The dashboard of DESIGN.md, every figure computed from the rollups and the partners. */
export async function dashboard(db: Db, region: RegionScope, range: DateRange): Promise<DashboardResponse> {
  const [totals, scored] = await Promise.all([
    regionTotals(db, region.code, range.from, range.to),
    scorePartners(db, { within: region.code }, range),
  ]);
  const activities = emptyByStrategy();
  let male = 0;
  let female = 0;
  for (const t of totals) {
    activities[t.strategy as Strategy] += Number(t.activities);
    male += Number(t.male);
    female += Number(t.female);
  }
  const summary = summarise(scored.parts);
  return {
    region: { code: region.code, name: region.name, level: region.level },
    from: range.from,
    to: range.to,
    profile: profileRef(scored.profile),
    activities: { ...activities, total: strategies.reduce((sum, s) => sum + activities[s], 0) },
    participants: { male, female, total: male + female },
    partners: { total: summary.partners, byScheme: summary.byScheme },
    kpi: summary.kpi,
    champions: ranked(summary.champions).map((c) => ({ partnerId: c.partnerId, name: c.name, score: c.score, regionCode: c.regionCode })),
  };
}

interface Summary {
  partners: number;
  byScheme: Record<string, number>;
  kpi: { hijau: number; kuning: number; merah: number };
  champions: ScoredPartner[];
}

// A province's summary lives as long as its cached scores: a national dashboard adds 38 of them.
const summaries = new WeakMap<ScoredPartner[], Summary>();

/** Partners, schemes, colours and champions of scored partners (exactly the region's active partners). */
function summarise(parts: ScoredPartner[][]): Summary {
  const total: Summary = { partners: 0, byScheme: {}, kpi: { hijau: 0, kuning: 0, merah: 0 }, champions: [] };
  for (const part of parts) {
    const s = summaryOf(part);
    total.partners += s.partners;
    for (const [scheme, n] of Object.entries(s.byScheme)) total.byScheme[scheme] = (total.byScheme[scheme] ?? 0) + n;
    for (const color of kpiColors) total.kpi[color] += s.kpi[color];
    total.champions.push(...s.champions);
  }
  return total;
}

/** A part's summary: kept, moved on from its base's by the partners a patch re-scored, or counted whole. */
function summaryOf(part: ScoredPartner[]): Summary {
  let s = summaries.get(part);
  if (s) return s;
  const origin = patchOrigin(part);
  const base = origin?.base.deref();
  const before = base && summaries.get(base as ScoredPartner[]);
  s = before && origin ? movedOn(before, origin) : counted(part);
  summaries.set(part, s);
  return s;
}

function counted(part: ScoredPartner[]): Summary {
  const s: Summary = { partners: part.length, byScheme: {}, kpi: colorCounts(part), champions: part.filter(isChampion) };
  for (const i of part) s.byScheme[i.scheme] = (s.byScheme[i.scheme] ?? 0) + 1;
  return s;
}

const isChampion = (i: ScoredPartner) => i.score >= 100;

/** The base's summary without the moved partners' old scores and with their new ones: a write costs its partners, not 13,000. */
function movedOn(before: Summary, { moved, replaced, rescored }: PatchOrigin<ScoredPartner>): Summary {
  const s: Summary = {
    partners: before.partners - replaced.length + rescored.length,
    byScheme: { ...before.byScheme },
    kpi: { ...before.kpi },
    champions: before.champions.filter((c) => !moved.has(c.partnerId)),
  };
  for (const i of replaced) {
    s.byScheme[i.scheme] = (s.byScheme[i.scheme] ?? 0) - 1;
    s.kpi[i.color] -= 1;
  }
  for (const i of rescored) {
    s.byScheme[i.scheme] = (s.byScheme[i.scheme] ?? 0) + 1;
    s.kpi[i.color] += 1;
    if (isChampion(i)) s.champions.push(i);
  }
  for (const [scheme, n] of Object.entries(s.byScheme)) if (n === 0) delete s.byScheme[scheme];
  return s;
}

/** Month by month activities per strategy and participants, every touched month present. */
export async function trends(db: Db, region: RegionScope, range: DateRange): Promise<TrendResponse> {
  const rows = await regionMonthly(db, region.code, range.from, range.to);
  const months = new Map(monthsTouched(range).map((m) => [m, { month: m, ...emptyByStrategy(), participants: 0 }]));
  for (const r of rows) {
    const m = months.get(r.month);
    if (!m) continue;
    m[r.strategy as Strategy] += Number(r.activities);
    m.participants += Number(r.participants);
  }
  return { months: [...months.values()] };
}

/** The region's children with their partners' KPI and activity counts, for drilling down. */
export async function childrenOfRegion(db: Db, region: RegionScope, range: DateRange): Promise<ChildrenResponse> {
  const children = await childrenOf(db, region.code);
  const [scored, activityRows] = await Promise.all([
    scorePartners(db, { within: region.code }, range),
    activitiesOfRegions(
      db,
      children.map((c) => c.code),
      range.from,
      range.to,
    ),
  ]);
  // A partner belongs to the child that contains its region; one sitting above the children's level belongs to none.
  const childLevel = childLevelOf(region.level);
  const byChild = new Map<string, ScoredPartner[]>();
  for (const item of scored.parts.flat()) {
    const child = childLevel === null ? null : ancestorAt(item.regionCode, childLevel);
    if (child === null) continue;
    const list = byChild.get(child);
    if (list) list.push(item);
    else byChild.set(child, [item]);
  }
  const activities = new Map(activityRows.map((r) => [r.region_code, Number(r.activities)]));
  return {
    items: children.map((child) => {
      const inside = byChild.get(child.code) ?? [];
      const total = inside.reduce((sum, i) => sum + i.score, 0);
      return {
        code: child.code,
        name: child.name,
        level: RegionLevel.parse(child.level),
        partners: inside.length,
        averageScore: inside.length ? roundScore(total / inside.length) : null,
        kpi: colorCounts(inside),
        activities: activities.get(child.code) ?? 0,
      };
    }),
  };
}

/**
 * The days with counted activities in what the viewer sees: its region, or a manager's own
 * partner; and the demo's period while that is the demo.
 */
export async function dataExtent(db: Db, subject: KpiSubject): Promise<DataExtentResponse> {
  let seen: DataExtent & { regionCode: string | null };
  if ('region' in subject) {
    seen = { regionCode: subject.region.code, ...(await regionExtent(db, subject.region.code)) };
  } else {
    const partner = await partnerScope(db, subject.partnerId);
    if (!partner) return { firstDate: null, lastDate: null, demoPeriod: null };
    seen = { regionCode: partner.regionCode, ...(await partnerExtent(db, partner)) };
  }
  const { regionCode, ...extent } = seen;
  return { ...extent, demoPeriod: await demoPeriodFor(db, { regionCode, lastDate: extent.lastDate }) };
}
