import { unitsToReach } from './gap';

/**
 * A target as people count it: the whole activities, participants or months that reach it.
 * Targets are the yearly figure scaled to the period, so 35.35 activities means 36 are needed;
 * the API keeps the precise target for ratios and points, screens and the PDF show this one.
 */
export function countedTarget(target: number): number {
  return target <= 0 ? 0 : unitsToReach(0, target);
}
