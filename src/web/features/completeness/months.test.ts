import { describe, expect, it } from 'vitest';
import { monthChoices, openingMonth, periodMonths, trendRange } from './months';

const demo = { firstDate: '2024-01-02', lastDate: '2024-09-25', demoPeriod: { from: '2024-01-01', to: '2024-09-25' } };

describe('the months of the completeness screen', () => {
  it("opens on the data's last month, else this month", () => {
    expect(openingMonth(demo, '2026-11-28')).toBe('2024-09');
    expect(openingMonth({ firstDate: null, lastDate: null, demoPeriod: null }, '2026-11-28')).toBe('2026-11');
  });

  it('offers the months from the first report to this month, newest first, at most five years', () => {
    const months = monthChoices(demo, '2024-11-10', '2024-09');
    expect(months[0]).toBe('2024-11');
    expect(months.at(-1)).toBe('2024-01');
    expect(months).toHaveLength(11);
    expect(monthChoices(demo, '2030-01-01', '2024-09')).toHaveLength(61);
  });

  it('shows the year up to the month, never before the first report', () => {
    expect(trendRange('2024-09', demo)).toEqual({ from: '2024-01', to: '2024-09' });
    expect(trendRange('2025-06', demo)).toEqual({ from: '2024-07', to: '2025-06' });
  });

  it("averages a dashboard period's months, the latest 36 at most", () => {
    expect(periodMonths({ from: '2024-01-01', to: '2024-09-25' })).toEqual({ from: '2024-01', to: '2024-09' });
    expect(periodMonths({ from: '2018-01-01', to: '2024-09-25' })).toEqual({ from: '2021-10', to: '2024-09' });
  });
});
