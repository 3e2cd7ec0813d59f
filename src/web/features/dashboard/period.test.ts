import { describe, expect, it } from 'vitest';
import { periodFromParams, periodProblem, quickPickOf, reportSearch, thisMonth, yearToDate } from './period';

describe('quick picks', () => {
  it('end today', () => {
    expect(thisMonth('2024-09-25')).toEqual({ from: '2024-09-01', to: '2024-09-25' });
    expect(yearToDate('2024-09-25')).toEqual({ from: '2024-01-01', to: '2024-09-25' });
  });

  it('recognise a range that is one of them', () => {
    expect(quickPickOf({ from: '2024-09-01', to: '2024-09-25' }, '2024-09-25')).toBe('month');
    expect(quickPickOf({ from: '2024-01-01', to: '2024-09-25' }, '2024-09-25')).toBe('year');
    expect(quickPickOf({ from: '2024-01-01', to: '2024-09-24' }, '2024-09-25')).toBe('custom');
    // On 1 January both picks are one day long.
    expect(quickPickOf({ from: '2025-01-01', to: '2025-01-01' }, '2025-01-01')).toBe('month');
  });
});

describe('periodProblem', () => {
  it('accepts a range the API takes', () => {
    expect(periodProblem({ from: '2024-01-01', to: '2024-09-25' })).toBeNull();
    expect(periodProblem({ from: '2024-02-29', to: '2024-02-29' })).toBeNull();
  });

  it('names the field that is wrong', () => {
    expect(periodProblem({ from: '', to: '2024-09-25' })).toBe('invalidFrom');
    expect(periodProblem({ from: '2023-02-29', to: '2024-09-25' })).toBe('invalidFrom');
    expect(periodProblem({ from: '0224-01-01', to: '2024-09-25' })).toBe('invalidFrom');
    expect(periodProblem({ from: '2024-01-01', to: '2024-13-01' })).toBe('invalidTo');
    expect(periodProblem({ from: '2024-09-26', to: '2024-09-25' })).toBe('order');
  });
});

describe('periodFromParams', () => {
  it('reads from and to', () => {
    const params = new URLSearchParams('region=19&from=2024-01-01&to=2024-09-25');
    expect(periodFromParams(params, '2025-03-10')).toEqual({ from: '2024-01-01', to: '2024-09-25' });
  });

  it('falls back to this year to date when missing or unusable', () => {
    expect(periodFromParams(new URLSearchParams(''), '2025-03-10')).toEqual({ from: '2025-01-01', to: '2025-03-10' });
    expect(periodFromParams(new URLSearchParams('from=2024-09-30&to=2024-09-01'), '2025-03-10')).toEqual({
      from: '2025-01-01',
      to: '2025-03-10',
    });
  });
});

describe('reportSearch', () => {
  it('puts the region first and leaves it out when there is none', () => {
    const period = { from: '2024-01-01', to: '2024-09-25' };
    expect(reportSearch('19.05', period)).toBe('region=19.05&from=2024-01-01&to=2024-09-25');
    expect(reportSearch(null, period)).toBe('from=2024-01-01&to=2024-09-25');
  });
});
