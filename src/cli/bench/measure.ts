import { monthBounds, type DateRange } from '#domain/calendar';
import { onTimeBefore } from '#domain/completeness';
import { scorePartner } from '#domain/kpi/score';
import { PartnerType, strategies, type Strategy } from '#domain/taxonomy';
import type { Db } from '#server/db/database';
import { completeness, completenessTrend } from '#server/features/completeness/service';
import { dashboard } from '#server/features/kpi/dashboard';
import { profileForPeriod } from '#server/features/kpi/profiles';
import { activityFactsBetween, partnersToScore } from '#server/features/kpi/repository';
import type { RegionScope } from '#server/features/kpi/scope';
import { ranked, scorePartners } from '#server/features/kpi/scoring';
import { bumpGenerations } from '#server/features/rollups/generations';
import { rawFirstSubmissions, rawLastReports, rawTotals, somePartnerIn } from './repository';

export interface Timing {
  medianMs: number;
  p90Ms: number;
}

export async function time(runs: number, work: () => Promise<unknown>, before?: () => Promise<unknown>): Promise<Timing> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    await before?.();
    const t = performance.now();
    await work();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return { medianMs: samples[Math.floor(samples.length / 2)] ?? 0, p90Ms: samples[Math.floor(samples.length * 0.9)] ?? 0 };
}

/** The same KPI list computed the naive way: every counted activity of the range, read from the activities table. */
export async function naiveKpiList(db: Db, within: string | null, range: DateRange) {
  const [profile, partners, rows] = await Promise.all([
    profileForPeriod(db, range.to),
    partnersToScore(db, { within }),
    activityFactsBetween(db, { within }, range.from, range.to),
  ]);
  const facts = new Map<
    number,
    { counts: Partial<Record<Strategy, number>>; participants: Partial<Record<Strategy, number>>; activeMonths: Set<string> }
  >();
  for (const r of rows) {
    const f = facts.get(r.partner_id) ?? { counts: {}, participants: {}, activeMonths: new Set<string>() };
    const s = r.strategy as Strategy;
    f.counts[s] = (f.counts[s] ?? 0) + Number(r.activities);
    f.participants[s] = (f.participants[s] ?? 0) + Number(r.participants);
    f.activeMonths.add(r.month);
    facts.set(r.partner_id, f);
  }
  const items = partners.map((p) => ({
    partnerId: p.id,
    name: p.name,
    ...scorePartner(
      profile.definition,
      PartnerType.parse(p.type),
      range,
      facts.get(p.id) ?? { counts: {}, participants: {}, activeMonths: [] },
    ),
  }));
  return items.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, 'id'));
}

/** The naive dashboard: totals straight from the activities, and the colour counts from the naive KPI list. */
export async function naiveDashboard(db: Db, within: string | null, range: DateRange) {
  const [totals, items] = await Promise.all([rawTotals(db, within, range.from, range.to), naiveKpiList(db, within, range)]);
  const activities = Object.fromEntries(strategies.map((s) => [s, Number(totals.find((t) => t.strategy === s)?.activities ?? 0)]));
  const kpi = { hijau: 0, kuning: 0, merah: 0 };
  for (const i of items) kpi[i.color] += 1;
  return { activities, kpi, champions: items.filter((i) => i.score >= 100).length };
}

/** The naive completeness of a month: first submissions and last reports from the activities, joined with the active partners. */
export async function naiveCompleteness(db: Db, within: string | null, month: string) {
  const { from, to } = monthBounds(month);
  const profile = await profileForPeriod(db, to);
  const before = onTimeBefore(month, profile.definition.reportingDeadlineDay);
  const [partners, firsts, lasts] = await Promise.all([
    partnersToScore(db, { within }),
    rawFirstSubmissions(db, within, from, to),
    rawLastReports(db, within, from),
  ]);
  const first = new Map(firsts.map((r) => [r.partner_id, r.first]));
  const last = new Map(lasts.map((r) => [r.partner_id, r.last]));
  let reported = 0;
  let onTime = 0;
  const silent: { partnerId: number; lastReportDate: string | null }[] = [];
  for (const p of partners) {
    if (!first.has(p.id)) {
      silent.push({ partnerId: p.id, lastReportDate: last.get(p.id) ?? null });
      continue;
    }
    reported += 1;
    const f = first.get(p.id);
    if (f != null && f < before) onTime += 1;
  }
  return { partners: partners.length, reported, onTime, silentTotal: silent.length };
}

/** The naive trend: the naive completeness of every month, without the last reports. */
async function naiveTrend(db: Db, within: string | null, months: string[]) {
  const partners = await partnersToScore(db, { within });
  const active = new Set(partners.map((p) => p.id));
  const points = [];
  for (const month of months) {
    const { from, to } = monthBounds(month);
    const firsts = await rawFirstSubmissions(db, within, from, to);
    points.push({ month, partners: partners.length, reported: firsts.filter((f) => active.has(f.partner_id)).length });
  }
  return points;
}

export interface BenchRow {
  query: string;
  warm: Timing;
  afterWrite: Timing;
  /** Asked for a period no one asked before: nothing cached, the whole region scored. */
  firstView: Timing;
  naive: Timing;
}

/**
 * Times each question four ways: answered again with nothing changed (warm), answered right
 * after a write in the region (the moved partner is re-scored and patched into its province),
 * the first time its period is asked (the range ends a day earlier each run, or the month is
 * another: nothing cached, the whole region scored in this process), and the naive way.
 * Checks first that the fast and naive answers agree.
 */
export async function benchQuestions(db: Db, province: RegionScope, range: DateRange, runs: number): Promise<BenchRow[]> {
  const national: RegionScope = { code: null, name: 'Indonesia', level: null };
  const code = province.code ?? '';
  // A write as a report makes it: one partner's score moved, logged with its generation.
  const moved = await somePartnerIn(db, code);
  const write = () => bumpGenerations(db, [{ partnerId: moved.id, regionCode: moved.region_code }]);

  const fast = await dashboard(db, province, range);
  const slow = await naiveDashboard(db, province.code, range);
  if (
    JSON.stringify(fast.activities) !== JSON.stringify({ ...slow.activities, total: fast.activities.total }) ||
    JSON.stringify(fast.kpi) !== JSON.stringify(slow.kpi)
  ) {
    throw new Error(`fast and naive dashboards disagree: ${JSON.stringify({ fast: [fast.activities, fast.kpi], slow })}`);
  }
  // A range no one asked for yet: the n-th ends n days before the bench's.
  let unasked = 0;
  const newRange = (): DateRange => {
    const to = new Date(`${range.to}T00:00:00Z`);
    to.setUTCDate(to.getUTCDate() - (unasked += 1));
    return { from: range.from, to: to.toISOString().slice(0, 10) };
  };
  const questions: {
    query: string;
    fast: () => Promise<unknown>;
    firstView: () => Promise<unknown>;
    naive: () => Promise<unknown>;
  }[] = [
    {
      query: `province dashboard (${province.name})`,
      fast: () => dashboard(db, province, range),
      firstView: () => dashboard(db, province, newRange()),
      naive: () => naiveDashboard(db, province.code, range),
    },
    {
      query: 'national dashboard',
      fast: () => dashboard(db, national, range),
      firstView: () => dashboard(db, national, newRange()),
      naive: () => naiveDashboard(db, null, range),
    },
    {
      query: `province KPI list (${province.name})`,
      fast: async () => ranked((await scorePartners(db, { within: province.code }, range)).parts.flat()),
      firstView: async () => ranked((await scorePartners(db, { within: province.code }, newRange())).parts.flat()),
      naive: () => naiveKpiList(db, province.code, range),
    },
  ];
  // Completeness of the range's last whole month, and its trend from January.
  const month = '2024-08';
  const trendMonths = ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06', '2024-07', '2024-08'];
  // Months no one asked for yet, latest first (the first views of completeness).
  const earlier = ['2024-07', '2024-06', '2024-05', '2024-04', '2024-03', '2024-02', '2024-01'];
  let unaskedMonth = 0;
  const newMonth = () => earlier[unaskedMonth++ % earlier.length] ?? month;
  const fastMonth = await completeness(db, province, month);
  const slowMonth = await naiveCompleteness(db, province.code, month);
  const seen = { partners: fastMonth.partners, reported: fastMonth.reported, onTime: fastMonth.onTime, silentTotal: fastMonth.silentTotal };
  if (JSON.stringify(seen) !== JSON.stringify(slowMonth)) {
    throw new Error(`fast and naive completeness disagree: ${JSON.stringify({ fast: seen, slow: slowMonth })}`);
  }
  questions.push(
    {
      query: `province completeness, ${month} (${province.name})`,
      fast: () => completeness(db, province, month),
      firstView: () => completeness(db, province, newMonth()),
      naive: () => naiveCompleteness(db, province.code, month),
    },
    {
      query: `national completeness, ${month}`,
      fast: () => completeness(db, national, month),
      firstView: () => completeness(db, national, newMonth()),
      naive: () => naiveCompleteness(db, null, month),
    },
    {
      query: `province completeness trend, 2024-01..${month} (${province.name})`,
      fast: () => completenessTrend(db, province, trendMonths[0] ?? month, month),
      firstView: () => completenessTrend(db, province, trendMonths[0] ?? month, newMonth()),
      naive: () => naiveTrend(db, province.code, trendMonths),
    },
  );
  const rows: BenchRow[] = [];
  for (const q of questions) {
    await q.fast();
    rows.push({
      query: q.query,
      warm: await time(runs, q.fast),
      afterWrite: await time(runs, q.fast, write),
      firstView: await time(Math.min(runs, earlier.length), q.firstView),
      naive: await time(Math.max(3, Math.ceil(runs / 3)), q.naive),
    });
  }
  return rows;
}

/**
 * The days a range cuts out of its last month, counted from a province's activities: the one
 * part of a first view not read from rollups. It should cost what the days cost, not the history.
 */
export async function benchCutDays(db: Db, province: string, range: DateRange, runs: number): Promise<Timing & { rows: number }> {
  const from = `${range.to.slice(0, 7)}-01`;
  const rows = (await activityFactsBetween(db, { within: province }, from, range.to)).length;
  return { ...(await time(runs, () => activityFactsBetween(db, { within: province }, from, range.to))), rows };
}

export interface FirstViewSweep {
  ranges: number;
  medianMs: number;
  p90Ms: number;
  maxMs: number;
}

/**
 * The first view of a province's dashboard over many ranges no one asked before: ending on each
 * day of September 2024, from 1 January and from 11 March. A few ranges say little, as the days
 * a range cuts from a month cost differently and garbage collections fall on some. Run after
 * `benchQuestions`, whose first views of other ranges have already been asked.
 */
export async function benchFirstViews(db: Db, province: RegionScope): Promise<FirstViewSweep> {
  const samples: number[] = [];
  for (const from of ['2024-01-01', '2024-03-11']) {
    for (let day = 1; day <= 30; day += 1) {
      const range = { from, to: `2024-09-${String(day).padStart(2, '0')}` };
      samples.push((await time(1, () => dashboard(db, province, range))).medianMs);
    }
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(samples.length * q))] ?? 0;
  return { ranges: samples.length, medianMs: at(0.5), p90Ms: at(0.9), maxMs: at(1) };
}
