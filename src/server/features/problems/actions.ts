import { fieldChanges } from '#domain/audit';
import { dueDateToday, type CreateProblemActionBody, type ProblemAction, type UpdateProblemActionBody } from '#domain/problems';
import type { Actor } from '#domain/permissions';
import type { DbOrTx, Tx } from '#server/db/database';
import { inTransaction } from '#server/db/transaction';
import { ApiError, notFound } from '#server/http/errors';
import { problemFor, scopeOf } from './access';
import { findProblemAction, findProblemActionDetail, insertProblemAction, updateProblemAction } from './actions.repository';
import { assertAssignable } from './assignee';
import { changeProblem } from './changes';
import { ignoreProblemHappenings, type ProblemListener } from './events';
import { toProblemAction } from './mapping';
import type { ScopedProblemRow } from './repository';
import type { ProblemAudit } from './trail';

// Follow-up actions of a problem: what, who, by when, done. Each change is on the problem's
// trail, its fields named `actions.<id>.<field>`, so the history reads which action changed.

const fieldOf = (actionId: number, field: string) => `actions.${actionId}.${field}`;

async function actionAnswer(tx: Tx, problem: ScopedProblemRow, actionId: number, now: Date): Promise<ProblemAction> {
  const row = await findProblemActionDetail(tx, actionId);
  if (!row) throw new ApiError('internal', 'action vanished');
  return toProblemAction(row, scopeOf(problem).status, dueDateToday(now));
}

/** Adds an action while the problem is worked on; one given to an account is announced as assigned. */
export function addProblemAction(
  db: DbOrTx,
  actor: Actor,
  problemId: number,
  body: CreateProblemActionBody,
  now: Date,
  listener: ProblemListener = ignoreProblemHappenings,
): Promise<ProblemAction> {
  return inTransaction(db, async (tx) => {
    const problem = await problemFor(tx, actor, problemId, 'addAction');
    const ownerUserId = body.ownerUserId ?? null;
    if (ownerUserId !== null) await assertAssignable(tx, ownerUserId, scopeOf(problem));
    const at = now.toISOString();
    const id = await insertProblemAction(tx, {
      problem_id: problemId,
      what: body.what,
      owner: body.owner,
      owner_user_id: ownerUserId,
      due_date: body.dueDate,
      done: 0,
      done_at: null,
      done_by: null,
      created_by: actor.id,
      created_at: at,
      updated_at: at,
    });
    const added = { what: body.what, owner: body.owner, ownerUserId, dueDate: body.dueDate };
    await changeProblem(tx, problemId, { from: [problem.status], set: { updated_at: at } }, [
      { actorId: actor.id, at, kind: 'action_added', changes: { [fieldOf(id, 'added')]: { from: null, to: added } } },
    ]);
    if (ownerUserId !== null) {
      const about = { problemId, title: problem.title, raisedBy: problem.created_by, actorId: actor.id };
      await listener(tx, { ...about, kind: 'action_assigned', actionId: id, ownerUserId, what: body.what, dueDate: body.dueDate });
    }
    return actionAnswer(tx, problem, id, now);
  });
}

/**
 * Ticks an action done or not done, and edits what, who and when, while the problem is worked
 * on. Ticking and editing are separate entries on the trail: "done" is what a reader looks for.
 */
export function updateProblemActionOf(
  db: DbOrTx,
  actor: Actor,
  problemId: number,
  actionId: number,
  patch: UpdateProblemActionBody,
  now: Date,
  listener: ProblemListener = ignoreProblemHappenings,
): Promise<ProblemAction> {
  return inTransaction(db, async (tx) => {
    const problem = await problemFor(tx, actor, problemId, 'editAction');
    const before = await findProblemAction(tx, problemId, actionId);
    if (!before) throw notFound('action');
    const current = { what: before.what, owner: before.owner, ownerUserId: before.owner_user_id, dueDate: before.due_date };
    const next = {
      what: patch.what ?? current.what,
      owner: patch.owner ?? current.owner,
      ownerUserId: patch.ownerUserId === undefined ? current.ownerUserId : patch.ownerUserId,
      dueDate: patch.dueDate ?? current.dueDate,
    };
    const wasDone = before.done === 1;
    const done = patch.done ?? wasDone;
    const assigned = next.ownerUserId !== null && next.ownerUserId !== current.ownerUserId ? next.ownerUserId : null;
    if (assigned !== null) await assertAssignable(tx, assigned, scopeOf(problem));

    const at = now.toISOString();
    const audit: ProblemAudit[] = [];
    const edits = fieldChanges(current, next);
    if (Object.keys(edits).length > 0) {
      const named = Object.fromEntries(Object.entries(edits).map(([field, change]) => [fieldOf(actionId, field), change]));
      audit.push({ actorId: actor.id, at, kind: 'action_edited', changes: named });
    }
    if (done !== wasDone) {
      audit.push({
        actorId: actor.id,
        at,
        kind: done ? 'action_done' : 'action_undone',
        changes: { [fieldOf(actionId, 'done')]: { from: wasDone, to: done } },
      });
    }
    if (audit.length === 0) return actionAnswer(tx, problem, actionId, now);

    await updateProblemAction(tx, actionId, {
      what: next.what,
      owner: next.owner,
      owner_user_id: next.ownerUserId,
      due_date: next.dueDate,
      done: done ? 1 : 0,
      done_at: done === wasDone ? before.done_at : done ? at : null,
      done_by: done === wasDone ? before.done_by : done ? actor.id : null,
      updated_at: at,
    });
    await changeProblem(tx, problemId, { from: [problem.status], set: { updated_at: at } }, audit);
    if (assigned !== null) {
      const about = { problemId, title: problem.title, raisedBy: problem.created_by, actorId: actor.id };
      await listener(tx, { ...about, kind: 'action_assigned', actionId, ownerUserId: assigned, what: next.what, dueDate: next.dueDate });
    }
    return actionAnswer(tx, problem, actionId, now);
  });
}
