import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom, mulberry32 } from './random';

describe('the seeded random source', () => {
  it('repeats its sequence for a seed and differs across seeds', () => {
    const take = (seed: number) => Array.from({ length: 5 }, mulberry32(seed));
    expect(take(1)).toEqual(take(1));
    expect(take(1)).not.toEqual(take(2));
    expect(take(1).every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('keeps whole numbers within both bounds and shuffles into a permutation', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: -50, max: 50 }), fc.nat(20), (seed, min, span) => {
        const random = createRandom(seed);
        const n = random.int(min, min + span);
        expect(Number.isInteger(n) && n >= min && n <= min + span).toBe(true);
        const items = Array.from({ length: span }, (_, i) => i);
        expect(random.shuffle(items).sort((a, b) => a - b)).toEqual(items);
      }),
    );
  });

  it('never picks an item of weight zero', () => {
    const random = createRandom(7);
    const picks = Array.from({ length: 500 }, () =>
      random.weighted([
        { value: 'a', weight: 0 },
        { value: 'b', weight: 1 },
        { value: 'c', weight: 0 },
      ]),
    );
    expect(new Set(picks)).toEqual(new Set(['b']));
  });
});
