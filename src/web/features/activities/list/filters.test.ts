import { describe, expect, it } from 'vitest';
import { filtersFrom, pageFrom, paramsFor } from './filters';

describe('activity list filters in the address', () => {
  it('reads what is valid and ignores the rest', () => {
    const params = new URLSearchParams('status=returned&strategy=nope&from=2024-02-30&to=2024-09-01&partner=-3&q=%20kelas%20&page=x');
    expect(filtersFrom(params)).toEqual({
      status: 'returned',
      strategy: undefined,
      from: undefined,
      to: '2024-09-01',
      partner: undefined,
      q: 'kelas',
    });
    expect(pageFrom(params)).toBe(1);
  });

  it('round-trips, leaving out page 1 and empty filters', () => {
    const filters = { status: 'submitted' as const, partner: 12, q: 'mendongeng', strategy: undefined };
    expect(paramsFor(filters).toString()).toBe('status=submitted&partner=12&q=mendongeng');
    expect(paramsFor(filters, 3).get('page')).toBe('3');
    expect(filtersFrom(paramsFor(filters, 3))).toMatchObject(filters);
    expect(pageFrom(paramsFor(filters, 3))).toBe(3);
  });
});
