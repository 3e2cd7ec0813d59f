import { problemFlow, transitionTo, type ProblemTransition } from '#domain/problem-flow';
import type { ProblemEventKind, ProblemStatusBody } from '#domain/problems';
import { can, type Actor } from '#domain/permissions';
import type { DbOrTx } from '#server/db/database';
import { inTransaction } from '#server/db/transaction';
import { invalidField } from '#server/http/errors';
import { problemFor, scopeOf } from './access';
import { changeProblem } from './changes';
import { ignoreProblemHappenings, type ProblemListener } from './events';

// Moving a problem, as the machine in `#domain/problem-flow` declares it: terbuka → ditangani →
// selesai (with the resolution) or ditutup; staff reopen a settled one with a reason.

/** What each move writes on the problem's trail. */
const trailKind = {
  handle: 'handled',
  resolve: 'resolved',
  close: 'closed',
  reopen: 'reopened',
} as const satisfies Record<ProblemTransition, ProblemEventKind>;

/** The words a move takes and the field they come in: a resolution for `selesai`, a comment otherwise. */
function wordsOf(transition: ProblemTransition, body: ProblemStatusBody): { field: 'resolution' | 'comment'; text: string | undefined } {
  if (transition === 'resolve') {
    if (body.comment !== undefined) throw invalidField('comment', 'not_expected', 'a move to selesai takes its words as the resolution');
    return { field: 'resolution', text: body.resolution };
  }
  if (body.resolution !== undefined) throw invalidField('resolution', 'not_expected', 'only a move to selesai takes a resolution');
  return { field: 'comment', text: body.comment };
}

/**
 * Moves the problem to the status asked for. The role, scope and current status are judged
 * first (404, 403, 409); then the words the move needs, else 400 naming `resolution` (or
 * `comment` for reopening). A resolution is kept on the problem while it is `selesai`, and in
 * the trail and thread for good.
 */
export function changeProblemStatus(
  db: DbOrTx,
  actor: Actor,
  id: number,
  body: ProblemStatusBody,
  now: Date,
  listener: ProblemListener = ignoreProblemHappenings,
): Promise<void> {
  return inTransaction(db, async (tx) => {
    const transition = transitionTo(body.status);
    const before = await problemFor(tx, actor, id, transition);
    const { status } = scopeOf(before);
    const words = wordsOf(transition, body);
    const refusal = problemFlow.refusal(transition, { status, may: (action) => can(actor, action), comment: words.text });
    // Role and status were judged by `problemFor`, with messages a user understands; what is left is the words.
    if (refusal === 'comment_required') {
      throw invalidField(
        words.field,
        'required',
        words.field === 'resolution' ? 'write how the problem was solved' : `say why: ${transition} needs a reason`,
      );
    }
    const spec = problemFlow.transitions[transition];
    const at = now.toISOString();
    await changeProblem(
      tx,
      id,
      { from: spec.from, set: { status: spec.to, resolution: transition === 'resolve' ? (words.text ?? null) : null, updated_at: at } },
      [
        {
          actorId: actor.id,
          at,
          kind: trailKind[transition],
          comment: words.text ?? null,
          changes: { status: { from: status, to: spec.to } },
        },
      ],
    );
    const about = { problemId: id, title: before.title, raisedBy: before.created_by, actorId: actor.id };
    await listener(tx, { ...about, kind: 'problem_status_changed', from: status, to: spec.to });
  });
}
