import { describe, expect, it } from 'vitest';
import { oneOf, strategies } from './taxonomy';

describe('oneOf', () => {
  const asStrategy = oneOf(strategies, 'strategy');

  it('passes a known value through', () => {
    for (const s of strategies) expect(asStrategy(s)).toBe(s);
  });

  it('refuses anything else, naming what it expected', () => {
    expect(() => asStrategy('Advokasi')).toThrow('not a strategy: "Advokasi"');
    expect(() => asStrategy('')).toThrow('not a strategy');
  });
});
