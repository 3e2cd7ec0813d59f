import { describe, expect, it } from 'vitest';
import { periodFactor } from './period';

describe('the period factor', () => {
  it('turns days into KPI months', () => {
    expect(periodFactor({ from: '2024-01-01', to: '2024-12-31' })).toBeCloseTo(366 / 30.4375, 12);
    // 487 days are exactly 16 KPI months (30.4375 = 487 / 16).
    expect(periodFactor({ from: '2024-01-01', to: '2025-05-01' })).toBe(16);
  });
});
