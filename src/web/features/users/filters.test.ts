import { describe, expect, it } from 'vitest';
import { filtersFrom, listSearch, paramsFor } from './filters';

describe('the users list in the address', () => {
  it('reads back what it wrote, and drops what it does not know', () => {
    const filters = { q: 'sari', role: 'pengelola', region: '19.05', active: false } as const;
    expect(filtersFrom(paramsFor(filters, 2))).toEqual(filters);
    expect(filtersFrom(new URLSearchParams('role=raja&region=19.99.x&active=maybe&q=%20'))).toEqual({
      q: undefined,
      role: undefined,
      region: undefined,
      active: undefined,
    });
    expect(listSearch({ active: true }, 3, 25)).toBe('active=true&page=3&pageSize=25');
  });
});
