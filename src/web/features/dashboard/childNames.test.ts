import { describe, expect, it } from 'vitest';
import { childRegionOf } from './childNames';

describe('childRegionOf', () => {
  const regencies = new Map([
    ['19.05', 'Kabupaten Bangka Barat'],
    ['19.06', 'Kabupaten Belitung Timur'],
  ]);

  it('finds the child region a partner lies in', () => {
    expect(childRegionOf('19.05.06.2005', regencies)).toBe('Kabupaten Bangka Barat');
    expect(childRegionOf('19.06', regencies)).toBe('Kabupaten Belitung Timur');
  });

  it('compares whole segments and finds nothing outside the children', () => {
    expect(childRegionOf('19.50.01.2001', regencies)).toBeUndefined();
    expect(childRegionOf('19', regencies)).toBeUndefined();
  });
});
