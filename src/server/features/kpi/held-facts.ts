import { monthBounds, monthsTouched, type DateRange } from '#domain/calendar';
import { strategies, type Strategy } from '#domain/taxonomy';
import type { MutableFacts, PartnerToScore } from './facts';
import type { PartnerWithRows } from './repository';

/** Counted activities of a stretch of days, per partner, month and strategy (activityFactsBetween). */
export interface DayRow {
  partner_id: number;
  month: string;
  strategy: string;
  activities: number;
  participants: number;
}

const fieldsPerRow = 4;
const strategyIndex = new Map<string, number>(strategies.map((s, i) => [s, i]));

/** `YYYY-MM` as a number that orders and steps like months: 2024-09 is 2024 × 12 + 8. */
export const monthNumber = (month: string): number => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;

/**
 * A province's active partners and their whole months' facts over a span of months, held by the
 * score thread so a range no one asked before is scored from memory instead of from the rollup
 * (decision 007, sixth addendum): a province's year is ~150,000 small rows, and summing them is
 * what SQLite spent most of a first view on. Never changed once built: a patch makes another.
 */
export interface HeldFacts {
  province: string;
  /** The province's KPI generation these facts are of. */
  generation: number;
  /** The months held, as `monthNumber`s, both ends included. */
  first: number;
  last: number;
  /** Ordered by id. */
  partners: readonly PartnerToScore[];
  /** Partner i's rows are `start[i]` … `start[i + 1] - 1`. */
  start: Uint32Array;
  /** Per row: month number, strategy index, activities, participants. */
  rows: Int32Array;
}

/** Facts of these partners from their rollup rows (partnersWithRows), ordered by id. */
export function holdFacts(
  province: string,
  generation: number,
  span: { first: number; last: number },
  withRows: readonly PartnerWithRows[],
): HeldFacts {
  const ordered = [...withRows].sort((a, b) => a.id - b.id);
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
  return { province, generation, first: span.first, last: span.last, partners, start, rows };
}

/**
 * The same facts with some partners read again: each moved partner's partner record and rows are
 * replaced (dropped when it is no longer an active partner of the province, added when it
 * arrived). `withRows` are those of the moved partners only.
 */
export function patchHeldFacts(
  held: HeldFacts,
  generation: number,
  moved: readonly number[],
  withRows: readonly PartnerWithRows[],
): HeldFacts {
  const gone = new Set(moved);
  const fresh = holdFacts(held.province, generation, held, withRows);
  const keptPartners: PartnerToScore[] = [];
  const keptRuns: [Int32Array, number, number][] = [];
  // Merge the kept partners and the fresh ones by id, copying each partner's rows as one run.
  let i = 0;
  let j = 0;
  const n = held.partners.length;
  const m = fresh.partners.length;
  while (i < n || j < m) {
    const a = held.partners[i];
    const b = fresh.partners[j];
    if (a && gone.has(a.id)) {
      i += 1;
      continue;
    }
    if (a && (!b || a.id < b.id)) {
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
  return { province: held.province, generation, first: held.first, last: held.last, partners: keptPartners, start, rows };
}

/** How many rows the facts hold: what they cost in memory, 16 bytes each. */
export const heldRows = (held: HeldFacts): number => held.rows.length / fieldsPerRow;

/**
 * How a range reads from held facts. Its whole months come from the rows. A month it cuts comes
 * from the activities of the days it keeps, or, when it keeps more than half of the month, from
 * the month's rows less the activities of the days it leaves out: a range ending on the 24th
 * reads six days of activities, not twenty-four.
 */
export interface RangeReading {
  /** Month numbers read from the rows, whole or less the days left out. */
  fromRows: ReadonlySet<number>;
  /** Stretches of days whose activities are added. */
  added: DateRange[];
  /** Stretches of days whose activities are taken off their month's rows. */
  leftOut: DateRange[];
}

/** How to read a range from facts holding these months; undefined when they do not hold all it needs. */
export function readingOf(range: DateRange, held: Pick<HeldFacts, 'first' | 'last'>): RangeReading | undefined {
  const fromRows = new Set<number>();
  const added: DateRange[] = [];
  const leftOut: DateRange[] = [];
  for (const month of monthsTouched(range)) {
    const bounds = monthBounds(month);
    const from = bounds.from < range.from ? range.from : bounds.from;
    const to = bounds.to > range.to ? range.to : bounds.to;
    const kept = Number(to.slice(8)) - Number(from.slice(8)) + 1;
    const whole = Number(bounds.to.slice(8));
    const n = monthNumber(month);
    const held_ = n >= held.first && n <= held.last;
    if (kept === whole || (held_ && kept * 2 > whole)) {
      if (!held_) return undefined;
      fromRows.add(n);
      if (from > bounds.from) leftOut.push({ from: bounds.from, to: dayBefore(from) });
      if (to < bounds.to) leftOut.push({ from: dayAfter(to), to: bounds.to });
    } else added.push({ from, to });
  }
  return { fromRows, added, leftOut };
}

const dayBefore = (date: string) => `${date.slice(0, 8)}${String(Number(date.slice(8)) - 1).padStart(2, '0')}`;
const dayAfter = (date: string) => `${date.slice(0, 8)}${String(Number(date.slice(8)) + 1).padStart(2, '0')}`;

/** Day rows by partner, each partner's together. */
function byPartner(rows: readonly DayRow[]): Map<number, DayRow[]> {
  const map = new Map<number, DayRow[]>();
  for (const row of rows) {
    if (Number(row.activities) <= 0) continue;
    const list = map.get(row.partner_id);
    if (list) list.push(row);
    else map.set(row.partner_id, [row]);
  }
  return map;
}

/**
 * Visits every held partner with its facts over the range read as `reading` says, given the
 * activities of its `added` and `leftOut` days. The months' set is the same one for every
 * partner, refilled each time: the caller reads the facts before the next (a province is 13,000).
 */
export function eachPartnerFacts(
  held: HeldFacts,
  reading: RangeReading,
  added: readonly DayRow[],
  leftOut: readonly DayRow[],
  visit: (partner: PartnerToScore, facts: MutableFacts) => void,
): void {
  const plus = byPartner(added);
  const minus = byPartner(leftOut);
  // Typed arrays by month offset, not sets and maps: this loop runs 150,000 times a province.
  const span = held.last - held.first + 1;
  const read = new Uint8Array(span);
  for (const month of reading.fromRows) if (month >= held.first && month <= held.last) read[month - held.first] = 1;
  const counts = new Float64Array(strategies.length);
  const people = new Float64Array(strategies.length);
  // Per month read from the rows: its activities, less those left out (is the month still active?).
  const monthTotals = new Float64Array(span);
  const texts = Array.from({ length: span }, (_, m) => monthText(held.first + m));
  const activeMonths = new Set<string>();
  const { rows, start, partners } = held;
  for (let i = 0; i < partners.length; i += 1) {
    const partner = partners[i] as PartnerToScore;
    counts.fill(0);
    people.fill(0);
    monthTotals.fill(0);
    activeMonths.clear();
    for (let r = (start[i] ?? 0) * fieldsPerRow; r < (start[i + 1] ?? 0) * fieldsPerRow; r += fieldsPerRow) {
      const m = (rows[r] ?? 0) - held.first;
      if (read[m] !== 1) continue;
      const s = rows[r + 1] ?? -1;
      const n = rows[r + 2] ?? 0;
      counts[s] = (counts[s] ?? 0) + n;
      people[s] = (people[s] ?? 0) + (rows[r + 3] ?? 0);
      monthTotals[m] = (monthTotals[m] ?? 0) + n;
    }
    const less = minus.get(partner.id);
    if (less) {
      for (const row of less) {
        const s = strategyIndex.get(row.strategy) ?? -1;
        const m = monthNumber(row.month) - held.first;
        counts[s] = (counts[s] ?? 0) - Number(row.activities);
        people[s] = (people[s] ?? 0) - Number(row.participants);
        monthTotals[m] = (monthTotals[m] ?? 0) - Number(row.activities);
      }
    }
    for (let m = 0; m < span; m += 1) if ((monthTotals[m] ?? 0) > 0) activeMonths.add(texts[m] ?? '');
    const more = plus.get(partner.id);
    if (more) {
      for (const row of more) {
        const s = strategyIndex.get(row.strategy) ?? -1;
        counts[s] = (counts[s] ?? 0) + Number(row.activities);
        people[s] = (people[s] ?? 0) + Number(row.participants);
        activeMonths.add(row.month);
      }
    }
    visit(partner, { counts: present(counts), participants: present(people), activeMonths });
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

const monthTexts = new Map<number, string>();
function monthText(n: number): string {
  let text = monthTexts.get(n);
  if (text === undefined) {
    text = `${String(Math.floor(n / 12)).padStart(4, '0')}-${String((n % 12) + 1).padStart(2, '0')}`;
    monthTexts.set(n, text);
  }
  return text;
}
