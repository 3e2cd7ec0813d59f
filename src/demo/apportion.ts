/**
 * Splits a whole-number total over items in proportion to their weights (largest remainder),
 * after giving each item its minimum and never exceeding its cap. The demo uses it so that its
 * totals are exact by construction rather than by luck.
 */
export interface ApportionLimits {
  minimums?: readonly number[];
  caps?: readonly number[];
}

export function apportion(total: number, weights: readonly number[], limits: ApportionLimits = {}): number[] {
  const minimum = (i: number) => limits.minimums?.[i] ?? 0;
  const cap = (i: number) => limits.caps?.[i] ?? Infinity;
  const shares = weights.map((_, i) => minimum(i));
  let remaining = total - shares.reduce((sum, n) => sum + n, 0);
  if (remaining < 0) throw new RangeError(`minimums exceed the total ${total}`);
  while (remaining > 0) {
    const open = weights.map((w, i) => i).filter((i) => (weights[i] ?? 0) > 0 && (shares[i] ?? 0) < cap(i));
    const weightSum = open.reduce((sum, i) => sum + (weights[i] ?? 0), 0);
    if (open.length === 0 || weightSum <= 0) throw new RangeError(`cannot place ${remaining} more within the caps`);
    const exact = open.map((i) => ({ i, share: (remaining * (weights[i] ?? 0)) / weightSum }));
    let given = 0;
    let capped = false;
    for (const { i, share } of exact) {
      const room = cap(i) - (shares[i] ?? 0);
      const whole = Math.min(Math.floor(share), room);
      capped ||= share >= room;
      shares[i] = (shares[i] ?? 0) + whole;
      given += whole;
    }
    remaining -= given;
    // A capped item is now closed: share what it could not take among the others first.
    if (capped) continue;
    // Largest fractional part first; ties go to the earlier item so the result is deterministic.
    const byRemainder = exact
      .map(({ i, share }) => ({ i, fraction: share - Math.floor(share) }))
      .sort((a, b) => b.fraction - a.fraction || a.i - b.i);
    for (const { i } of byRemainder) {
      if (remaining === 0) break;
      if ((shares[i] ?? 0) >= cap(i)) continue;
      shares[i] = (shares[i] ?? 0) + 1;
      remaining -= 1;
    }
  }
  return shares;
}
