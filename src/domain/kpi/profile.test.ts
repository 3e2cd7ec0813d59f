import { describe, expect, it } from 'vitest';
import { KpiProfileDefinition } from './profile';
import { tpbis2024Profile } from './tpbis2024';

describe('KPI profiles', () => {
  it('accepts the TPBIS 2024 profile, whose weights make 100', () => {
    expect(KpiProfileDefinition.parse(tpbis2024Profile)).toEqual(tpbis2024Profile);
    expect(tpbis2024Profile.indicators.map((i) => [i.code, i.weight])).toEqual([
      ['pelibatan', 40],
      ['peserta', 15],
      ['advokasi', 25],
      ['layanan', 10],
      ['keteraturan', 10],
    ]);
  });

  it('refuses weights that do not sum to 100', () => {
    const result = KpiProfileDefinition.safeParse({
      ...tpbis2024Profile,
      indicators: tpbis2024Profile.indicators.map((i) => (i.code === 'layanan' ? { ...i, weight: 11 } : i)),
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/sum to 100/);
  });

  it('refuses duplicate codes, a strategy indicator without targets, and yellow above green', () => {
    const [first] = tpbis2024Profile.indicators;
    const twice = [first, first].map((i) => ({ ...i, weight: 50 }));
    const duplicate = KpiProfileDefinition.safeParse({ ...tpbis2024Profile, indicators: twice });
    expect(duplicate.error?.issues.map((i) => i.message)).toEqual(['duplicate code pelibatan']);
    const noTargets = { code: 'x', label: 'X', weight: 100, kind: 'count_strategy', strategy: 'advokasi' };
    expect(KpiProfileDefinition.safeParse({ ...tpbis2024Profile, indicators: [noTargets] }).success).toBe(false);
    expect(KpiProfileDefinition.safeParse({ ...tpbis2024Profile, thresholds: { green: 50, yellow: 80 } }).success).toBe(false);
  });
});
