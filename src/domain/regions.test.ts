import { describe, expect, it } from 'vitest';
import { isWithinRegion, levelOfCode, lineageOfCode, parentOfCode, RegionCode } from './regions';

describe('region codes', () => {
  it('knows the level from the code', () => {
    expect(['19', '19.05', '19.05.03', '19.05.03.2007'].map(levelOfCode)).toEqual(['provinsi', 'kabkota', 'kecamatan', 'desa']);
  });
  it('walks up the hierarchy', () => {
    expect(parentOfCode('19.05.03.2007')).toBe('19.05.03');
    expect(parentOfCode('19')).toBeNull();
    expect(lineageOfCode('19.05.03.2007')).toEqual(['19', '19.05', '19.05.03', '19.05.03.2007']);
  });
  it('compares whole segments', () => {
    expect(isWithinRegion('19.05.03', '19')).toBe(true);
    expect(isWithinRegion('19', '19')).toBe(true);
    expect(isWithinRegion('19.05', '19.0')).toBe(false);
    expect(isWithinRegion('190', '19')).toBe(false);
  });
  it('accepts only well-formed codes', () => {
    for (const ok of ['11', '19.05', '19.05.03', '19.05.03.2007']) expect(RegionCode.safeParse(ok).success).toBe(true);
    for (const bad of ['1', '19.5', '19.05.03.207', 'abc', '19.05.03.2007.1', '']) expect(RegionCode.safeParse(bad).success).toBe(false);
  });
});
