import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apportion } from './apportion';

describe('apportion', () => {
  it('splits by largest remainder', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(7, [5, 3, 2])).toEqual([4, 2, 1]);
  });

  it('gives minimums first and respects caps', () => {
    expect(apportion(10, [1, 1], { minimums: [6, 0] })).toEqual([8, 2]);
    expect(apportion(10, [10, 1, 1], { caps: [2, 100, 100] })).toEqual([2, 4, 4]);
    expect(() => apportion(3, [1, 1], { minimums: [2, 2] })).toThrow(RangeError);
    expect(() => apportion(5, [1, 1], { caps: [2, 2] })).toThrow(RangeError);
  });

  it('always hands out exactly the total within the limits', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ weight: fc.double({ min: 0.01, max: 10, noNaN: true }), minimum: fc.nat(5), room: fc.nat(50) }), {
          minLength: 1,
          maxLength: 30,
        }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (items, fill) => {
          const minimums = items.map((i) => i.minimum);
          const caps = items.map((i) => i.minimum + i.room);
          const low = minimums.reduce((a, b) => a + b, 0);
          const high = caps.reduce((a, b) => a + b, 0);
          const total = low + Math.floor((high - low) * fill);
          const shares = apportion(
            total,
            items.map((i) => i.weight),
            { minimums, caps },
          );
          expect(shares.reduce((a, b) => a + b, 0)).toBe(total);
          shares.forEach((share, i) => {
            expect(share).toBeGreaterThanOrEqual(minimums[i] ?? 0);
            expect(share).toBeLessThanOrEqual(caps[i] ?? 0);
          });
        },
      ),
    );
  });
});
