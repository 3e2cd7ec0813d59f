import { z } from 'zod';
import { monthsTouched, type DateRange } from '#domain/calendar';
import type { PartnerType } from '#domain/taxonomy';
import type { PartnerFacts } from './facts';
import { periodFactor } from './period';
import type { KpiIndicator, KpiProfile } from './profile';

export const kpiColors = ['merah', 'kuning', 'hijau'] as const;
export const KpiColor = z.enum(kpiColors);
export type KpiColor = z.infer<typeof KpiColor>;

export const KpiIndicatorResult = z.object({
  code: z.string(),
  achieved: z.number(),
  /** Rounded to 2 decimals for display; ratio and points use the exact target. */
  target: z.number(),
  ratio: z.number(),
  weight: z.number(),
  points: z.number(),
});
export type KpiIndicatorResult = z.infer<typeof KpiIndicatorResult>;

export const KpiResult = z.object({
  /** `roundScore` of the exact sum of points: never 100 unless every target is met. */
  score: z.number(),
  color: KpiColor,
  indicators: z.array(KpiIndicatorResult),
});
export type KpiResult = z.infer<typeof KpiResult>;

/** Rounds half away from zero after dropping float noise, so 1.005 rounds to 1.01 and 79.99999999999999 to 80. */
export function roundTo(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  const scaled = Number((Math.abs(value) * scale).toPrecision(12));
  return (Math.sign(value) * Math.round(scaled)) / scale;
}

/**
 * Rounds like `roundTo`, except that a value short of `full` never rounds up to it: 99.996 points
 * of 100 are 99.99, a ratio of 0.99996 is 0.9999. Full marks say every target was met, and a rapor
 * must not say that of a library that did not meet them. Float noise is forgiven first, so a sum
 * of full points that lands on 99.99999999999999 is still 100.
 */
export function roundShortOfFull(value: number, full: number, decimals: number): number {
  const rounded = roundTo(value, decimals);
  if (rounded < full || Number(value.toPrecision(12)) >= full) return rounded;
  return roundTo(full - 10 ** -decimals, decimals);
}

/** A score as the API returns it and every screen and the PDF show it: 2 decimals, never 100 short of 100. */
export function roundScore(exact: number): number {
  return roundShortOfFull(exact, 100, 2);
}

// One per locale, as `calendar.ts`'s date formatters: an export formats a score in each of thousands of rows.
const scoreFormats = new Map<string, Intl.NumberFormat>();

/** A score in the reader's language, as `roundScore` has it: 99,55 in Indonesian, 99.55 in English, 100 without decimals. */
export function formatScore(score: number, locale: string): string {
  let formatter = scoreFormats.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    if (scoreFormats.size < 32) scoreFormats.set(locale, formatter);
  }
  return formatter.format(roundScore(score));
}

// Targets like 4 × 487 / 30.4375 are whole numbers that float arithmetic may miss by one ulp.
const targetTolerance = 1e-9;

/** True when `achieved` meets `target`, forgiving float noise in the target. */
export function meetsTarget(achieved: number, target: number): boolean {
  return achieved >= target - targetTolerance * Math.max(1, target);
}

/**
 * What a range means to every indicator, worked out once: its period factor and the months it
 * touches. Scores (`scorerFor`) and the advice of `gap.ts` read targets and achievements through
 * the same two functions over it, so the score and what is said to be missing never disagree.
 */
export interface RangeContext {
  readonly range: DateRange;
  readonly factor: number;
  readonly months: readonly string[];
}

export function rangeContext(range: DateRange): RangeContext {
  return { range, factor: periodFactor(range), months: monthsTouched(range) };
}

// A caller scoring one partner may pass the range itself; one scoring thousands passes a context.
const contextOf = (range: RangeContext | DateRange): RangeContext => ('factor' in range ? range : rangeContext(range));

/** The exact target of an indicator for a partner type over a range: `t × f`, or the months touched. */
export function indicatorTarget(indicator: KpiIndicator, partnerType: PartnerType, range: RangeContext | DateRange): number {
  const context = contextOf(range);
  if (indicator.kind === 'regularity') return context.months.length;
  return indicator.monthlyTargets[partnerType] * context.factor;
}

export function indicatorAchieved(indicator: KpiIndicator, facts: PartnerFacts, range: RangeContext | DateRange): number {
  switch (indicator.kind) {
    case 'count_strategy':
      return Math.max(0, facts.counts[indicator.strategy] ?? 0);
    case 'participants_strategy':
      return Math.max(0, facts.participants[indicator.strategy] ?? 0);
    case 'regularity': {
      // Months outside the range never count, even if the caller passed them.
      const active = facts.activeMonths instanceof Set ? (facts.activeMonths as ReadonlySet<string>) : new Set(facts.activeMonths);
      let months = 0;
      for (const month of contextOf(range).months) if (active.has(month)) months += 1;
      return months;
    }
  }
}

/** `min(1, achieved / target)`; a target of 0 is met by doing nothing. */
export function indicatorRatio(achieved: number, target: number): number {
  if (target <= 0 || meetsTarget(achieved, target)) return 1;
  return Math.min(1, achieved / target);
}

export function colorOfScore(score: number, thresholds: KpiProfile['thresholds']): KpiColor {
  if (score >= thresholds.green) return 'hijau';
  if (score >= thresholds.yellow) return 'kuning';
  return 'merah';
}

/**
 * The rapor of one partner over one range: each indicator's points are `weight × ratio`, the
 * score is their exact sum rounded by `roundScore`, and the colour follows the rounded score,
 * so what the user reads (79.99) and the colour shown (kuning) never disagree.
 */
export function scorePartner(profile: KpiProfile, partnerType: PartnerType, range: DateRange, facts: PartnerFacts): KpiResult {
  return scorerFor(profile, range)(partnerType, facts);
}

/**
 * `scorePartner` for many partners over one range: the range's factor and months are worked
 * out once, not once per partner (a province has thousands). An indicator's result depends only
 * on the partner type and what was achieved, which most partners share (a province of 13,000 has
 * a few hundred distinct ones), so each is worked out once and the same object is returned to
 * every partner with it: callers must not change a result.
 */
export function scorerFor(profile: KpiProfile, range: DateRange): (partnerType: PartnerType, facts: PartnerFacts) => KpiResult {
  const context = rangeContext(range);
  // Per indicator, per partner type, by what was achieved.
  const known = profile.indicators.map(() => new Map<PartnerType, Map<number, ScoredIndicator>>());
  const scoreIndicator = (indicator: KpiIndicator, partnerType: PartnerType, achieved: number): ScoredIndicator => {
    const target = indicatorTarget(indicator, partnerType, context);
    const ratio = indicatorRatio(achieved, target);
    const points = indicator.weight * ratio;
    const result = {
      code: indicator.code,
      achieved,
      target: roundTo(target, 2),
      ratio: roundShortOfFull(ratio, 1, 4),
      weight: indicator.weight,
      points: roundShortOfFull(points, indicator.weight, 2),
    };
    return { result, points };
  };
  return (partnerType, facts) => {
    let exactScore = 0;
    const indicators = profile.indicators.map((indicator, i) => {
      const achieved = indicatorAchieved(indicator, facts, context);
      const byType = known[i];
      let seen = byType?.get(partnerType);
      if (!seen) {
        seen = new Map();
        byType?.set(partnerType, seen);
      }
      let scored = seen.get(achieved);
      if (!scored) {
        scored = scoreIndicator(indicator, partnerType, achieved);
        seen.set(achieved, scored);
      }
      exactScore += scored.points;
      return scored.result;
    });
    const score = roundScore(exactScore);
    return { score, color: colorOfScore(score, profile.thresholds), indicators };
  };
}

/** An indicator's result as shown, and its exact points (the score is their exact sum). */
interface ScoredIndicator {
  result: KpiIndicatorResult;
  points: number;
}
