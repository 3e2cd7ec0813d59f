/**
 * A province's scores with some partners re-scored: each moved partner's old score is replaced
 * where it stood, dropped when it has no new one (it left the province or stopped being active),
 * and a new partner is added at the end. A copy: the kept array is never changed.
 */
export function patchedScores<T extends { partnerId: number }>(stale: readonly T[], moved: readonly number[], rescored: readonly T[]): T[] {
  const result = patchOf(stale, moved, rescored);
  origins.set(result, { base: stale, moved: new Set(moved) });
  return result;
}

/** How a patched list was made: from which list, re-scoring which partners. */
export interface PatchOrigin {
  base: readonly object[];
  moved: ReadonlySet<number>;
}

// Kept as long as the patched list lives, so what was worked out from its base can be patched too.
const origins = new WeakMap<readonly object[], PatchOrigin>();

/** Where a patched list came from; undefined for one computed whole. */
export function patchOrigin(items: readonly object[]): PatchOrigin | undefined {
  return origins.get(items);
}

function patchOf<T extends { partnerId: number }>(stale: readonly T[], moved: readonly number[], rescored: readonly T[]): T[] {
  const gone = new Set(moved);
  const fresh = new Map(rescored.map((item) => [item.partnerId, item]));
  const result: T[] = [];
  for (const item of stale) {
    if (!gone.has(item.partnerId)) {
      result.push(item);
      continue;
    }
    const replaced = fresh.get(item.partnerId);
    if (replaced) {
      result.push(replaced);
      fresh.delete(item.partnerId);
    }
  }
  result.push(...fresh.values());
  return result;
}
