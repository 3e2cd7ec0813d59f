import { describe, expect, it } from 'vitest';
import {
  dataPeriodOf,
  openingPeriod,
  periodFromParams,
  periodOfPick,
  periodProblem,
  quickPickOf,
  quickPicksFor,
  reportSearch,
  thisMonth,
  yearToDate,
} from './period';

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
    expect(periodFromParams(params)).toEqual({ from: '2024-01-01', to: '2024-09-25' });
  });

  it('has none when they are missing or unusable, so the report opens on its default', () => {
    expect(periodFromParams(new URLSearchParams(''))).toBeNull();
    expect(periodFromParams(new URLSearchParams('from=2024-01-01'))).toBeNull();
    expect(periodFromParams(new URLSearchParams('from=2024-09-30&to=2024-09-01'))).toBeNull();
    expect(periodFromParams(new URLSearchParams('from=0224-01-01&to=2024-09-01'))).toBeNull();
  });
});

describe('the period a report opens on', () => {
  const extent = (lastDate: string | null, demoPeriod: { from: string; to: string } | null = null) => ({
    firstDate: lastDate === null ? null : '2024-01-01',
    lastDate,
    demoPeriod,
  });

  it('is the demo’s period while the data is the demo’s, though its reports run a few days longer', () => {
    const data = dataPeriodOf(extent('2024-09-28', { from: '2024-01-01', to: '2024-09-25' }), '2026-12-01');
    expect(data).toEqual({ period: { from: '2024-01-01', to: '2024-09-25' }, kind: 'demo', lastDate: '2024-09-28' });
    expect(openingPeriod(data, '2026-12-01')).toEqual({ from: '2024-01-01', to: '2024-09-25' });
  });

  it('is the year of the last report, up to it, when that is an earlier year', () => {
    const data = dataPeriodOf(extent('2025-11-14'), '2026-02-03');
    expect(data).toEqual({ period: { from: '2025-01-01', to: '2025-11-14' }, kind: 'latest', lastDate: '2025-11-14' });
    expect(openingPeriod(data, '2026-02-03')).toEqual({ from: '2025-01-01', to: '2025-11-14' });
  });

  it('is this year to date when this year has reports, or nothing was reported yet', () => {
    for (const lastDate of ['2026-01-05', null]) {
      const data = dataPeriodOf(extent(lastDate), '2026-02-03');
      expect(data).toBeNull();
      expect(openingPeriod(data, '2026-02-03')).toEqual({ from: '2026-01-01', to: '2026-02-03' });
    }
  });

  it('is offered as a quick pick beside this month and this year, unless it is one of them', () => {
    const data = dataPeriodOf(extent('2025-11-14'), '2026-02-03');
    expect(quickPicksFor(data, '2026-02-03')).toEqual(['month', 'year', 'data', 'custom']);
    expect(quickPickOf({ from: '2025-01-01', to: '2025-11-14' }, '2026-02-03', data)).toBe('data');
    expect(periodOfPick('data', '2026-02-03', data)).toEqual({ from: '2025-01-01', to: '2025-11-14' });
    expect(quickPicksFor(null, '2026-02-03')).toEqual(['month', 'year', 'custom']);
    // A demo whose period happens to be this year to date needs no pick of its own.
    const sameAsYear = dataPeriodOf(extent('2024-09-28', { from: '2024-01-01', to: '2024-09-25' }), '2024-09-25');
    expect(quickPicksFor(sameAsYear, '2024-09-25')).toEqual(['month', 'year', 'custom']);
  });
});

describe('reportSearch', () => {
  it('puts the region first and leaves it out when there is none', () => {
    const period = { from: '2024-01-01', to: '2024-09-25' };
    expect(reportSearch('19.05', period)).toBe('region=19.05&from=2024-01-01&to=2024-09-25');
    expect(reportSearch(null, period)).toBe('from=2024-01-01&to=2024-09-25');
  });
});
