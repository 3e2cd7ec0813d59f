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

export const KpiResult = z.object({ score: z.number(), color: KpiColor, indicators: z.array(KpiIndicatorResult) });
export type KpiResult = z.infer<typeof KpiResult>;

/** Rounds half away from zero after dropping float noise, so 1.005 rounds to 1.01 and 79.99999999999999 to 80. */
export function roundTo(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  const scaled = Number((Math.abs(value) * scale).toPrecision(12));
  return (Math.sign(value) * Math.round(scaled)) / scale;
}

// Targets like 4 × 487 / 30.4375 are whole numbers that float arithmetic may miss by one ulp.
const targetTolerance = 1e-9;

/** True when `achieved` meets `target`, forgiving float noise in the target. */
export function meetsTarget(achieved: number, target: number): boolean {
  return achieved >= target - targetTolerance * Math.max(1, target);
}

/** The exact target of an indicator for a partner type over a range: `t × f`, or the months touched. */
export function indicatorTarget(indicator: KpiIndicator, partnerType: PartnerType, range: DateRange): number {
  if (indicator.kind === 'regularity') return monthsTouched(range).length;
  return indicator.monthlyTargets[partnerType] * periodFactor(range);
}

export function indicatorAchieved(indicator: KpiIndicator, facts: PartnerFacts, range: DateRange): number {
  switch (indicator.kind) {
    case 'count_strategy':
      return Math.max(0, facts.counts[indicator.strategy] ?? 0);
    case 'participants_strategy':
      return Math.max(0, facts.participants[indicator.strategy] ?? 0);
    case 'regularity': {
      // Months outside the range never count, even if the caller passed them.
      const active = new Set(facts.activeMonths);
      return monthsTouched(range).filter((month) => active.has(month)).length;
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
 * score is their exact sum rounded to 2 decimals, and the colour follows the rounded score,
 * so what the user reads (79.99) and the colour shown (kuning) never disagree.
 */
export function scorePartner(profile: KpiProfile, partnerType: PartnerType, range: DateRange, facts: PartnerFacts): KpiResult {
  return scorerFor(profile, range)(partnerType, facts);
}

/**
 * `scorePartner` for many partners over one range: the range's factor and months are worked
 * out once, not once per partner (a province has thousands).
 */
export function scorerFor(profile: KpiProfile, range: DateRange): (partnerType: PartnerType, facts: PartnerFacts) => KpiResult {
  const factor = periodFactor(range);
  const months = monthsTouched(range);
  const targetOf = (indicator: KpiIndicator, partnerType: PartnerType) =>
    indicator.kind === 'regularity' ? months.length : indicator.monthlyTargets[partnerType] * factor;
  const achievedOf = (indicator: KpiIndicator, facts: PartnerFacts) => {
    if (indicator.kind !== 'regularity') return indicatorAchieved(indicator, facts, range);
    // Months outside the range never count, even if the caller passed them.
    const active = facts.activeMonths instanceof Set ? (facts.activeMonths as Set<string>) : new Set(facts.activeMonths);
    return months.filter((month) => active.has(month)).length;
  };
  return (partnerType, facts) => {
    let exactScore = 0;
    const indicators = profile.indicators.map((indicator) => {
      const target = targetOf(indicator, partnerType);
      const achieved = achievedOf(indicator, facts);
      const ratio = indicatorRatio(achieved, target);
      const points = indicator.weight * ratio;
      exactScore += points;
      return {
        code: indicator.code,
        achieved,
        target: roundTo(target, 2),
        ratio: roundTo(ratio, 4),
        weight: indicator.weight,
        points: roundTo(points, 2),
      };
    });
    const score = roundTo(exactScore, 2);
    return { score, color: colorOfScore(score, profile.thresholds), indicators };
  };
}
