import type { DbOrTx } from '#server/db/database';
import type { NewProblemActionRow, ProblemActionUpdate } from './problem.table';

export async function insertProblemAction(db: DbOrTx, row: NewProblemActionRow): Promise<number> {
  const { id } = await db.insertInto('problem_actions').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** The action, only when it belongs to this problem. */
export function findProblemAction(db: DbOrTx, problemId: number, actionId: number) {
  return db.selectFrom('problem_actions').selectAll().where('id', '=', actionId).where('problem_id', '=', problemId).executeTakeFirst();
}

export async function updateProblemAction(db: DbOrTx, actionId: number, set: ProblemActionUpdate): Promise<void> {
  await db.updateTable('problem_actions').set(set).where('id', '=', actionId).execute();
}

function withPeople(db: DbOrTx) {
  return db
    .selectFrom('problem_actions')
    .innerJoin('users as author', 'author.id', 'problem_actions.created_by')
    .leftJoin('users as ticker', 'ticker.id', 'problem_actions.done_by')
    .selectAll('problem_actions')
    .select([
      'author.username as author_username',
      'author.display_name as author_display_name',
      'ticker.username as ticker_username',
      'ticker.display_name as ticker_display_name',
    ]);
}

/** A problem's actions with who added and who ticked each: earliest due first. */
export function actionsOfProblem(db: DbOrTx, problemId: number) {
  return withPeople(db)
    .where('problem_actions.problem_id', '=', problemId)
    .orderBy('problem_actions.due_date')
    .orderBy('problem_actions.id')
    .execute();
}
export type ProblemActionDetailRow = Awaited<ReturnType<typeof actionsOfProblem>>[number];

export function findProblemActionDetail(db: DbOrTx, actionId: number) {
  return withPeople(db).where('problem_actions.id', '=', actionId).executeTakeFirst();
}
