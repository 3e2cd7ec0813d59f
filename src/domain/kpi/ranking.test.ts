import { describe, expect, it } from 'vitest';
import type { KpiListItem } from '#domain/dashboard';
import { filterRanking, pageOf, rankPartners, sortRanking } from './ranking';

const partner = (partnerId: number, name: string, score: number): KpiListItem => ({
  partnerId,
  name,
  type: 'desa',
  scheme: 'full_support',
  regionCode: '19.05.06.2005',
  score,
  color: score >= 80 ? 'hijau' : score >= 50 ? 'kuning' : 'merah',
  indicators: [],
});

const items = [
  partner(1, 'Perpusdes Puput', 100),
  partner(2, 'Perpusdes Cendil', 100),
  partner(3, 'TBM Pelangi', 79.99),
  partner(4, 'Perpusdes Air Belo', 45),
];

describe('rankPartners', () => {
  it('gives equal scores the same rank and skips the next', () => {
    expect(rankPartners(items).map((p) => [p.name, p.rank])).toEqual([
      ['Perpusdes Puput', 1],
      ['Perpusdes Cendil', 1],
      ['TBM Pelangi', 3],
      ['Perpusdes Air Belo', 4],
    ]);
  });

  it('ranks by score even when the list comes unsorted', () => {
    expect(rankPartners([...items].reverse()).map((p) => p.partnerId)).toEqual([2, 1, 3, 4]);
  });
});

describe('sortRanking', () => {
  const ranked = rankPartners(items);
  it('sorts by name from A to Z', () => {
    expect(sortRanking(ranked, 'name', 'id-ID').map((p) => p.name)).toEqual([
      'Perpusdes Air Belo',
      'Perpusdes Cendil',
      'Perpusdes Puput',
      'TBM Pelangi',
    ]);
  });

  it('sorts by score, highest first', () => {
    expect(sortRanking(sortRanking(ranked, 'name', 'id-ID'), 'score', 'id-ID').map((p) => p.rank)).toEqual([1, 1, 3, 4]);
  });
});

describe('filterRanking', () => {
  it('finds partners by every typed word, in any case', () => {
    const ranked = rankPartners(items);
    expect(filterRanking(ranked, 'puPUT').map((p) => p.partnerId)).toEqual([1]);
    expect(filterRanking(ranked, 'perpusdes  belo').map((p) => p.partnerId)).toEqual([4]);
    expect(filterRanking(ranked, '  ')).toHaveLength(4);
  });
});

describe('pageOf', () => {
  it('cuts a list into pages and keeps the page inside the list', () => {
    const list = Array.from({ length: 45 }, (_, i) => i);
    expect(pageOf(list, 1, 20)).toMatchObject({ page: 1, pages: 3, items: list.slice(0, 20) });
    expect(pageOf(list, 3, 20).items).toEqual([40, 41, 42, 43, 44]);
    expect(pageOf(list, 9, 20).page).toBe(3);
    expect(pageOf([], 1, 20)).toEqual({ items: [], page: 1, pages: 1 });
  });
});
