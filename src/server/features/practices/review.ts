import { can, type Actor } from '#domain/permissions';
import { practiceReview, type PracticeTransition } from '#domain/practice-review';
import type { PracticeEvent, PracticeEventKind } from '#domain/practices';
import type { DbOrTx, Tx } from '#server/db/database';
import { inTransaction } from '#server/db/transaction';
import { invalidField } from '#server/http/errors';
import { addComment } from '#server/features/audit/comments';
import { changedMeanwhile, practiceFor, scopeOf } from './access';
import { ignorePracticeMoments, type PracticeListener, type PracticeMoment } from './events';
import type { PracticeUpdate } from './practice.table';
import { setFeatured, updatePracticeIfStatus, type PracticeScopeRow } from './repository';
import { auditPractice, practiceRef } from './trail';

// The review loop, as the machine in `#domain/practice-review` declares it: draft → submitted →
// published, or → returned (with the reviewer's comment) → submitted again; and the marks and
// words around it: featuring a published story, and comments. Each moment others will want to
// hear of is announced to the listener inside the transaction that made it (events.ts).

const trailKind = {
  submit: 'submitted',
  publish: 'published',
  return: 'returned',
} as const satisfies Record<PracticeTransition, PracticeEventKind>;

const momentOf = (
  row: PracticeScopeRow,
  kind: PracticeMoment['kind'],
  p: { actorId: number; at: string; comment?: string | null | undefined },
): PracticeMoment => ({
  kind,
  practiceId: row.id,
  title: row.title,
  partnerId: row.partner_id,
  regionCode: row.region_code,
  authorId: row.created_by,
  actorId: p.actorId,
  at: p.at,
  comment: p.comment ?? null,
});

/**
 * Takes one move of the machine on a row `practiceFor` has let the actor move: to the status the
 * machine names, only while the story is still in a status the move leaves from (a concurrent
 * decision loses with 409), with the comment the machine asks for, else 400 naming `comment`.
 */
async function move(
  tx: Tx,
  actor: Actor,
  before: PracticeScopeRow,
  transition: PracticeTransition,
  p: { at: string; set: PracticeUpdate; comment?: string | null | undefined },
  listener: PracticeListener,
): Promise<void> {
  const { status } = scopeOf(before);
  const refusal = practiceReview.refusal(transition, { status, may: (action) => can(actor, action), comment: p.comment });
  // Role, scope and status were judged by `practiceFor`, with messages a user understands; what is left is the comment.
  if (refusal === 'comment_required') throw invalidField('comment', 'required', `say why: a ${transition} needs a comment`);
  const spec = practiceReview.transitions[transition];
  const moved = await updatePracticeIfStatus(tx, before.id, spec.from, { ...p.set, status: spec.to, updated_at: p.at });
  if (!moved) throw changedMeanwhile();
  const kind = trailKind[transition];
  await auditPractice(tx, before.id, { actorId: actor.id, at: p.at, kind, comment: p.comment ?? null });
  await listener(tx, momentOf(before, kind, { actorId: actor.id, at: p.at, comment: p.comment }));
}

/** The author sends a draft, or a returned story it has fixed, for review; optionally saying what changed. */
export function submitPractice(
  db: DbOrTx,
  actor: Actor,
  id: number,
  now: Date,
  note?: string,
  listener: PracticeListener = ignorePracticeMoments,
): Promise<void> {
  return inTransaction(db, async (tx) => {
    const before = await practiceFor(tx, actor, id, 'submit');
    const at = now.toISOString();
    await move(tx, actor, before, 'submit', { at, set: { submitted_at: at, return_comment: null }, comment: note }, listener);
  });
}

/** A reviewer in scope publishes a submitted story: from now on every signed-in user in the country may read it. */
export function publishPractice(db: DbOrTx, actor: Actor, id: number, now: Date, listener: PracticeListener = ignorePracticeMoments) {
  return inTransaction(db, async (tx) => {
    const before = await practiceFor(tx, actor, id, 'publish');
    const at = now.toISOString();
    await move(tx, actor, before, 'publish', { at, set: { published_at: at, published_by: actor.id } }, listener);
  });
}

/** A reviewer in scope sends a submitted story back to its author with what to change. */
export function returnPractice(
  db: DbOrTx,
  actor: Actor,
  id: number,
  comment: string,
  now: Date,
  listener: PracticeListener = ignorePracticeMoments,
): Promise<void> {
  return inTransaction(db, async (tx) => {
    const before = await practiceFor(tx, actor, id, 'return');
    await move(tx, actor, before, 'return', { at: now.toISOString(), set: { return_comment: comment }, comment }, listener);
  });
}

/**
 * A provincial or national admin in scope marks a published story as featured, or takes the
 * mark away. Asking for what already is changes nothing and writes nothing, so a retry is harmless.
 */
export function featurePractice(
  db: DbOrTx,
  actor: Actor,
  id: number,
  featured: boolean,
  now: Date,
  listener: PracticeListener = ignorePracticeMoments,
): Promise<void> {
  return inTransaction(db, async (tx) => {
    const before = await practiceFor(tx, actor, id, featured ? 'feature' : 'unfeature');
    const at = now.toISOString();
    const changed = await setFeatured(tx, id, featured, {
      updated_at: at,
      featured_at: featured ? at : null,
      featured_by: featured ? actor.id : null,
    });
    if (!changed) return;
    await auditPractice(tx, id, { actorId: actor.id, at, kind: featured ? 'featured' : 'unfeatured' });
    if (featured) await listener(tx, momentOf(before, 'featured', { actorId: actor.id, at }));
  });
}

/** A comment on the story's thread, from its library's manager or the staff in scope; it changes nothing else. */
export function commentOnPractice(
  db: DbOrTx,
  actor: Actor,
  id: number,
  text: string,
  now: Date,
  listener: PracticeListener = ignorePracticeMoments,
): Promise<PracticeEvent> {
  return inTransaction(db, async (tx) => {
    const row = await practiceFor(tx, actor, id, 'comment');
    const entry = await addComment(tx, practiceRef(id), actor.id, text, now);
    await listener(tx, momentOf(row, 'commented', { actorId: actor.id, at: entry.at, comment: text }));
    return entry;
  });
}
