import { describe, expect, it } from 'vitest';
import { CompletenessQuery, completenessRate, onTimeBefore, reportingDeadlineDate, submittedOnTime } from './completeness';

describe('the reporting deadline', () => {
  it('is day 5 of the next month by default, across a year end', () => {
    expect(reportingDeadlineDate('2024-06', 5)).toBe('2024-07-05');
    expect(reportingDeadlineDate('2024-12', 5)).toBe('2025-01-05');
    expect(reportingDeadlineDate('2024-01', 28)).toBe('2024-02-28');
  });

  it('lasts until the deadline day has ended in Western Indonesia', () => {
    expect(onTimeBefore('2024-06', 5)).toBe('2024-07-05T17:00:00.000Z');
    expect(submittedOnTime('2024-07-05T23:59:00+07:00', '2024-06', 5)).toBe(true);
    expect(submittedOnTime('2024-07-06T00:00:00+07:00', '2024-06', 5)).toBe(false);
    // 23:30 in Papua (WIT) on the 5th is still the 5th in Jakarta.
    expect(submittedOnTime('2024-07-05T23:30:00+09:00', '2024-06', 5)).toBe(true);
  });
});

describe('the completeness request and rate', () => {
  it('takes a real month only, naming month', () => {
    expect(CompletenessQuery.safeParse({ month: '2024-06' }).success).toBe(true);
    for (const month of ['2024-13', '2024-00', '24-06', '2024-6', '2101-01']) {
      const parsed = CompletenessQuery.safeParse({ month });
      expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual(['month']);
    }
  });

  it('is a fraction, 0 where there is no partner', () => {
    expect(completenessRate(2, 3)).toBeCloseTo(2 / 3);
    expect(completenessRate(0, 0)).toBe(0);
  });
});
