import { scorerFor, type KpiResult } from '#domain/kpi/score';
import type { DateRange } from '#domain/calendar';
import type { KpiProfile } from '#domain/kpi/profile';
import { oneOf, partnerSchemes, partnerTypes, type PartnerScheme, type PartnerType } from '#domain/taxonomy';
import type { DbOrTx } from '#server/db/database';
import { factsByPartner, noFacts, partnersAndFacts, type MutableFacts, type PartnerToScore } from './facts';
import { eachPartnerFacts, holdsRange, type HeldFacts } from './held-facts';
import { ResultTable } from './result-table';
import { partnersToScore } from './repository';

const asType = oneOf(partnerTypes, 'partner type');
const asScheme = oneOf(partnerSchemes, 'partner scheme');

export interface ScoredPartner extends KpiResult {
  partnerId: number;
  name: string;
  type: PartnerType;
  scheme: PartnerScheme;
  regionCode: string;
}

/** Which partners to score: a region's active ones (null: the country), one, or some of a region. */
export interface ScoreScope {
  within: string | null;
  partnerId?: number;
  partnerIds?: readonly number[];
}

/**
 * Scores partners from the rollups, now, on whatever connection it is given: the server's own, or
 * the score thread's read-only one (score-worker.ts). Facts may be read more widely than the
 * partners are chosen (a patch reads its partners' facts by key wherever they are).
 */
export async function scoreFromRollups(
  db: DbOrTx,
  definition: KpiProfile,
  scope: ScoreScope,
  range: DateRange,
  factScope: ScoreScope = scope,
): Promise<ScoredPartner[]> {
  const wholeRegion = scope.partnerId === undefined && scope.partnerIds === undefined && factScope === scope;
  const { partners, facts }: { partners: PartnerToScore[]; facts: Map<number, MutableFacts> } = wholeRegion
    ? await partnersAndFacts(db, scope.within, range)
    : await Promise.all([partnersToScore(db, scope), factsByPartner(db, factScope, range)]).then(([partners, facts]) => ({
        partners,
        facts,
      }));
  const score = scorerFor(definition, range);
  // Equal indicator results are one object: a province holds a few hundred distinct ones, not 65,000.
  const table = new ResultTable();
  return partners.map((p) => {
    const type = asType(p.type);
    const { indicators, ...result } = score(type, facts.get(p.id) ?? noFacts());
    return {
      partnerId: p.id,
      name: p.name,
      type,
      scheme: asScheme(p.scheme),
      regionCode: p.region_code,
      ...result,
      indicators: indicators.map((i) => table.shared(i)),
    };
  });
}

/**
 * A whole province scored from the facts held of it (facts-shelf.ts, whose `factsFor` gives facts
 * holding the range), each partner handed to `add` as it is scored. The same scores as
 * `scoreFromRollups`, in the same order, with no query at all.
 */
export function scoreHeldFacts(definition: KpiProfile, held: HeldFacts, range: DateRange, add: (item: ScoredPartner) => void): void {
  if (!holdsRange(held, range)) throw new RangeError(`the facts held of ${held.province} do not hold ${range.from}..${range.to}`);
  const score = scorerFor(definition, range);
  eachPartnerFacts(held, range, (p, facts) => {
    const type = asType(p.type);
    const { score: points, color, indicators } = score(type, facts);
    add({ partnerId: p.id, name: p.name, type, scheme: asScheme(p.scheme), regionCode: p.region_code, score: points, color, indicators });
  });
}

/** `scoreHeldFacts` as a list, equal indicator results one object. */
export function scoreFromHeldFacts(definition: KpiProfile, held: HeldFacts, range: DateRange): ScoredPartner[] {
  const table = new ResultTable();
  const items: ScoredPartner[] = [];
  scoreHeldFacts(definition, held, range, (item) => items.push({ ...item, indicators: item.indicators.map((i) => table.shared(i)) }));
  return items;
}
