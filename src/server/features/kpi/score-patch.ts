/**
 * A province's scores with some partners re-scored: each moved partner's old score is replaced
 * where it stood, dropped when it has no new one (it left the province or stopped being active),
 * and a new partner is added at the end. A copy: the kept array is never changed.
 */
export function patchedScores<T extends { partnerId: number }>(stale: readonly T[], moved: readonly number[], rescored: readonly T[]): T[] {
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
