import { dateOfDayNumber, dayNumber, monthOfDate, type DateRange } from '#domain/calendar';
import { strategies, type Strategy } from '#domain/taxonomy';
import type { MutableFacts, PartnerToScore } from './facts';
import type { PartnerWithDays } from './repository';

const fieldsPerRow = 4;

/**
 * A province's active partners and their counted activities per day and strategy over a span of
 * calendar years, held by the score thread so that a range no one asked before is scored from
 * memory, whatever days it cuts (decision 007, sixth addendum). At about two activities per
 * partner-month, a day row is about an activity: Aceh's year is ~240,000 rows, 3.9 MB. Never
 * changed once built: a patch makes another.
 */
export interface HeldFacts {
  province: string;
  /** The province's KPI generation these facts are of. */
  generation: number;
  /** The days held, as `dayNumber`s, both ends included: whole calendar years. */
  first: number;
  last: number;
  /** Ordered by id. */
  partners: readonly PartnerToScore[];
  /** Partner i's rows are `start[i]` … `start[i + 1] - 1`. */
  start: Uint32Array;
  /** Per row: the day (days after `first`), the strategy's index, activities, participants. */
  rows: Int32Array;
}

/** The calendar years a range touches, as the days facts are held over. */
export function yearsOf(range: DateRange): { from: string; to: string } {
  return { from: `${range.from.slice(0, 4)}-01-01`, to: `${range.to.slice(0, 4)}-12-31` };
}

/** Facts of these partners from their day rows (partnersWithDays over `span`). */
export function holdFacts(province: string, generation: number, span: DateRange, withDays: readonly PartnerWithDays[]): HeldFacts {
  const ordered = [...withDays].sort((a, b) => a.id - b.id);
  const numbers = ordered.map((p) => (p.facts ? p.facts.split(',') : []));
  const start = new Uint32Array(ordered.length + 1);
  let count = 0;
  numbers.forEach((n, i) => {
    start[i] = count;
    count += n.length / fieldsPerRow;
  });
  start[ordered.length] = count;
  const rows = new Int32Array(count * fieldsPerRow);
  let at = 0;
  for (const n of numbers) for (const x of n) rows[at++] = Number(x);
  const partners = ordered.map(({ id, name, type, scheme, region_code }) => ({ id, name, type, scheme, region_code }));
  return { province, generation, first: dayNumber(span.from), last: dayNumber(span.to), partners, start, rows };
}

/**
 * The same facts with some partners read again: each moved partner's record and rows are
 * replaced (dropped when it is no longer an active partner of the province, added when it
 * arrived). `withDays` are those of the moved partners only, over the same span.
 */
export function patchHeldFacts(
  held: HeldFacts,
  generation: number,
  moved: readonly number[],
  withDays: readonly PartnerWithDays[],
): HeldFacts {
  const gone = new Set(moved);
  const fresh = holdFacts(held.province, generation, spanOf(held), withDays);
  const keptPartners: PartnerToScore[] = [];
  const keptRuns: [Int32Array, number, number][] = [];
  // Merge the kept partners and the moved ones read again by id, copying each partner's rows as one run.
  let i = 0;
  let j = 0;
  while (i < held.partners.length || j < fresh.partners.length) {
    const a = held.partners[i];
    const b = fresh.partners[j];
    if (a && gone.has(a.id)) {
      i += 1;
    } else if (a && (!b || a.id < b.id)) {
      keptPartners.push(a);
      keptRuns.push([held.rows, held.start[i] ?? 0, held.start[i + 1] ?? 0]);
      i += 1;
    } else if (b) {
      keptPartners.push(b);
      keptRuns.push([fresh.rows, fresh.start[j] ?? 0, fresh.start[j + 1] ?? 0]);
      j += 1;
    }
  }
  const start = new Uint32Array(keptPartners.length + 1);
  let count = 0;
  keptRuns.forEach(([, from, to], k) => {
    start[k] = count;
    count += to - from;
  });
  start[keptPartners.length] = count;
  const rows = new Int32Array(count * fieldsPerRow);
  keptRuns.forEach(([source, from, to], k) =>
    rows.set(source.subarray(from * fieldsPerRow, to * fieldsPerRow), (start[k] ?? 0) * fieldsPerRow),
  );
  return { ...held, generation, partners: keptPartners, start, rows };
}

/** The days the facts are held over, as dates. */
export const spanOf = (held: Pick<HeldFacts, 'first' | 'last'>): DateRange => ({
  from: dateOfDayNumber(held.first),
  to: dateOfDayNumber(held.last),
});

/** True when the facts hold every day of the range. */
export const holdsRange = (held: Pick<HeldFacts, 'first' | 'last'>, range: DateRange): boolean =>
  dayNumber(range.from) >= held.first && dayNumber(range.to) <= held.last;

/** How many rows the facts hold: what they cost in memory, 16 bytes each. */
export const heldRows = (held: HeldFacts): number => held.rows.length / fieldsPerRow;

/**
 * Visits every held partner with its facts over a range the facts hold (`holdsRange`). The
 * months' set is the same one for every partner, refilled each time: the caller reads the facts
 * before the next (a province is 13,000).
 */
export function eachPartnerFacts(held: HeldFacts, range: DateRange, visit: (partner: PartnerToScore, facts: MutableFacts) => void): void {
  const from = dayNumber(range.from) - held.first;
  const to = dayNumber(range.to) - held.first;
  // Each day's month as an index into the range's months, worked out once: this loop runs 240,000 times a province.
  const monthOfDay = new Int32Array(to - from + 1);
  const months: string[] = [];
  for (let d = from; d <= to; d += 1) {
    const month = monthOfDate(dateOfDayNumber(held.first + d));
    if (months.at(-1) !== month) months.push(month);
    monthOfDay[d - from] = months.length - 1;
  }
  const counts = new Float64Array(strategies.length);
  const people = new Float64Array(strategies.length);
  const active = new Uint8Array(months.length);
  const activeMonths = new Set<string>();
  const { rows, start, partners } = held;
  for (let i = 0; i < partners.length; i += 1) {
    counts.fill(0);
    people.fill(0);
    active.fill(0);
    activeMonths.clear();
    for (let r = (start[i] ?? 0) * fieldsPerRow; r < (start[i + 1] ?? 0) * fieldsPerRow; r += fieldsPerRow) {
      const day = rows[r] ?? -1;
      if (day < from || day > to) continue;
      const s = rows[r + 1] ?? -1;
      counts[s] = (counts[s] ?? 0) + (rows[r + 2] ?? 0);
      people[s] = (people[s] ?? 0) + (rows[r + 3] ?? 0);
      active[monthOfDay[day - from] ?? 0] = 1;
    }
    for (let m = 0; m < months.length; m += 1) if (active[m] === 1) activeMonths.add(months[m] ?? '');
    visit(partners[i] as PartnerToScore, { counts: present(counts), participants: present(people), activeMonths });
  }
}

// Only strategies with activities are present, as in facts read from the rollup.
function present(values: Float64Array): Partial<Record<Strategy, number>> {
  const record: Partial<Record<Strategy, number>> = {};
  for (let s = 0; s < strategies.length; s += 1) {
    const n = values[s] ?? 0;
    if (n > 0) record[strategies[s] as Strategy] = n;
  }
  return record;
}
