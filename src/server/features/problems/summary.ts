import type { ProblemCounts, ProblemRegionSummary, ProblemSummaryQuery } from '#domain/problems';
import type { Actor } from '#domain/permissions';
import type { Db, DbOrTx } from '#server/db/database';
import { childrenOf } from '#server/features/regions/service';
import { overdueRuleAt, problemScopeFilter } from './queries';
import { countOpenProblems, type CountScope } from './repository';

// Counts for other screens: open problems and overdue actions of a partner (its page, its
// rapor) and of a region per child region (the dashboards). Callers have checked the scope.

const sum = (tally: Map<string, number>) => [...tally.values()].reduce((a, b) => a + b, 0);

async function counted(db: DbOrTx, scope: CountScope, now: Date, childLength: number | null) {
  return countOpenProblems(db, scope, overdueRuleAt(now), childLength);
}

/** A partner's open problems and their overdue actions. */
export async function partnerProblemCounts(db: DbOrTx, partnerId: number, now: Date): Promise<ProblemCounts> {
  const { open, overdue } = await counted(db, { partnerId }, now, null);
  return { open: sum(open), overdueActions: sum(overdue) };
}

/**
 * A region's open problems and overdue actions (null: the whole country), in total and per child
 * region (the provinces for the country; a village has none). A library sitting at the region
 * itself (a regency's library at its regency) counts in the total but in no child.
 */
export async function regionProblemSummary(db: Db, regionCode: string | null, now: Date): Promise<ProblemRegionSummary> {
  const children = await childrenOf(db, regionCode);
  const childLength = children[0]?.code.length ?? null;
  const { open, overdue } = await counted(db, { withinRegion: regionCode ?? undefined }, now, childLength);
  return {
    regionCode,
    partnerId: null,
    open: sum(open),
    overdueActions: sum(overdue),
    children: children.map((c) => ({
      regionCode: c.code,
      name: c.name,
      open: open.get(c.code) ?? 0,
      overdueActions: overdue.get(c.code) ?? 0,
    })),
  };
}

/**
 * The summary the actor asks for: of one partner (a library's manager: its own, asked or not),
 * or of a region in its scope (default: its own region, or the country for the national office).
 */
export async function problemSummaryForActor(db: Db, actor: Actor, query: ProblemSummaryQuery, now: Date): Promise<ProblemRegionSummary> {
  const scope = await problemScopeFilter(db, actor, query);
  if (scope.partnerId !== undefined) {
    return { regionCode: null, partnerId: scope.partnerId, ...(await partnerProblemCounts(db, scope.partnerId, now)), children: [] };
  }
  return regionProblemSummary(db, scope.withinRegion ?? null, now);
}
