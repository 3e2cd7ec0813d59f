import { fieldChanges } from '#domain/audit';
import { mayRaiseFor, problemFlow } from '#domain/problem-flow';
import { ProblemCategory, type CreateProblemBody, type ProblemEvent, type UpdateProblemBody } from '#domain/problems';
import type { Actor } from '#domain/permissions';
import type { DbOrTx } from '#server/db/database';
import { inTransaction } from '#server/db/transaction';
import { forbidden, invalidField } from '#server/http/errors';
import { addComment } from '#server/features/audit/comments';
import { partnerScope } from '#server/features/partners/scope';
import { problemFor } from './access';
import { changeProblem } from './changes';
import { ignoreProblemHappenings, type ProblemListener } from './events';
import { insertProblem } from './repository';
import { auditProblem, problemRef } from './trail';

/**
 * Raises a problem of a partner: by its manager for its own library, or by staff for a library
 * in their scope. It starts `terbuka`. Takes a database or a transaction, so the demo seed can
 * raise its problems inside its own.
 */
export function raiseProblem(
  db: DbOrTx,
  actor: Actor,
  body: CreateProblemBody,
  now: Date,
  listener: ProblemListener = ignoreProblemHappenings,
): Promise<number> {
  return inTransaction(db, async (tx) => {
    const partner = await partnerScope(tx, body.partnerId);
    if (!partner) throw invalidField('partnerId', 'unknown_partner', 'no partner has this id');
    if (!mayRaiseFor(actor, partner)) throw forbidden('you may not raise problems for this partner');
    if (!partner.active) throw invalidField('partnerId', 'inactive_partner', 'this partner has been deactivated and takes no new problems');
    const at = now.toISOString();
    const id = await insertProblem(tx, {
      partner_id: partner.id,
      title: body.title,
      category: body.category,
      description: body.description,
      status: problemFlow.initial,
      resolution: null,
      created_by: actor.id,
      created_at: at,
      updated_at: at,
    });
    await auditProblem(tx, id, { actorId: actor.id, at, kind: 'raised' });
    const about = { problemId: id, title: body.title, raisedBy: actor.id, actorId: actor.id };
    await listener(tx, { ...about, kind: 'problem_raised', partnerId: partner.id, regionCode: partner.regionCode });
    return id;
  });
}

/** Edits title, category or description while the problem is worked on; the trail keeps each changed field. */
export function editProblem(db: DbOrTx, actor: Actor, id: number, patch: UpdateProblemBody, now: Date): Promise<void> {
  return inTransaction(db, async (tx) => {
    const before = await problemFor(tx, actor, id, 'edit');
    const current = { title: before.title, category: ProblemCategory.parse(before.category), description: before.description };
    const next = { ...current, ...definedOf(patch) };
    const changes = fieldChanges(current, next);
    if (Object.keys(changes).length === 0) return;
    const at = now.toISOString();
    await changeProblem(tx, id, { from: [before.status], set: { ...next, updated_at: at } }, [
      { actorId: actor.id, at, kind: 'edited', changes },
    ]);
  });
}

/** A comment on the problem's thread, from anyone who may see it and comment, in any status. */
export function commentOnProblem(
  db: DbOrTx,
  actor: Actor,
  id: number,
  text: string,
  now: Date,
  listener: ProblemListener = ignoreProblemHappenings,
): Promise<ProblemEvent> {
  return inTransaction(db, async (tx) => {
    const problem = await problemFor(tx, actor, id, 'comment');
    const entry = await addComment(tx, problemRef(id), actor.id, text, now);
    const about = { problemId: id, title: problem.title, raisedBy: problem.created_by, actorId: actor.id };
    await listener(tx, { ...about, kind: 'problem_commented', entryId: entry.id, comment: text });
    return entry;
  });
}

/** The fields a patch names; an absent field keeps its value. */
function definedOf<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<T>;
}
