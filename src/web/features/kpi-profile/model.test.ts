import { describe, expect, it } from 'vitest';
import { KpiProfileDefinition } from '#domain/kpi/profile';
import { tpbis2024Profile } from '#domain/kpi/tpbis2024';
import { definitionOf, draftOf, numberOf, numberText, typedWeightTotal } from './model';

describe('the profile form', () => {
  it('shows one activity a quarter as 1/3 and gives back exactly the profile it was seeded with', () => {
    const draft = draftOf(tpbis2024Profile);
    expect(draft.indicators.find((i) => i.indicator.code === 'layanan')?.targets?.desa).toBe('1/3');
    expect(definitionOf(draft)).toEqual(tpbis2024Profile);
    expect(typedWeightTotal(draft)).toBe(100);
  });

  it('reads decimals with a comma or a point, fractions, and nothing else', () => {
    expect([numberOf('0,5'), numberOf('2.25'), numberOf(' 2/3 '), numberOf('12')]).toEqual([0.5, 2.25, 2 / 3, 12]);
    expect([numberOf(''), numberOf('dua'), numberOf('1/'), numberOf('1,2,3')].every(Number.isNaN)).toBe(true);
    expect(numberText(0.125)).toBe('0.125');
  });

  it('counts a box that is not a number as 0 in the running total, and the schema names it', () => {
    const draft = draftOf(tpbis2024Profile);
    const first = draft.indicators[0];
    if (first) first.weight = '';
    expect(typedWeightTotal(draft)).toBe(60);
    const fields = KpiProfileDefinition.safeParse(definitionOf(draft)).error?.issues.map((i) => i.path.join('.'));
    expect(fields).toContain('indicators.0.weight');
  });
});
