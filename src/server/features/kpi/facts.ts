import type { PartnerFacts } from '#domain/kpi/facts';
import { monthBounds, monthsTouched, type DateRange } from '#domain/calendar';
import { Strategy } from '#domain/taxonomy';
import type { DbOrTx } from '#server/db/database';
import { partnerMonths } from '#server/features/rollups/service';
import { activityFactsBetween } from './repository';

interface FactRow {
  partner_id: number;
  month: string;
  strategy: string;
  activities: number;
  participants: number;
}

export interface MutableFacts extends PartnerFacts {
  activeMonths: Set<string>;
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
  const whole: string[] = [];
  const cut: DateRange[] = [];
  for (const month of monthsTouched(range)) {
    const bounds = monthBounds(month);
    if (bounds.from >= range.from && bounds.to <= range.to) whole.push(month);
    else cut.push({ from: bounds.from < range.from ? range.from : bounds.from, to: bounds.to > range.to ? range.to : bounds.to });
  }
  const rows: FactRow[][] = await Promise.all([
    whole.length
      ? partnerMonths(db, scope.within, whole, scope.partnerIds ?? (scope.partnerId === undefined ? undefined : [scope.partnerId]))
      : Promise.resolve([]),
    ...cut.map((c) => activityFactsBetween(db, scope, c.from, c.to)),
  ]);
  const facts = new Map<number, MutableFacts>();
  for (const row of rows.flat()) {
    const n = Number(row.activities);
    if (n <= 0) continue;
    let f = facts.get(row.partner_id);
    if (!f) {
      f = { counts: {}, participants: {}, activeMonths: new Set() };
      facts.set(row.partner_id, f);
    }
    const strategy = Strategy.parse(row.strategy);
    f.counts[strategy] = (f.counts[strategy] ?? 0) + n;
    f.participants[strategy] = (f.participants[strategy] ?? 0) + Number(row.participants);
    f.activeMonths.add(row.month);
  }
  return facts;
}

export const noFacts = (): MutableFacts => ({ counts: {}, participants: {}, activeMonths: new Set() });
