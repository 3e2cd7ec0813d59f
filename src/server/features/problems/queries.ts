import { allowedProblemOperations } from '#domain/problem-flow';
import { dueDateToday, openProblemStatuses, type Problem, type ProblemList, type ProblemListQuery } from '#domain/problems';
import { can, inScope, regionInScope, type Actor } from '#domain/permissions';
import type { DbOrTx } from '#server/db/database';
import { ApiError, forbidden, notFound } from '#server/http/errors';
import { partnerScope } from '#server/features/partners/scope';
import { scopeOf } from './access';
import { actionsOfProblem } from './actions.repository';
import { gatheringsOfProblem } from './gathering-links';
import { toProblemAction, toProblemSummary } from './mapping';
import { findProblemDetail, listProblems, type OverdueRule, type ProblemFilter } from './repository';
import { problemHistory, problemThread } from './trail';

// Reading problems: one in full, and the lists.

/** What "overdue" means at this moment. The one place a problem read asks for today. */
export const overdueRuleAt = (now: Date): OverdueRule => ({ openStatuses: openProblemStatuses, today: dueDateToday(now) });

/** One problem with its thread, actions, gatherings, trail and what the actor may do with it. */
export async function problemForActor(db: DbOrTx, actor: Actor, id: number, now: Date): Promise<Problem> {
  const rule = overdueRuleAt(now);
  const row = await findProblemDetail(db, id, rule);
  if (!row || !can(actor, 'problems.read') || !inScope(actor, scopeOf(row))) throw notFound('problem');
  const summary = toProblemSummary(row);
  const [comments, actions, gatheringIds, history] = await Promise.all([
    problemThread(db, id),
    actionsOfProblem(db, id),
    gatheringsOfProblem(db, id),
    problemHistory(db, id),
  ]);
  return {
    ...summary,
    description: row.description,
    resolution: row.resolution,
    comments,
    actions: actions.map((a) => toProblemAction(a, summary.status, rule.today)),
    gatheringIds,
    history,
    allowed: allowedProblemOperations(actor, scopeOf(row)),
  };
}

/**
 * Narrows a list to the actor's scope. A region outside it is refused (403); a partner outside
 * it does not exist for the actor (404); a library's manager sees only its own library.
 */
export async function problemScopeFilter(
  db: DbOrTx,
  actor: Actor,
  query: { region?: string | undefined; partner?: number | undefined },
): Promise<Pick<ProblemFilter, 'partnerId' | 'withinRegion'>> {
  if (actor.role === 'pengelola') {
    if (query.partner !== undefined && query.partner !== actor.partnerId) throw notFound('partner');
    return { partnerId: actor.partnerId ?? -1, withinRegion: query.region };
  }
  if (query.region !== undefined && !regionInScope(actor, query.region)) throw forbidden('that region is outside your scope');
  if (query.partner !== undefined) {
    const partner = await partnerScope(db, query.partner);
    if (!partner || !inScope(actor, { regionCode: partner.regionCode, partnerId: partner.id })) throw notFound('partner');
  }
  return { partnerId: query.partner, withinRegion: query.region ?? actor.regionCode ?? undefined };
}

/** The problems of the list the actor asked for, checked against its scope: the list and its export read the same filter. */
export async function problemFilterFor(
  db: DbOrTx,
  actor: Actor,
  query: Omit<ProblemListQuery, 'page' | 'pageSize'>,
): Promise<ProblemFilter> {
  if (!can(actor, 'problems.read')) throw new ApiError('forbidden', 'your role may not read problems');
  const scope = await problemScopeFilter(db, actor, query);
  return { ...scope, statuses: query.status, category: query.category, overdue: query.overdue };
}

export async function problemsForActor(db: DbOrTx, actor: Actor, query: ProblemListQuery, now: Date): Promise<ProblemList> {
  const filter = await problemFilterFor(db, actor, query);
  const { rows, total } = await listProblems(db, filter, overdueRuleAt(now), {
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return { items: rows.map(toProblemSummary), total };
}
