import { competitionRanks } from '#domain/kpi/ranking';
import { patchOrigin } from './score-patch';
import { ranked, rankOrder, type ScoredPartner } from './scoring';

/** A region's scores in ranking order, with each one's competition rank. */
export interface RankedList {
  sorted: ScoredPartner[];
  ranks: Int32Array;
}

interface Kept extends RankedList {
  parts: ScoredPartner[][];
}

// Per ranking (region, range, profile version): bounded, since each holds a region's list.
const kept = new Map<string, Kept>();
const mostKept = 64;

/**
 * The ranking of scored parts (a province's cached list, or the country's 38). The same parts
 * answer the kept list; parts patched from the kept ones (a write re-scored a few partners) move
 * only those partners — each placed by binary search, no sort of 13,000 names with a collator on
 * every write; anything else is sorted whole.
 */
export function rankedParts(key: string, parts: ScoredPartner[][]): RankedList {
  const before = kept.get(key);
  if (before && sameParts(before.parts, parts)) return before;
  const patch = before && patchSince(before.parts, parts);
  const sorted = before && patch ? moveWithin(before.sorted, patch) : ranked(parts.flat());
  const list: Kept = { parts, sorted, ranks: competitionRanks(sorted) };
  kept.delete(key);
  kept.set(key, list);
  if (kept.size > mostKept) kept.delete(kept.keys().next().value ?? key);
  return list;
}

const sameParts = (a: ScoredPartner[][], b: ScoredPartner[][]) => a.length === b.length && a.every((part, i) => part === b[i]);

interface Patch {
  moved: Set<number>;
  changed: ScoredPartner[][];
}

/** The partners re-scored between kept parts and these, or undefined when a part was not patched from its kept one. */
function patchSince(before: ScoredPartner[][], now: ScoredPartner[][]): Patch | undefined {
  if (before.length !== now.length) return undefined;
  const patch: Patch = { moved: new Set(), changed: [] };
  for (let i = 0; i < now.length; i += 1) {
    const part = now[i];
    if (!part || part === before[i]) continue;
    const origin = patchOrigin(part);
    if (!origin || origin.base !== before[i]) return undefined;
    for (const id of origin.moved) patch.moved.add(id);
    patch.changed.push(part);
  }
  return patch;
}

function moveWithin(sorted: readonly ScoredPartner[], { moved, changed }: Patch): ScoredPartner[] {
  const result = sorted.filter((item) => !moved.has(item.partnerId));
  for (const part of changed) {
    for (const item of part) {
      if (!moved.has(item.partnerId)) continue;
      result.splice(firstAfter(result, item), 0, item);
    }
  }
  return result;
}

/** Where an item goes in a list in ranking order: after every item that ranks before or with it. */
function firstAfter(list: readonly ScoredPartner[], item: ScoredPartner): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const other = list[middle];
    if (other && rankOrder(other, item) <= 0) low = middle + 1;
    else high = middle;
  }
  return low;
}
