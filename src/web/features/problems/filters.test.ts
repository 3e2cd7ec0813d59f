import { describe, expect, it } from 'vitest';
import { filtersFrom, hasFilters, listSearch, openProblemsPath, paramsFor } from './filters';

describe('problem list filters in the address', () => {
  it('reads what it can and drops what no filter means', () => {
    const params = new URLSearchParams('region=19.05&partner=12&status=ditangani,bogus,terbuka&category=anggaran&overdue=true&page=2');
    expect(filtersFrom(params)).toEqual({
      region: '19.05',
      partner: 12,
      status: ['terbuka', 'ditangani'],
      category: 'anggaran',
      overdue: true,
    });
    expect(filtersFrom(new URLSearchParams('region=Babel&partner=-3&status=bogus&category=uang&overdue=1'))).toEqual({
      region: undefined,
      partner: undefined,
      status: undefined,
      category: undefined,
      overdue: undefined,
    });
  });

  it('writes them back the way it reads them, without page 1 or empty filters', () => {
    const filters = { region: '19.05', status: ['terbuka', 'ditangani'] as const, overdue: true as const };
    const params = paramsFor({ ...filters, status: [...filters.status] });
    expect(params.get('status')).toBe('terbuka,ditangani');
    expect(filtersFrom(params)).toEqual({ ...filters, status: ['terbuka', 'ditangani'], partner: undefined, category: undefined });
    expect(paramsFor({ status: [] }).toString()).toBe('');
    expect(paramsFor({}, 3).toString()).toBe('page=3');
  });

  it('asks the API with the same names, and the page', () => {
    expect(new URLSearchParams(listSearch({ partner: 7, status: ['selesai'] }, 2, 25)).toString()).toBe(
      'partner=7&status=selesai&page=2&pageSize=25',
    );
  });

  it('knows an empty filter from a set one', () => {
    expect(hasFilters({})).toBe(false);
    expect(hasFilters({ status: [] })).toBe(false);
    expect(hasFilters({ category: 'sdm' })).toBe(true);
  });

  it('links a count of open problems to the list of them', () => {
    expect(openProblemsPath({ region: '19.05', overdue: true })).toBe('/kendala?region=19.05&status=terbuka%2Cditangani&overdue=true');
    expect(filtersFrom(new URLSearchParams(openProblemsPath({ partner: 4 }).split('?')[1]))).toMatchObject({
      partner: 4,
      status: ['terbuka', 'ditangani'],
    });
  });
});
