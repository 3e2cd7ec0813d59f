import { describe, expect, it } from 'vitest';
import { activitySubtypes, isSubtypeOf, subtypesOf } from './subtypes';
import { strategies } from './taxonomy';

describe('activity sub-types', () => {
  it('gives every strategy its sub-types, each code once', () => {
    expect(strategies.map((s) => subtypesOf(s).length)).toEqual([4, 8, 5]);
    expect(new Set(activitySubtypes.map((s) => s.code)).size).toBe(activitySubtypes.length);
    expect(activitySubtypes.every((s) => s.label_id.length > 0 && s.label_en.length > 0)).toBe(true);
  });

  it('matches a sub-type to its own strategy only', () => {
    expect(isSubtypeOf('mou', 'advokasi')).toBe(true);
    expect(isSubtypeOf('mou', 'pelibatan_masyarakat')).toBe(false);
    expect(isSubtypeOf('unknown', 'advokasi')).toBe(false);
  });
});
