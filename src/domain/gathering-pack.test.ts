import { describe, expect, it } from 'vitest';
import { packPeriod, PackQuery } from './gathering-pack';

describe('the period a gathering pack covers', () => {
  it('is the gathering’s year up to the day before it, unless asked otherwise', () => {
    expect(packPeriod('2024-09-28', {})).toEqual({ ok: true, range: { from: '2024-01-01', to: '2024-09-27' } });
    expect(packPeriod('2024-09-28', { to: '2024-09-25' })).toEqual({ ok: true, range: { from: '2024-01-01', to: '2024-09-25' } });
    expect(packPeriod('2024-09-28', { from: '2023-07-01' })).toEqual({ ok: true, range: { from: '2023-07-01', to: '2024-09-27' } });
  });

  it('for a gathering on 1 January is the whole year before', () => {
    expect(packPeriod('2025-01-01', {})).toEqual({ ok: true, range: { from: '2024-01-01', to: '2024-12-31' } });
  });

  it('names the end that was given when it lands beyond the other end’s default', () => {
    expect(packPeriod('2024-09-28', { from: '2024-10-01' })).toMatchObject({ ok: false, field: 'from' });
    expect(packPeriod('2024-09-28', { to: '2023-12-31' })).toMatchObject({ ok: false, field: 'to' });
  });

  it('refuses a reversed or impossible period, naming the field', () => {
    const issues = (q: unknown) => {
      const found = PackQuery.safeParse(q).error?.issues.map((i) => i.path.join('.'));
      return found && [...new Set(found)];
    };
    expect(issues({ from: '2024-09-25', to: '2024-01-01' })).toEqual(['to']);
    expect(issues({ from: '2024-02-30' })).toEqual(['from']);
    expect(issues({ to: '0224-01-01' })).toEqual(['to']);
    expect(issues({ from: '2024-01-01', to: '2024-09-25' })).toBeUndefined();
  });
});
