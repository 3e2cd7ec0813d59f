import type { DateRange } from '#domain/calendar';
import type { PartnerType } from '#domain/taxonomy';
import type { IndicatorKind, KpiProfile } from './profile';
import { indicatorRatio, indicatorTarget, meetsTarget, rangeContext, roundScore, type KpiResult } from './score';

/** What one more unit of an indicator is: an activity, a participant or a month with a report. */
export type GapUnit = 'activities' | 'participants' | 'months';

/** "3 more advocacy activities": the UI words it from the code and the unit. */
export interface IndicatorGap {
  code: string;
  unit: GapUnit;
  missing: number;
}

export interface KpiGap {
  /** A plan that reaches the green threshold; empty when already green. */
  toGreen: IndicatorGap[];
  /** Everything still missing for a score of 100. */
  toFull: IndicatorGap[];
}

const unitOfKind: Record<IndicatorKind, GapUnit> = {
  count_strategy: 'activities',
  participants_strategy: 'participants',
  regularity: 'months',
};

/** Whole units still needed so that `achieved` meets `target`. */
export function unitsToReach(achieved: number, target: number): number {
  if (meetsTarget(achieved, target)) return 0;
  const units = Math.max(1, Math.ceil(target - achieved));
  // Float noise in the target may put ceil one off either way: below a whole number it lands
  // one short, just above one it asks for a unit the tolerance does not need.
  if (!meetsTarget(achieved + units, target)) return units + 1;
  return units > 1 && meetsTarget(achieved + units - 1, target) ? units - 1 : units;
}

interface Lever {
  code: string;
  unit: GapUnit;
  weight: number;
  achieved: number;
  target: number;
  points: number;
}

function pointsWith(lever: Lever, extra: number): number {
  return lever.weight * indicatorRatio(lever.achieved + extra, lever.target);
}

/** Fewest whole units on one lever for which `enough(points)` holds, or all it still misses. */
function unitsUntil(lever: Lever, enough: (points: number) => boolean): number {
  let low = 0;
  let high = unitsToReach(lever.achieved, lever.target);
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (enough(pointsWith(lever, mid))) high = mid;
    else low = mid + 1;
  }
  return low;
}

/**
 * What is missing, in whole activities, participants and months. The green plan pulls the
 * biggest levers first (most points still open), so it asks for few different things; it is a
 * plan that works, not the only one.
 */
export function gapToGreen(result: KpiResult, profile: KpiProfile, partnerType: PartnerType, range: DateRange): KpiGap {
  const context = rangeContext(range);
  const levers: Lever[] = profile.indicators.map((indicator) => {
    const achieved = result.indicators.find((r) => r.code === indicator.code)?.achieved ?? 0;
    const target = indicatorTarget(indicator, partnerType, context);
    const lever = { code: indicator.code, unit: unitOfKind[indicator.kind], weight: indicator.weight, achieved, target, points: 0 };
    return { ...lever, points: pointsWith(lever, 0) };
  });
  const toFull = levers
    .map((lever) => ({ code: lever.code, unit: lever.unit, missing: unitsToReach(lever.achieved, lever.target) }))
    .filter((gap) => gap.missing > 0);

  // The colour follows the score as it is rounded for the rapor, so 79.995 is already green.
  const isGreen = (score: number) => roundScore(score) >= profile.thresholds.green;
  let total = levers.reduce((sum, lever) => sum + lever.points, 0);
  const toGreen: IndicatorGap[] = [];
  const byOpenPoints = [...levers].sort((a, b) => b.weight - b.points - (a.weight - a.points));
  for (const lever of byOpenPoints) {
    if (isGreen(total)) break;
    const others = total - lever.points;
    const units = unitsUntil(lever, (points) => isGreen(others + points));
    if (units === 0) continue;
    total += pointsWith(lever, units) - lever.points;
    toGreen.push({ code: lever.code, unit: lever.unit, missing: units });
  }
  return { toGreen, toFull };
}
