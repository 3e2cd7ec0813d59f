import { describe, expect, it } from 'vitest';
import { weightTotal, weightsMakeWhole } from './profile';
import { versionInForce } from './profile-versions';

describe('versionInForce', () => {
  const versions = [
    { version: 1, effectiveFrom: '2018-01-01' },
    { version: 2, effectiveFrom: '2024-02-01' },
    { version: 3, effectiveFrom: '2025-01-01' },
    { version: 4, effectiveFrom: '2024-02-01' },
  ];

  it('is the latest started on the day, the higher version on the same date', () => {
    expect(versionInForce(versions, '2024-01-31')?.version).toBe(1);
    expect(versionInForce(versions, '2024-02-01')?.version).toBe(4);
    expect(versionInForce(versions, '2024-12-31')?.version).toBe(4);
    expect(versionInForce(versions, '2025-06-01')?.version).toBe(3);
  });

  it('is the earliest before any version starts, and none without versions', () => {
    expect(versionInForce(versions, '2017-12-31')?.version).toBe(1);
    expect(versionInForce([], '2024-01-01')).toBeUndefined();
  });
});

describe('weightTotal', () => {
  it('adds the weights, and 100 give or take float noise makes them whole', () => {
    expect(weightTotal([{ weight: 40 }, { weight: 15 }, { weight: 25 }])).toBe(80);
    expect(weightsMakeWhole(weightTotal([{ weight: 33.3 }, { weight: 33.3 }, { weight: 33.4 }]))).toBe(true);
    expect(weightsMakeWhole(99.9)).toBe(false);
  });
});
