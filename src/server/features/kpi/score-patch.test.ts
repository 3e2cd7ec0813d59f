import { describe, expect, it } from 'vitest';
import { patchedScores, patchOrigin } from './score-patch';

const item = (partnerId: number, score: number) => ({ partnerId, score });

describe('patchedScores', () => {
  it('replaces a moved partner in place, drops one with no new score and adds a newcomer', () => {
    const stale = [item(1, 10), item(2, 20), item(3, 30)];
    expect(patchedScores(stale, [2, 3, 4], [item(2, 25), item(4, 40)])).toEqual([item(1, 10), item(2, 25), item(4, 40)]);
    expect(stale).toEqual([item(1, 10), item(2, 20), item(3, 30)]);
  });

  it('tells what it re-scored, before and after, for summaries and rankings to move on from', () => {
    const stale = [item(1, 10), item(2, 20), item(3, 30)];
    const patched = patchedScores(stale, [2, 3, 4], [item(2, 25), item(4, 40)]);
    const origin = patchOrigin(patched);
    expect(origin?.base.deref()).toBe(stale);
    expect(origin?.replaced).toEqual([item(2, 20), item(3, 30)]);
    expect(origin?.rescored).toEqual([item(2, 25), item(4, 40)]);
  });

  it('is the same list when nothing moved', () => {
    const stale = [item(1, 10)];
    expect(patchedScores(stale, [], [])).toEqual(stale);
  });
});
