import { describe, expect, it } from 'vitest';
import { childRegionOf, colorChanges, type ColoredPartner } from './color-changes';

const partner = (partnerId: number, regionCode: string, color: ColoredPartner['color']): ColoredPartner => ({
  partnerId,
  regionCode,
  color,
});

describe('childRegionOf', () => {
  it('counts a village library under its regency in a province, and under its province in the country', () => {
    expect(childRegionOf('19')('19.05.06.2005')).toBe('19.05');
    expect(childRegionOf(null)('19.05.06.2005')).toBe('19');
    expect(childRegionOf('19.05')('19.05.06.2005')).toBe('19.05.06');
  });

  it('counts a library sitting at the region itself under that region', () => {
    expect(childRegionOf('19')('19')).toBe('19');
    expect(childRegionOf('19.05')('19.05')).toBe('19.05');
  });
});

describe('colorChanges', () => {
  const before = [
    partner(1, '19.05.06.2005', 'hijau'),
    partner(2, '19.05.01.2005', 'hijau'),
    partner(3, '19.06.04.2003', 'kuning'),
    partner(4, '19.06.04.2004', 'merah'),
    partner(5, '19.01.05.2004', 'hijau'),
  ];

  it('counts each move per child region, best colour first, and leaves out regions where nothing moves', () => {
    const after = new Map([
      [1, 'kuning'],
      [2, 'kuning'],
      [3, 'hijau'],
      [4, 'merah'],
      [5, 'hijau'],
    ] as const);
    const changes = colorChanges(before, after, childRegionOf('19'));
    expect(changes).toEqual({
      partners: 5,
      changed: 3,
      transitions: [
        { from: 'hijau', to: 'kuning', count: 2 },
        { from: 'kuning', to: 'hijau', count: 1 },
      ],
      regions: [
        { regionCode: '19.05', partners: 2, changed: 2, transitions: [{ from: 'hijau', to: 'kuning', count: 2 }] },
        { regionCode: '19.06', partners: 2, changed: 1, transitions: [{ from: 'kuning', to: 'hijau', count: 1 }] },
      ],
    });
  });

  it('says nothing changes when the colours are the same, or a partner has no new colour', () => {
    const same = new Map(before.map((p) => [p.partnerId, p.color]));
    same.delete(3);
    expect(colorChanges(before, same, childRegionOf('19'))).toEqual({ partners: 5, changed: 0, transitions: [], regions: [] });
  });
});
