import { Transaction } from 'kysely';
import type { Database, DbOrTx, Tx } from './database';
import { groupCommitOf } from './group-commit';

/**
 * Runs the work in the caller's transaction when given one (the demo seed writes thousands of
 * rows in one), else in a new one. Services stay callable both from a route and in bulk. On the
 * embedded database the new ones asked for together are committed together (group-commit.ts).
 */
export function inTransaction<T>(db: DbOrTx, work: (tx: Tx) => Promise<T>): Promise<T> {
  if (db instanceof Transaction) return work(db as Transaction<Database>);
  return groupCommitOf(db)?.run(work) ?? db.transaction().execute(work);
}
