import type { DbOrTx } from '#server/db/database';

// What a gathering's agenda shows of the problems it worked on, read here so the gatherings
// feature never touches the problems' tables.

/** The problems with their library and where it sits, in no particular order. */
export async function problemCardRows(db: DbOrTx, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('problems')
    .innerJoin('partners', 'partners.id', 'problems.partner_id')
    .select([
      'problems.id',
      'problems.title',
      'problems.status',
      'problems.partner_id',
      'partners.name as partner_name',
      'partners.region_code',
    ])
    .where('problems.id', 'in', [...ids])
    .execute();
}

/** Actions by id, with who added and ticked each and their problem's status. */
export async function problemActionRows(db: DbOrTx, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('problem_actions')
    .innerJoin('problems', 'problems.id', 'problem_actions.problem_id')
    .innerJoin('users as author', 'author.id', 'problem_actions.created_by')
    .leftJoin('users as ticker', 'ticker.id', 'problem_actions.done_by')
    .selectAll('problem_actions')
    .select([
      'problems.status as problem_status',
      'author.username as author_username',
      'author.display_name as author_display_name',
      'ticker.username as ticker_username',
      'ticker.display_name as ticker_display_name',
    ])
    .where('problem_actions.id', 'in', [...ids])
    .execute();
}
