import { describe, expect, it } from 'vitest';
import { formatCompact, formatDecimal, formatNumber, formatShare } from './format';

describe('formatting in Indonesian', () => {
  it('groups thousands with a dot, as the source document writes 8.746', () => {
    expect(formatNumber(8746, 'id-ID')).toBe('8.746');
    expect(formatNumber(8746, 'en-GB')).toBe('8,746');
  });

  it('keeps two decimals of a score with a decimal comma', () => {
    expect(formatDecimal(79.99, 'id-ID')).toBe('79,99');
    expect(formatDecimal(100, 'id-ID')).toBe('100');
    expect(formatDecimal(32.065, 'en-GB')).toBe('32.07');
  });

  it('shortens axis numbers', () => {
    expect(formatCompact(60000, 'id-ID')).toBe('60\u00a0rb');
    expect(formatCompact(1200, 'en-GB')).toBe('1.2k');
    expect(formatCompact(600, 'id-ID')).toBe('600');
  });

  it('writes shares as whole percentages', () => {
    expect(formatShare(1, 3, 'en-GB')).toBe('33%');
    expect(formatShare(0, 0, 'en-GB')).toBe('0%');
  });
});
