import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  CalendarDate,
  dateAtOffset,
  dateOfDayNumber,
  dayNumber,
  daysInRange,
  formatDate,
  formatMonth,
  isCalendarDate,
  isWithinDateBounds,
  latestTodayInIndonesia,
  localToday,
  monthBounds,
  monthsTouched,
  parseDateRange,
  shiftMonth,
  startOfMonth,
  startOfYear,
  todayIn,
} from './calendar';

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

describe('the date schema', () => {
  it('tells a wrong shape from a day that does not exist', () => {
    const issueOf = (value: unknown) => CalendarDate.safeParse(value).error?.issues[0]?.code;
    expect(CalendarDate.parse('2024-02-29')).toBe('2024-02-29');
    expect(issueOf('2024/02/29')).toBe('invalid_format');
    expect(issueOf('2024-2-29')).toBe('invalid_format');
    expect(issueOf('2023-02-29')).toBe('custom');
    expect(issueOf(20240229)).toBe('invalid_type');
  });

  it('agrees with the day arithmetic on every day it accepts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), (y, m, d) => {
        const date = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const accepted = CalendarDate.safeParse(date).success;
        expect(accepted).toBe(isCalendarDate(date));
        if (accepted) expect(dateOfDayNumber(dayNumber(date))).toBe(date);
      }),
    );
  });

  it('keeps dates inside the years a report can be about', () => {
    expect(isWithinDateBounds('2000-01-01')).toBe(true);
    expect(isWithinDateBounds('2100-12-31')).toBe(true);
    expect(isWithinDateBounds('1999-12-31')).toBe(false);
    expect(isWithinDateBounds('0224-01-01')).toBe(false);
    expect(isWithinDateBounds('2101-01-01')).toBe(false);
    expect(isWithinDateBounds('2024-02-30')).toBe(false);
  });
});

describe('months', () => {
  it('and years begin on their first day', () => {
    expect(startOfMonth('2024-09-25')).toBe('2024-09-01');
    expect(startOfYear('2024-09-25')).toBe('2024-01-01');
  });

  it('shift across year ends, both ways', () => {
    expect(shiftMonth('2024-01', -1)).toBe('2023-12');
    expect(shiftMonth('2024-09', -11)).toBe('2023-10');
    expect(shiftMonth('2024-12', 1)).toBe('2025-01');
    expect(shiftMonth('2024-05', 0)).toBe('2024-05');
    expect(shiftMonth('2024-05', 24)).toBe('2026-05');
    expect(() => shiftMonth('2024-13', 1)).toThrow(RangeError);
  });

  it('are named by Intl in Indonesian and English', () => {
    const names = (locale: string) => monthsTouched({ from: '2024-01-01', to: '2024-12-31' }).map((m) => formatMonth(m, locale, 'long'));
    expect(names('id-ID').map((name) => name.replace(' 2024', ''))).toEqual([
      'Januari',
      'Februari',
      'Maret',
      'April',
      'Mei',
      'Juni',
      'Juli',
      'Agustus',
      'September',
      'Oktober',
      'November',
      'Desember',
    ]);
    expect(names('en-GB')[4]).toBe('May 2024');
    expect(formatMonth('2024-08', 'id-ID', 'short')).toBe('Agu 24');
  });
});

describe('today in Indonesia', () => {
  // 2024-09-27 15:30 UTC: 00:30 on the 28th in Jayapura (WIT), 22:30 on the 27th in Jakarta (WIB).
  const instant = new Date(Date.UTC(2024, 8, 27, 15, 30));

  it('depends on the zone', () => {
    expect(todayIn('WIB', instant)).toBe('2024-09-27');
    expect(todayIn('WITA', instant)).toBe('2024-09-27');
    expect(todayIn('WIT', instant)).toBe('2024-09-28');
    expect(todayIn('WIB', new Date(Date.UTC(2024, 8, 27, 17, 0)))).toBe('2024-09-28');
    expect(todayIn('WIT', new Date(Date.UTC(2024, 8, 27, 14, 59)))).toBe('2024-09-27');
  });

  it('is at its latest in the easternmost zone, across a year end too', () => {
    expect(latestTodayInIndonesia(new Date(Date.UTC(2024, 11, 31, 15, 0)))).toBe('2025-01-01');
    expect(latestTodayInIndonesia(new Date(Date.UTC(2024, 11, 31, 14, 59)))).toBe('2024-12-31');
    expect(dateAtOffset(new Date(Date.UTC(1969, 11, 31, 23, 0)), 0)).toBe('1969-12-31');
  });

  it('on the device is the device calendar, not UTC', () => {
    expect(localToday(new Date(2024, 8, 25, 23, 59))).toBe('2024-09-25');
    expect(localToday(new Date(2024, 0, 1, 0, 0))).toBe('2024-01-01');
    expect(localToday(new Date(2024, 8, 28, 0, 30))).toBe('2024-09-28');
  });
});

describe('formatting', () => {
  it('writes a day as people do, never shifted by the time zone', () => {
    expect(formatDate('2024-09-25', 'id-ID', 'long')).toBe('25 September 2024');
    expect(formatDate('2024-01-01', 'en-GB', 'long')).toBe('1 January 2024');
    expect(formatDate('2024-01-01', 'id-ID', 'long')).toBe('1 Januari 2024');
    expect(formatDate('2024-08-17', 'id-ID')).toBe('17 Agu 2024');
    expect(formatDate('not a date', 'id-ID')).toBe('not a date');
  });

  it('writes a month in full or for an axis', () => {
    expect(formatMonth('2024-03', 'id-ID', 'long')).toBe('Maret 2024');
    expect(formatMonth('2024-08', 'id-ID', 'short')).toBe('Agu 24');
    expect(formatMonth('2024-12', 'en-GB', 'short')).toBe('Dec 24');
  });
});
