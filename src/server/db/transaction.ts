import { Transaction } from 'kysely';
import type { Database, DbOrTx, Tx } from './database';

/**
 * Runs the work in the caller's transaction when given one (the demo seed writes thousands of
 * rows in one), else in a new one. Services stay callable both from a route and in bulk.
 */
export function inTransaction<T>(db: DbOrTx, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db instanceof Transaction ? work(db as Transaction<Database>) : db.transaction().execute(work);
}
