import { problemRefusal } from '#domain/problem-flow';
import { ProblemStatus, type ProblemOperation } from '#domain/problems';
import { can, inScope, type Actor } from '#domain/permissions';
import type { DbOrTx } from '#server/db/database';
import { ApiError, forbidden, notFound } from '#server/http/errors';
import { findProblem, type ScopedProblemRow } from './repository';

export const scopeOf = (row: ScopedProblemRow) => ({
  regionCode: row.region_code,
  partnerId: row.partner_id,
  status: ProblemStatus.parse(row.status),
});

const operationWords: Record<ProblemOperation, string> = {
  edit: 'edit',
  comment: 'comment on',
  addAction: 'add actions to',
  editAction: 'change the actions of',
  handle: 'take up',
  resolve: 'resolve',
  close: 'close',
  reopen: 'reopen',
};

function wrongStatusMessage(operation: ProblemOperation, status: ProblemStatus): string {
  if ((status === 'selesai' || status === 'ditutup') && operation !== 'reopen') {
    return `the problem is ${status}; staff can reopen it to change it again`;
  }
  return `cannot ${operationWords[operation]} a problem that is ${status}`;
}

/**
 * The problem, when the actor may do the operation on it now. Outside the actor's scope it does
 * not exist (404); a role without the right gets 403; a wrong status 409.
 */
export async function problemFor(db: DbOrTx, actor: Actor, id: number, operation: ProblemOperation): Promise<ScopedProblemRow> {
  const row = await findProblem(db, id);
  if (!row) throw notFound('problem');
  const scoped = scopeOf(row);
  switch (problemRefusal(actor, scoped, operation)) {
    case 'not_visible':
      throw notFound('problem');
    case 'not_allowed':
      throw forbidden(`your role may not ${operationWords[operation]} this problem`);
    case 'wrong_status': {
      const message = wrongStatusMessage(operation, scoped.status);
      throw new ApiError('conflict', message, [{ field: 'status', issue: 'wrong_status', message }]);
    }
    case null:
      return row;
  }
}

/** The problem, when the actor may see it; otherwise it does not exist for them. */
export async function visibleProblem(db: DbOrTx, actor: Actor, id: number): Promise<ScopedProblemRow> {
  const row = await findProblem(db, id);
  if (!row || !can(actor, 'problems.read') || !inScope(actor, scopeOf(row))) throw notFound('problem');
  return row;
}
