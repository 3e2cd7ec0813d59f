import { fieldChanges } from '#domain/audit';
import type { CreateGatheringActionBody, UpdateGatheringActionBody } from '#domain/gathering-actions';
import type { GatheringAction } from '#domain/gatherings';
import type { Actor } from '#domain/permissions';
import type { DbOrTx, Tx } from '#server/db/database';
import { inTransaction } from '#server/db/transaction';
import { ApiError, invalidField, notFound } from '#server/http/errors';
import { addProblemAction, updateProblemActionOf } from '#server/features/problems/actions';
import { findAction, insertAction, linksOf, updateAction } from './agenda.repository';
import { editableItem, itemAnswer } from './minutes';
import { auditGathering, itemField, type GatheringAudit } from './trail';

// Follow-up actions an agenda item decided. On a `pemecahan_masalah` item, an action for one of
// its problems is added to that problem through the problems feature (so the problem's trail and
// its rules — open problems only, 409 once settled — hold), and the gathering keeps a link to it.

const actionField = (itemId: number, actionId: number, field: string) => itemField(itemId, `actions.${actionId}.${field}`);

async function actionAnswer(
  tx: Tx,
  actor: Actor,
  gatheringId: number,
  itemId: number,
  actionId: number,
  now: Date,
): Promise<GatheringAction> {
  const action = (await itemAnswer(tx, actor, gatheringId, itemId, now)).actions.find((a) => a.id === actionId);
  if (!action) throw new ApiError('internal', 'action vanished');
  return action;
}

export function addGatheringAction(
  db: DbOrTx,
  actor: Actor,
  gatheringId: number,
  itemId: number,
  body: CreateGatheringActionBody,
  now: Date,
): Promise<GatheringAction> {
  return inTransaction(db, async (tx) => {
    const { item } = await editableItem(tx, actor, gatheringId, itemId);
    const at = now.toISOString();
    let problemActionId: number | null = null;
    if (body.problemId !== undefined) {
      const problems = item.kind === 'pemecahan_masalah' ? (await linksOf(tx, [itemId])).problems.map((l) => l.id) : [];
      if (!problems.includes(body.problemId)) {
        throw invalidField('problemId', 'not_on_item', 'the action’s problem must be one of this agenda item’s problems');
      }
      problemActionId = (
        await addProblemAction(tx, actor, body.problemId, { what: body.what, owner: body.owner, dueDate: body.dueDate }, now)
      ).id;
    }
    const own = problemActionId === null;
    const id = await insertAction(tx, {
      gathering_id: gatheringId,
      item_id: itemId,
      problem_action_id: problemActionId,
      what: own ? body.what : null,
      owner: own ? body.owner : null,
      due_date: own ? body.dueDate : null,
      done: 0,
      done_at: null,
      done_by: null,
      created_by: actor.id,
      created_at: at,
      updated_at: at,
    });
    const added = { what: body.what, owner: body.owner, dueDate: body.dueDate, problemId: body.problemId ?? null };
    await auditGathering(tx, gatheringId, {
      actorId: actor.id,
      at,
      kind: 'action_added',
      changes: { [actionField(itemId, id, 'added')]: { from: null, to: added } },
    });
    return actionAnswer(tx, actor, gatheringId, itemId, id, now);
  });
}

/** Ticks a follow-up done or not done, or edits it; for a problem's action, through the problem. */
export function updateGatheringAction(
  db: DbOrTx,
  actor: Actor,
  gatheringId: number,
  itemId: number,
  actionId: number,
  patch: UpdateGatheringActionBody,
  now: Date,
): Promise<GatheringAction> {
  return inTransaction(db, async (tx) => {
    await editableItem(tx, actor, gatheringId, itemId);
    const row = await findAction(tx, itemId, actionId);
    if (!row) throw notFound('action');
    const before = await actionAnswer(tx, actor, gatheringId, itemId, actionId, now);
    const current = { what: before.what, owner: before.owner, dueDate: before.dueDate };
    const next = { what: patch.what ?? current.what, owner: patch.owner ?? current.owner, dueDate: patch.dueDate ?? current.dueDate };
    const done = patch.done ?? before.done;
    const at = now.toISOString();
    const audit: GatheringAudit[] = [];
    const edits = fieldChanges(current, next);
    if (Object.keys(edits).length > 0) {
      const named = Object.fromEntries(Object.entries(edits).map(([field, change]) => [actionField(itemId, actionId, field), change]));
      audit.push({ actorId: actor.id, at, kind: 'action_edited', changes: named });
    }
    if (done !== before.done) {
      audit.push({
        actorId: actor.id,
        at,
        kind: done ? 'action_done' : 'action_undone',
        changes: { [actionField(itemId, actionId, 'done')]: { from: before.done, to: done } },
      });
    }
    if (audit.length === 0) return before;

    if (row.problem_action_id !== null && before.problemId !== null) {
      await updateProblemActionOf(tx, actor, before.problemId, row.problem_action_id, { ...next, done }, now);
      await updateAction(tx, actionId, { updated_at: at });
    } else {
      await updateAction(tx, actionId, {
        what: next.what,
        owner: next.owner,
        due_date: next.dueDate,
        done: done ? 1 : 0,
        done_at: done === before.done ? row.done_at : done ? at : null,
        done_by: done === before.done ? row.done_by : done ? actor.id : null,
        updated_at: at,
      });
    }
    for (const entry of audit) await auditGathering(tx, gatheringId, entry);
    return actionAnswer(tx, actor, gatheringId, itemId, actionId, now);
  });
}
