import type { Tx } from '#server/db/database';
import { ApiError } from '#server/http/errors';
import type { ProblemUpdate } from './problem.table';
import { updateProblemIfStatus } from './repository';
import { auditProblem, type ProblemAudit } from './trail';

/**
 * The one door for every change to a problem after it was raised (an edit, a status move, its
 * actions): the problem is stamped only while it is still in one of `from`, so a concurrent
 * move (resolved meanwhile) loses with 409 rather than changing a settled problem; then each
 * entry is written on its trail in the same transaction.
 */
export async function changeProblem(
  tx: Tx,
  problemId: number,
  change: { from: readonly string[]; set: ProblemUpdate },
  audit: ProblemAudit[],
): Promise<void> {
  if (!(await updateProblemIfStatus(tx, problemId, change.from, change.set))) {
    throw new ApiError('conflict', 'the problem was changed by someone else meanwhile; reload it and try again');
  }
  for (const entry of audit) await auditProblem(tx, problemId, entry);
}
