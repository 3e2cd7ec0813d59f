import { describe, expect, it } from 'vitest';
import {
  ancestorAt,
  childLevelOf,
  isProvince,
  isWithinRegion,
  levelOfCode,
  lineageOfCode,
  parentOfCode,
  prefixLengthOf,
  provinceOf,
  RegionCode,
  regionLevels,
} from './regions';

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

describe('the region vocabulary', () => {
  const village = '19.05.03.2007';

  it('knows how long each level’s prefix is', () => {
    expect(regionLevels.map(prefixLengthOf)).toEqual([2, 5, 8, 13]);
    for (const code of lineageOfCode(village)) expect(code).toHaveLength(prefixLengthOf(levelOfCode(code)));
  });

  it('finds the ancestor at any level, or none above the code', () => {
    expect(regionLevels.map((level) => ancestorAt(village, level))).toEqual(lineageOfCode(village));
    expect(ancestorAt('19.05', 'kabkota')).toBe('19.05');
    expect(ancestorAt('19.05', 'kecamatan')).toBeNull();
    expect(ancestorAt('19', 'desa')).toBeNull();
  });

  it('names the province of every code', () => {
    expect(['19', '19.05', '19.05.03', village].map(provinceOf)).toEqual(['19', '19', '19', '19']);
    expect(provinceOf('11.01')).toBe('11');
    expect(isProvince('19')).toBe(true);
    expect(isProvince('19.05')).toBe(false);
  });

  it('steps one level down, from the whole country to the villages', () => {
    expect(childLevelOf(null)).toBe('provinsi');
    expect(childLevelOf('provinsi')).toBe('kabkota');
    expect(childLevelOf('kecamatan')).toBe('desa');
    expect(childLevelOf('desa')).toBeNull();
  });

  it('agrees with isWithinRegion: a code lies within exactly its ancestors', () => {
    for (const level of regionLevels) {
      const ancestor = ancestorAt(village, level);
      if (ancestor !== null) expect(isWithinRegion(village, ancestor)).toBe(true);
    }
    expect(isWithinRegion(village, '19.05.0')).toBe(false);
  });
});
