import { describe, expect, it } from 'vitest';
import { bookletHref, filtersFrom, hasFilters, listSearch, pageFrom, paramsFor } from './filters';

describe('gallery filters in the address', () => {
  it('reads what is valid and ignores the rest', () => {
    const params = new URLSearchParams('q=%20menjahit%20&strategy=nope&region=19.05&featured=1&status=published&partner=-2&page=x');
    expect(filtersFrom(params)).toEqual({
      q: 'menjahit',
      strategy: undefined,
      region: '19.05',
      featured: true,
      status: undefined,
      partner: undefined,
    });
    expect(pageFrom(params)).toBe(1);
    expect(filtersFrom(new URLSearchParams('region=Bangka&featured=yes')).region).toBeUndefined();
  });

  it('round-trips, leaving out page 1, the published tab and empty filters', () => {
    const filters = { q: 'kelas', strategy: 'advokasi' as const, featured: true as const, status: 'submitted' as const, partner: 12 };
    expect(paramsFor(filters).toString()).toBe('q=kelas&strategy=advokasi&featured=1&status=submitted&partner=12');
    expect(paramsFor({ status: 'published' }).toString()).toBe('');
    expect(filtersFrom(paramsFor(filters, 3))).toMatchObject(filters);
    expect(pageFrom(paramsFor(filters, 3))).toBe(3);
  });

  it('counts what a person filtered by, not the tab they are on', () => {
    expect(hasFilters({ status: 'draft' })).toBe(false);
    expect(hasFilters({ featured: true })).toBe(true);
  });

  it('asks the API for published stories unless a tab says otherwise', () => {
    expect(listSearch({ featured: true }, 2, 12)).toBe('featured=true&status=published&page=2&pageSize=12');
    expect(new URLSearchParams(listSearch({ status: 'returned', partner: 4 }, 1, 3)).get('status')).toBe('returned');
  });
});

describe('the booklet address', () => {
  it('covers the region, period and featured mark, or exactly the stories chosen', () => {
    expect(bookletHref({ region: '19', from: '2024-01-01', to: '2024-09-25', featured: true, ids: [] })).toEqual({
      ok: true,
      href: '/api/practices/booklet.pdf?region=19&from=2024-01-01&to=2024-09-25&featured=true',
    });
    expect(bookletHref({ region: '19', from: '2024-01-01', to: '', featured: true, ids: [8, 3] })).toEqual({
      ok: true,
      href: '/api/practices/booklet.pdf?ids=8%2C3',
    });
    expect(bookletHref({ from: '', to: '', featured: false, ids: [] })).toEqual({ ok: true, href: '/api/practices/booklet.pdf' });
  });

  it('names the end of a period that ends before it starts, as the server would', () => {
    const link = bookletHref({ from: '2024-09-25', to: '2024-01-01', featured: false, ids: [] });
    expect(link.ok).toBe(false);
    expect(link.ok ? [] : link.issues.map((issue) => issue.path.join('.'))).toEqual(['to']);
  });
});
