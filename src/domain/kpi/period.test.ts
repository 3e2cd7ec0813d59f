import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  dateOfDayNumber,
  dayNumber,
  daysInRange,
  isCalendarDate,
  monthBounds,
  monthsTouched,
  parseDateRange,
  periodFactor,
} from './period';

describe('calendar dates', () => {
  it('accepts real days only, leap years included', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('1900-02-29')).toBe(false);
    expect(isCalendarDate('2000-02-29')).toBe(true);
    expect(isCalendarDate('2024-04-31')).toBe(false);
    expect(isCalendarDate('2024-13-01')).toBe(false);
    expect(isCalendarDate('2024-1-01')).toBe(false);
    expect(isCalendarDate('2024-01-01T00:00')).toBe(false);
  });

  it('numbers days from 1970-01-01 like UTC does', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2024-09-28')).toBe(Date.UTC(2024, 8, 28) / 86_400_000);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
  });

  it('round-trips every day number and agrees with Date.UTC', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_000, max: 60_000 }), (days) => {
        const date = dateOfDayNumber(days);
        expect(dayNumber(date)).toBe(days);
        expect(new Date(days * 86_400_000).toISOString().slice(0, 10)).toBe(date);
      }),
    );
  });
});

describe('date ranges', () => {
  it('counts both ends', () => {
    expect(daysInRange({ from: '2024-01-01', to: '2024-01-31' })).toBe(31);
    expect(daysInRange({ from: '2024-01-01', to: '2024-01-01' })).toBe(1);
    expect(daysInRange({ from: '2024-01-01', to: '2024-12-31' })).toBe(366);
    expect(daysInRange({ from: '2024-01-01', to: '2024-09-25' })).toBe(269);
  });

  it('turns days into KPI months', () => {
    expect(periodFactor({ from: '2024-01-01', to: '2024-12-31' })).toBeCloseTo(366 / 30.4375, 12);
    // 487 days are exactly 16 KPI months (30.4375 = 487 / 16).
    expect(periodFactor({ from: '2024-01-01', to: '2025-05-01' })).toBe(16);
  });

  it('refuses a reversed range or a non-date, naming the field', () => {
    expect(() => parseDateRange({ from: '2024-02-01', to: '2024-01-31' })).toThrow(/to/);
    expect(() => parseDateRange({ from: '2024-02-30', to: '2024-03-01' })).toThrow(/from/);
    expect(parseDateRange({ from: '2024-01-01', to: '2024-01-01' })).toEqual({ from: '2024-01-01', to: '2024-01-01' });
  });

  it('lists the months a range touches, across a year end', () => {
    expect(monthsTouched({ from: '2024-01-01', to: '2024-09-25' })).toHaveLength(9);
    expect(monthsTouched({ from: '2023-11-30', to: '2024-02-01' })).toEqual(['2023-11', '2023-12', '2024-01', '2024-02']);
    expect(monthsTouched({ from: '2024-05-10', to: '2024-05-10' })).toEqual(['2024-05']);
  });

  it('knows where a month begins and ends', () => {
    expect(monthBounds('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(monthBounds('2023-02')).toEqual({ from: '2023-02-01', to: '2023-02-28' });
    expect(monthBounds('2024-12')).toEqual({ from: '2024-12-01', to: '2024-12-31' });
    expect(() => monthBounds('2024-13')).toThrow(RangeError);
  });

  it('touches as many months as the ranges it is made of', () => {
    fc.assert(
      fc.property(fc.integer({ min: 19_000, max: 21_000 }), fc.integer({ min: 0, max: 800 }), (start, length) => {
        const range = { from: dateOfDayNumber(start), to: dateOfDayNumber(start + length) };
        const months = monthsTouched(range);
        expect(months[0]).toBe(range.from.slice(0, 7));
        expect(months.at(-1)).toBe(range.to.slice(0, 7));
        const days = months.reduce((sum, month) => sum + daysInRange(monthBounds(month)), 0);
        expect(days).toBeGreaterThanOrEqual(daysInRange(range));
      }),
    );
  });
});
