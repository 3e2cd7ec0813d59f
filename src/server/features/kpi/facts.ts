import type { PartnerFacts } from '#domain/kpi/facts';
import { monthBounds, monthsTouched, type DateRange } from '#domain/calendar';
import { oneOf, strategies } from '#domain/taxonomy';
import type { DbOrTx } from '#server/db/database';
import { partnerMonths } from '#server/features/rollups/service';
import { activityFactsBetween, partnersWithMonths, type PartnerWithMonths } from './repository';

/** What scoring needs of a partner. */
export type PartnerToScore = Pick<PartnerWithMonths, 'id' | 'name' | 'type' | 'scheme' | 'region_code'>;

interface FactRow {
  partner_id: number;
  month: string;
  strategy: string;
  activities: number;
  participants: number;
}

const asStrategy = oneOf(strategies, 'strategy');

export interface MutableFacts extends PartnerFacts {
  activeMonths: Set<string>;
}

/** A range as the whole calendar months it covers and the stretches of days where it cuts one. */
function monthsAndCuts(range: DateRange): { whole: string[]; cut: DateRange[] } {
  const whole: string[] = [];
  const cut: DateRange[] = [];
  for (const month of monthsTouched(range)) {
    const bounds = monthBounds(month);
    if (bounds.from >= range.from && bounds.to <= range.to) whole.push(month);
    else cut.push({ from: bounds.from < range.from ? range.from : bounds.from, to: bounds.to > range.to ? range.to : bounds.to });
  }
  return { whole, cut };
}

function factsOf(facts: Map<number, MutableFacts>, partnerId: number): MutableFacts {
  let f = facts.get(partnerId);
  if (!f) {
    f = noFacts();
    facts.set(partnerId, f);
  }
  return f;
}

/** Adds rows of (partner, month, strategy) counts to the facts. */
function addRows(facts: Map<number, MutableFacts>, rows: readonly FactRow[]): void {
  for (const row of rows) {
    const n = Number(row.activities);
    if (n <= 0) continue;
    const f = factsOf(facts, row.partner_id);
    const strategy = asStrategy(row.strategy);
    f.counts[strategy] = (f.counts[strategy] ?? 0) + n;
    f.participants[strategy] = (f.participants[strategy] ?? 0) + Number(row.participants);
    f.activeMonths.add(row.month);
  }
}

/**
 * Each partner's KPI facts over a range. Whole calendar months come from the partner × month
 * rollup; the one or two months the range cuts are counted from the activities of those days
 * only, through the (region, date) index.
 */
export async function factsByPartner(
  db: DbOrTx,
  scope: { within: string | null; partnerId?: number | undefined; partnerIds?: readonly number[] | undefined },
  range: DateRange,
): Promise<Map<number, MutableFacts>> {
  const { whole, cut } = monthsAndCuts(range);
  const rows: FactRow[][] = await Promise.all([
    whole.length
      ? partnerMonths(db, scope.within, whole, scope.partnerIds ?? (scope.partnerId === undefined ? undefined : [scope.partnerId]))
      : Promise.resolve([]),
    ...cut.map((c) => activityFactsBetween(db, scope, c.from, c.to)),
  ]);
  const facts = new Map<number, MutableFacts>();
  addRows(facts, rows.flat());
  return facts;
}

/**
 * A region's active partners (null: the country) and their facts over a range, as
 * `partnersToScore` and `factsByPartner` give them, for scoring a whole region: the whole months
 * arrive summed per partner with the partner itself, so a province is 13,000 rows, not 120,000.
 */
export async function partnersAndFacts(
  db: DbOrTx,
  within: string | null,
  range: DateRange,
): Promise<{ partners: PartnerToScore[]; facts: Map<number, MutableFacts> }> {
  const { whole, cut } = monthsAndCuts(range);
  // A range's whole months are consecutive; with none, no rollup row is between the bounds.
  const [withMonths, ...cutRows] = await Promise.all([
    partnersWithMonths(db, within, whole[0] ?? '9999-12', whole.at(-1) ?? '0000-01'),
    ...cut.map((c) => activityFactsBetween(db, { within }, c.from, c.to)),
  ]);
  const facts = new Map<number, MutableFacts>();
  for (const p of withMonths) {
    if (p.months === null) continue;
    const f = factsOf(facts, p.id);
    strategies.forEach((strategy, i) => {
      const n = p.activities[i];
      if (n === null || n === undefined || n <= 0) return;
      f.counts[strategy] = n;
      f.participants[strategy] = p.participants[i] ?? 0;
    });
    for (const month of p.months.split(',')) f.activeMonths.add(month);
  }
  addRows(facts, cutRows.flat());
  return { partners: withMonths, facts };
}

export const noFacts = (): MutableFacts => ({ counts: {}, participants: {}, activeMonths: new Set() });
