import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateOfDayNumber, dayNumber, type DateRange } from '#domain/calendar';
import { factsFromActivities, type CountableActivity } from '#domain/kpi/facts';
import { strategies, type Strategy } from '#domain/taxonomy';
import type { PartnerToScore } from './facts';
import { eachPartnerFacts, holdFacts, holdsRange, patchHeldFacts, yearsOf, type HeldFacts } from './held-facts';
import type { PartnerWithDays } from './repository';

interface Activity extends CountableActivity {
  partnerId: number;
}

const year2024 = { from: '2024-01-01', to: '2024-12-31' };
const jan1 = dayNumber('2024-01-01');
const partnerOf = (id: number): PartnerToScore => ({
  id,
  name: `Perpustakaan ${id}`,
  type: 'desa',
  scheme: 'reguler',
  region_code: '19.05.06.2005',
});

const activityArb: fc.Arbitrary<Activity> = fc.record({
  partnerId: fc.integer({ min: 1, max: 6 }),
  date: fc.integer({ min: 0, max: 365 }).map((d) => dateOfDayNumber(jan1 + d)),
  strategy: fc.constantFrom(...strategies),
  status: fc.constantFrom('draft', 'submitted', 'verified', 'returned'),
  participantsMale: fc.nat(40),
  participantsFemale: fc.nat(40),
});

const rangeArb: fc.Arbitrary<DateRange> = fc
  .tuple(fc.integer({ min: 0, max: 365 }), fc.integer({ min: 0, max: 365 }))
  .map(([a, b]) => ({ from: dateOfDayNumber(jan1 + Math.min(a, b)), to: dateOfDayNumber(jan1 + Math.max(a, b)) }));

/** Partners with their counted activities per day and strategy, as partnersWithDays reads them over 2024. */
function withDays(ids: readonly number[], activities: readonly Activity[]): PartnerWithDays[] {
  return ids.map((id) => {
    const days = new Map<string, number[]>();
    for (const a of activities) {
      if (a.partnerId !== id || (a.status !== 'submitted' && a.status !== 'verified')) continue;
      const key = `${a.date}|${a.strategy}`;
      const row = days.get(key) ?? [dayNumber(a.date) - jan1, strategies.indexOf(a.strategy), 0, 0];
      row[2] = (row[2] ?? 0) + 1;
      row[3] = (row[3] ?? 0) + a.participantsMale + a.participantsFemale;
      days.set(key, row);
    }
    const numbers = [...days.values()].flat();
    return { ...partnerOf(id), facts: numbers.length ? numbers.join(',') : null };
  });
}

const normal = (f: {
  counts: Partial<Record<Strategy, number>>;
  participants: Partial<Record<Strategy, number>>;
  activeMonths: Iterable<string>;
}) => ({
  counts: Object.fromEntries(Object.entries(f.counts).filter(([, n]) => (n ?? 0) > 0)),
  participants: Object.fromEntries(Object.entries(f.participants).filter(([, n]) => (n ?? 0) > 0)),
  activeMonths: [...f.activeMonths].sort(),
});

/** Every partner's facts over a range as read from held facts. */
function readFacts(held: HeldFacts, range: DateRange) {
  const seen: Record<number, unknown> = {};
  eachPartnerFacts(held, range, (p, f) => {
    seen[p.id] = normal(f);
  });
  return seen;
}

/** The reference: each partner's facts from its activities themselves. */
function expectedFacts(partners: readonly number[], activities: readonly Activity[], range: DateRange) {
  const own = (id: number) => activities.filter((a) => a.partnerId === id);
  return Object.fromEntries(partners.map((id) => [id, normal(factsFromActivities(own(id), range))]));
}

describe('held facts', () => {
  it('are held over the calendar years of a range, and hold only ranges inside them', () => {
    expect(yearsOf({ from: '2023-11-15', to: '2024-02-10' })).toEqual({ from: '2023-01-01', to: '2024-12-31' });
    const held = holdFacts('19', 1, year2024, []);
    expect(holdsRange(held, { from: '2024-01-01', to: '2024-12-31' })).toBe(true);
    expect(holdsRange(held, { from: '2023-12-31', to: '2024-03-01' })).toBe(false);
    expect(holdsRange(held, { from: '2024-03-01', to: '2025-01-01' })).toBe(false);
  });

  it('give every partner the facts of its counted activities over any range of the year', () => {
    fc.assert(
      fc.property(fc.array(activityArb, { maxLength: 80 }), rangeArb, (activities, range) => {
        const ids = [1, 2, 3, 4, 5, 6];
        const held = holdFacts('19', 1, year2024, withDays(ids, activities));
        expect(readFacts(held, range)).toEqual(expectedFacts(ids, activities, range));
      }),
      { numRuns: 300 },
    );
  });

  it('patched with some partners read again, equal the facts read whole from the new activities', () => {
    fc.assert(
      fc.property(
        fc.array(activityArb, { maxLength: 60 }),
        fc.array(activityArb, { maxLength: 20 }),
        fc.subarray([1, 2, 3, 4, 5, 6, 7]),
        fc.subarray([1, 2, 3, 4, 5, 6, 7]),
        rangeArb,
        (before, more, partnersBefore, partnersAfter, range) => {
          // The province's partners before and after (some left, some arrived); a partner moved if it reported or came or went.
          const after = [...before, ...more];
          const moved = [1, 2, 3, 4, 5, 6, 7].filter(
            (id) => partnersBefore.includes(id) !== partnersAfter.includes(id) || more.some((a) => a.partnerId === id),
          );
          const held = holdFacts('19', 1, year2024, withDays(partnersBefore, before));
          const patched = patchHeldFacts(
            held,
            2,
            moved,
            withDays(
              partnersAfter.filter((id) => moved.includes(id)),
              after,
            ),
          );
          expect(patched).toEqual(holdFacts('19', 2, year2024, withDays(partnersAfter, after)));
          expect(readFacts(patched, range)).toEqual(expectedFacts(partnersAfter, after, range));
        },
      ),
      { numRuns: 300 },
    );
  });
});
