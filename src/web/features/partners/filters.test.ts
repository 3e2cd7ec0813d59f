import { describe, expect, it } from 'vitest';
import { partnerFiltersFrom, partnerParamsFor } from './filters';

describe('partner list filters in the address', () => {
  it('reads valid values, keeps active=false, and drops the rest', () => {
    const params = new URLSearchParams('region=19.05&type=desa&scheme=x&cohortYear=2017&active=false&q=puput');
    expect(partnerFiltersFrom(params)).toEqual({
      region: '19.05',
      type: 'desa',
      scheme: undefined,
      cohortYear: undefined,
      active: false,
      q: 'puput',
    });
  });

  it('round-trips', () => {
    const filters = { region: '19', scheme: 'full_support' as const, cohortYear: 2019, active: true };
    expect(partnerFiltersFrom(partnerParamsFor(filters, 2))).toMatchObject(filters);
    expect(partnerParamsFor(filters, 2).get('page')).toBe('2');
  });
});
