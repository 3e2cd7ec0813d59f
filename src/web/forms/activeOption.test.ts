import { describe, expect, it } from 'vitest';
import { moveActive } from './activeOption';

describe('moveActive', () => {
  it('enters the list at the first option going down and at the last going up', () => {
    expect(moveActive(-1, 3, 1)).toBe(0);
    expect(moveActive(-1, 3, -1)).toBe(2);
  });

  it('moves one option at a time and wraps at both ends', () => {
    expect(moveActive(0, 3, 1)).toBe(1);
    expect(moveActive(2, 3, 1)).toBe(0);
    expect(moveActive(0, 3, -1)).toBe(2);
  });

  it('has nothing to move to in an empty list, and starts again when the list shrank', () => {
    expect(moveActive(-1, 0, 1)).toBe(-1);
    expect(moveActive(5, 2, 1)).toBe(0);
  });
});
