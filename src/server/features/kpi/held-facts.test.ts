import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateOfDayNumber, dayNumber, monthOfDate, type DateRange } from '#domain/calendar';
import { factsFromActivities, type CountableActivity } from '#domain/kpi/facts';
import { strategies, type Strategy } from '#domain/taxonomy';
import type { PartnerToScore } from './facts';
import { eachPartnerFacts, holdFacts, monthNumber, patchHeldFacts, readingOf, type DayRow, type HeldFacts } from './held-facts';
import type { PartnerWithRows } from './repository';

interface Activity extends CountableActivity {
  partnerId: number;
}

const year2024 = { first: 2024 * 12, last: 2024 * 12 + 11 };
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

/** Partners with what the rollup holds of them (counted activities per month and strategy), as partnersWithRows reads them. */
function withRows(ids: readonly number[], activities: readonly Activity[]): PartnerWithRows[] {
  const rows = grouped(activities, (a) => monthOfDate(a.date));
  return ids.map((id) => {
    const mine = rows.filter((r) => r.partner_id === id);
    const numbers = mine.flatMap((r) => [monthNumber(r.month), strategies.indexOf(r.strategy as Strategy), r.activities, r.participants]);
    return { ...partnerOf(id), facts: numbers.length ? numbers.join(',') : null };
  });
}

/** What activityFactsBetween reads: the same, over some days only. */
function dayRows(activities: readonly Activity[], stretches: readonly DateRange[]): DayRow[] {
  return stretches.flatMap((s) =>
    grouped(
      activities.filter((a) => a.date >= s.from && a.date <= s.to),
      (a) => monthOfDate(a.date),
    ),
  );
}

function grouped(activities: readonly Activity[], monthOf: (a: Activity) => string): DayRow[] {
  const rows = new Map<string, DayRow>();
  for (const a of activities) {
    if (a.status !== 'submitted' && a.status !== 'verified') continue;
    const key = `${a.partnerId}|${monthOf(a)}|${a.strategy}`;
    const row = rows.get(key) ?? { partner_id: a.partnerId, month: monthOf(a), strategy: a.strategy, activities: 0, participants: 0 };
    row.activities += 1;
    row.participants += a.participantsMale + a.participantsFemale;
    rows.set(key, row);
  }
  return [...rows.values()];
}

/** Every partner's facts over a range as read from held facts, months sorted. */
function readFacts(held: HeldFacts, activities: readonly Activity[], range: DateRange) {
  const reading = readingOf(range, held);
  if (!reading) throw new Error('the facts should hold the range');
  const seen: Record<number, unknown> = {};
  eachPartnerFacts(held, reading, dayRows(activities, reading.added), dayRows(activities, reading.leftOut), (p, f) => {
    seen[p.id] = normal(f);
  });
  return seen;
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

/** The reference: each partner's facts from its activities themselves. */
function expectedFacts(partners: readonly number[], activities: readonly Activity[], range: DateRange) {
  const counted = (id: number) => activities.filter((a) => a.partnerId === id);
  return Object.fromEntries(partners.map((id) => [id, normal(factsFromActivities(counted(id), range))]));
}

describe('readingOf', () => {
  it('reads whole months from the rows and a month cut by more than half as the month less the days left out', () => {
    expect(readingOf({ from: '2024-01-15', to: '2024-09-20' }, year2024)).toEqual({
      fromRows: new Set([0, 1, 2, 3, 4, 5, 6, 7, 8].map((m) => 2024 * 12 + m)),
      added: [],
      leftOut: [
        { from: '2024-01-01', to: '2024-01-14' },
        { from: '2024-09-21', to: '2024-09-30' },
      ],
    });
  });

  it('reads the days themselves when a range keeps half of a month or less', () => {
    expect(readingOf({ from: '2024-02-16', to: '2024-03-10' }, year2024)).toEqual({
      fromRows: new Set(),
      added: [
        { from: '2024-02-16', to: '2024-02-29' },
        { from: '2024-03-01', to: '2024-03-10' },
      ],
      leftOut: [],
    });
  });

  it('gives nothing for a range whose months the facts do not hold', () => {
    expect(readingOf({ from: '2023-11-01', to: '2024-02-10' }, year2024)).toBeUndefined();
  });
});

describe('held facts', () => {
  it('give every partner the facts of its counted activities over any range of the year', () => {
    fc.assert(
      fc.property(fc.array(activityArb, { maxLength: 80 }), rangeArb, (activities, range) => {
        const ids = [1, 2, 3, 4, 5, 6];
        const held = holdFacts('19', 1, year2024, withRows(ids, activities));
        expect(readFacts(held, activities, range)).toEqual(expectedFacts(ids, activities, range));
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
          // Partners are those of the province before and after (some left, some arrived); only those in `more` or changed moved.
          const after = [...before, ...more];
          const moved = [...new Set([...more.map((a) => a.partnerId), ...partnersBefore, ...partnersAfter])].filter(
            (id) => partnersBefore.includes(id) !== partnersAfter.includes(id) || more.some((a) => a.partnerId === id),
          );
          const held = holdFacts('19', 1, year2024, withRows(partnersBefore, before));
          const patched = patchHeldFacts(
            held,
            2,
            moved,
            withRows(
              partnersAfter.filter((id) => moved.includes(id)),
              after,
            ),
          );
          const whole = holdFacts('19', 2, year2024, withRows(partnersAfter, after));
          expect(patched).toEqual(whole);
          expect(readFacts(patched, after, range)).toEqual(expectedFacts(partnersAfter, after, range));
        },
      ),
      { numRuns: 300 },
    );
  });
});
