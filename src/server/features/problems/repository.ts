import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Database, DbOrTx } from '#server/db/database';
import type { NewProblemRow, ProblemUpdate } from './problem.table';

// Problems read with their partner, since a problem's region is its partner's.

export async function insertProblem(db: DbOrTx, row: NewProblemRow): Promise<number> {
  const { id } = await db.insertInto('problems').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** The problem with where it sits: its partner's region. */
export function findProblem(db: DbOrTx, id: number) {
  return db
    .selectFrom('problems')
    .innerJoin('partners', 'partners.id', 'problems.partner_id')
    .selectAll('problems')
    .select('partners.region_code')
    .where('problems.id', '=', id)
    .executeTakeFirst();
}
export type ScopedProblemRow = NonNullable<Awaited<ReturnType<typeof findProblem>>>;

/** Updates only while the problem is still in one of the expected statuses; undefined when another request got there first. */
export async function updateProblemIfStatus(db: DbOrTx, id: number, statuses: readonly string[], set: ProblemUpdate): Promise<boolean> {
  const result = await db
    .updateTable('problems')
    .set(set)
    .where('id', '=', id)
    .where('status', 'in', [...statuses])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export interface ProblemFilter {
  partnerId?: number | undefined;
  /** Problems of partners whose region lies inside this one. */
  withinRegion?: string | undefined;
  statuses?: readonly string[] | undefined;
  category?: string | undefined;
  /** true: only problems with an overdue action; false: only those without. */
  overdue?: boolean | undefined;
}

/** The state of a problem still being worked on, whose late actions are overdue. */
export interface OverdueRule {
  openStatuses: readonly string[];
  /** Indonesia's today: an action due before it is late. */
  today: string;
}

type ProblemsWithPartner = ExpressionBuilder<Database, 'problems' | 'partners'>;

const within = (eb: ProblemsWithPartner, region: string) =>
  eb.or([eb('partners.region_code', '=', region), eb('partners.region_code', 'like', `${region}.%`)]);

function overdueActionsOf(eb: ProblemsWithPartner, today: string) {
  return eb
    .selectFrom('problem_actions')
    .whereRef('problem_actions.problem_id', '=', 'problems.id')
    .where('problem_actions.done', '=', 0)
    .where('problem_actions.due_date', '<', today);
}

function matches(eb: ProblemsWithPartner, f: ProblemFilter, rule: OverdueRule) {
  const conditions: Expression<SqlBool>[] = [];
  if (f.partnerId !== undefined) conditions.push(eb('problems.partner_id', '=', f.partnerId));
  if (f.withinRegion !== undefined) conditions.push(within(eb, f.withinRegion));
  if (f.statuses !== undefined) conditions.push(eb('problems.status', 'in', [...f.statuses]));
  if (f.category !== undefined) conditions.push(eb('problems.category', '=', f.category));
  if (f.overdue !== undefined) {
    const late = eb.and([
      eb('problems.status', 'in', [...rule.openStatuses]),
      eb.exists(overdueActionsOf(eb, rule.today).select('problem_actions.id')),
    ]);
    conditions.push(f.overdue ? late : eb.not(late));
  }
  return eb.and(conditions);
}

/** Problems with their partner, region, author and counts of open and overdue actions; newest first. */
function problemsWithCounts(db: DbOrTx, rule: OverdueRule) {
  return db
    .selectFrom('problems')
    .innerJoin('partners', 'partners.id', 'problems.partner_id')
    .innerJoin('regions', 'regions.code', 'partners.region_code')
    .innerJoin('users as author', 'author.id', 'problems.created_by')
    .selectAll('problems')
    .select((eb) => [
      'partners.name as partner_name',
      'partners.region_code',
      'regions.name as region_name',
      'author.username as author_username',
      'author.display_name as author_display_name',
      eb
        .selectFrom('problem_actions')
        .whereRef('problem_actions.problem_id', '=', 'problems.id')
        .where('problem_actions.done', '=', 0)
        .select((sb) => sb.fn.countAll<number>().as('n'))
        .as('open_actions'),
      overdueActionsOf(eb, rule.today)
        .select((sb) => sb.fn.countAll<number>().as('n'))
        .as('overdue_actions'),
    ]);
}
export type ProblemListRow = Awaited<ReturnType<ReturnType<typeof problemsWithCounts>['execute']>>[number];

export function findProblemDetail(db: DbOrTx, id: number, rule: OverdueRule) {
  return problemsWithCounts(db, rule).where('problems.id', '=', id).executeTakeFirst();
}

export async function listProblems(db: DbOrTx, f: ProblemFilter, rule: OverdueRule, page: { limit: number; offset: number }) {
  const [rows, total] = await Promise.all([
    problemsWithCounts(db, rule)
      .where((eb) => matches(eb, f, rule))
      .orderBy('problems.created_at', 'desc')
      .orderBy('problems.id', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    db
      .selectFrom('problems')
      .innerJoin('partners', 'partners.id', 'problems.partner_id')
      .where((eb) => matches(eb, f, rule))
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

/** One page of the problems the filter lets through, by id after the cursor: the export reads the list this way. */
export function problemsAfter(db: DbOrTx, f: ProblemFilter, rule: OverdueRule, afterId: number | undefined, limit: number) {
  let q = problemsWithCounts(db, rule).where((eb) => matches(eb, f, rule));
  if (afterId !== undefined) q = q.where('problems.id', '>', afterId);
  return q.orderBy('problems.id').limit(limit).execute();
}

/** Where the counts are taken: one partner, a region and what lies inside it, or (neither) the whole country. */
export interface CountScope {
  partnerId?: number | undefined;
  withinRegion?: string | undefined;
}

/**
 * Open problems and overdue actions, in total and grouped by the first `childLength` characters
 * of the partners' region codes (a child region's code), when given.
 */
export async function countOpenProblems(db: DbOrTx, scope: CountScope, rule: OverdueRule, childLength: number | null) {
  // A literal, not a parameter: PostgreSQL matches a GROUP BY expression to the select's only when they are the same text.
  const child = sql<string>`substr(${sql.ref('partners.region_code')}, 1, ${sql.lit(childLength ?? 0)})`;
  const scoped = <T extends ProblemsWithPartner>(eb: T) =>
    eb.and([
      eb('problems.status', 'in', [...rule.openStatuses]),
      ...(scope.partnerId !== undefined ? [eb('problems.partner_id', '=', scope.partnerId)] : []),
      ...(scope.withinRegion !== undefined ? [within(eb, scope.withinRegion)] : []),
    ]);
  const problems = db
    .selectFrom('problems')
    .innerJoin('partners', 'partners.id', 'problems.partner_id')
    .where(scoped)
    .select([child.as('child'), (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy(child);
  const actions = db
    .selectFrom('problem_actions')
    .innerJoin('problems', 'problems.id', 'problem_actions.problem_id')
    .innerJoin('partners', 'partners.id', 'problems.partner_id')
    .where(scoped)
    .where('problem_actions.done', '=', 0)
    .where('problem_actions.due_date', '<', rule.today)
    .select([child.as('child'), (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy(child);
  const [open, overdue] = await Promise.all([problems.execute(), actions.execute()]);
  const tally = (rows: { child: string; n: number | string | bigint }[]) => new Map(rows.map((r) => [r.child, Number(r.n)]));
  return { open: tally(open), overdue: tally(overdue) };
}

/** The account an action may be given to, with what places it: its role, region or partner, and whether it is active. */
export function findAssignee(db: DbOrTx, userId: number) {
  return db
    .selectFrom('users')
    .select(['id', 'username', 'role', 'region_code', 'partner_id', 'display_name', 'active'])
    .where('id', '=', userId)
    .executeTakeFirst();
}
