import { describe, expect, it } from 'vitest';
import { meetsTarget } from './score';
import { countedTarget } from './target-display';

describe('countedTarget', () => {
  it('rounds a fractional target up to the whole units that reach it', () => {
    expect(countedTarget(35.35)).toBe(36);
    expect(countedTarget(0.01)).toBe(1);
    expect(countedTarget(2.5)).toBe(3);
  });

  it('keeps a whole target, even one carrying float noise', () => {
    expect(countedTarget(35)).toBe(35);
    expect(countedTarget(0.1 + 0.2 + 2.7)).toBe(3);
    expect(countedTarget(12.000000000001)).toBe(12);
  });

  it('shows no target as 0', () => {
    expect(countedTarget(0)).toBe(0);
    expect(countedTarget(-1)).toBe(0);
  });

  it('is the fewest whole units that meet the target', () => {
    for (const target of [0.4, 1, 7.99, 35.35, 120.5, 1234.01]) {
      const n = countedTarget(target);
      expect(meetsTarget(n, target)).toBe(true);
      expect(meetsTarget(n - 1, target)).toBe(false);
    }
  });
});
