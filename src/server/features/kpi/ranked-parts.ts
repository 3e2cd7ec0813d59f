import { patchOrigin } from './score-patch';
import { ranked, rankOrder, type ScoredPartner } from './scoring';

/** A region's scores in ranking order, with each one's competition rank. */
export interface RankedList {
  sorted: ScoredPartner[];
  /** The competition rank of the item at an index: 1 + how many score better (equal scores share a rank). */
  rankAt: (index: number) => number;
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
 * only those partners — each taken out and put back by binary search in a copy of the list, no
 * sort of 13,000 names with a collator and no pass over them on every write; anything else is
 * sorted whole. Ranks are found when asked, by binary search on the score: a page needs 20.
 */
export function rankedParts(key: string, parts: ScoredPartner[][]): RankedList {
  const before = kept.get(key);
  if (before && sameParts(before.parts, parts)) return before;
  const patch = before && patchSince(before.parts, parts);
  const sorted = before && patch ? moveWithin(before.sorted, patch) : ranked(parts.flat());
  const list: Kept = { parts, sorted, rankAt: (index) => rankIn(sorted, index) };
  kept.delete(key);
  kept.set(key, list);
  if (kept.size > mostKept) kept.delete(kept.keys().next().value ?? key);
  return list;
}

const sameParts = (a: ScoredPartner[][], b: ScoredPartner[][]) => a.length === b.length && a.every((part, i) => part === b[i]);

/** One patch: the partners it re-scored, before and after. */
interface Step {
  replaced: readonly ScoredPartner[];
  rescored: readonly ScoredPartner[];
}

/**
 * The patches between kept parts and these, oldest first, or undefined when a part was not
 * patched from its kept one (or a list between them is gone): then the list is sorted whole.
 */
function patchSince(before: ScoredPartner[][], now: ScoredPartner[][]): Step[] | undefined {
  if (before.length !== now.length) return undefined;
  const steps: Step[] = [];
  for (let i = 0; i < now.length; i += 1) {
    const chain: Step[] = [];
    for (let part = now[i]; part !== before[i];) {
      const origin = part && patchOrigin(part);
      if (!origin || chain.length >= 64) return undefined;
      chain.push(origin);
      part = origin.base.deref() as ScoredPartner[] | undefined;
    }
    steps.push(...chain.reverse());
  }
  return steps;
}

function moveWithin(sorted: readonly ScoredPartner[], steps: readonly Step[]): ScoredPartner[] {
  const result = sorted.slice();
  for (const { replaced, rescored } of steps) {
    for (const item of replaced) {
      // The item itself sits among those that rank with it, just before the first that ranks after it.
      let at = firstAfter(result, item) - 1;
      while (at >= 0 && result[at] !== item) at -= 1;
      if (at >= 0) result.splice(at, 1);
    }
    for (const item of rescored) result.splice(firstAfter(result, item), 0, item);
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

/** Competition rank of the item at an index of a list best first: one more than the items scoring strictly higher. */
function rankIn(sorted: readonly ScoredPartner[], index: number): number {
  const score = sorted[index]?.score;
  if (score === undefined) return index + 1;
  let low = 0;
  let high = index;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle]?.score ?? -Infinity) > score) low = middle + 1;
    else high = middle;
  }
  return low + 1;
}
