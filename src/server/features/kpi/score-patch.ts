/**
 * A province's scores with some partners re-scored: each moved partner's old score is replaced
 * where it stood, dropped when it has no new one (it left the province or stopped being active),
 * and a new partner is added at the end. A copy: the kept array is never changed.
 */
export function patchedScores<T extends { partnerId: number }>(stale: readonly T[], moved: readonly number[], rescored: readonly T[]): T[] {
  const gone = new Set(moved);
  const fresh = new Map(rescored.map((item) => [item.partnerId, item]));
  const result = stale.slice();
  const replaced: T[] = [];
  let kept = 0;
  // One pass, moving items down over the dropped ones; nothing is allocated per partner.
  for (let i = 0; i < result.length; i += 1) {
    const item = result[i] as T;
    if (gone.has(item.partnerId)) {
      replaced.push(item);
      const now = fresh.get(item.partnerId);
      if (!now) continue;
      fresh.delete(item.partnerId);
      result[kept++] = now;
    } else result[kept++] = item;
  }
  result.length = kept;
  result.push(...fresh.values());
  origins.set(result, { base: new WeakRef(stale), moved: gone, replaced, rescored });
  return result;
}

/** How a patched list was made: from which list, re-scoring which partners (their items before and after). */
export interface PatchOrigin<T extends object = object> {
  /**
   * Weakly: a strong reference would keep every list a province was ever patched from, a chain
   * growing by a province's list per write. Whoever still holds the base (a kept ranking) finds it.
   */
  base: WeakRef<readonly T[]>;
  moved: ReadonlySet<number>;
  /** The base's items of the moved partners. */
  replaced: readonly T[];
  /** Their new items; a moved partner missing here left the list. */
  rescored: readonly T[];
}

// Kept as long as the patched list lives, so what was worked out from its base can be patched too.
const origins = new WeakMap<readonly object[], PatchOrigin<object>>();

/** Where a patched list came from; undefined for one computed whole. */
export function patchOrigin<T extends object>(items: readonly T[]): PatchOrigin<T> | undefined {
  return origins.get(items) as PatchOrigin<T> | undefined;
}
