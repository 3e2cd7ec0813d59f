import type { ActivityEvent, ActivityEventKind } from '#domain/activities';
import { activityReview, type ActivityTransition } from '#domain/activity-review';
import type { FieldIssue } from '#domain/errors';
import { activityRefusal, can, type Actor } from '#domain/permissions';
import type { DbOrTx, Tx } from '#server/db/database';
import { inTransaction } from '#server/db/transaction';
import { ApiError, invalidField } from '#server/http/errors';
import { addComment } from '#server/features/audit/comments';
import { activityFor, scopeOf } from './access';
import type { ActivityRow, ActivityUpdate } from './activity.table';
import { changeActivity } from './changes';
import { ignoreActivityMoments, type ActivityListener, type ActivityMoment } from './events';
import { findActivity } from './repository';
import { activityRef } from './trail';

// The review loop, as the machine in `#domain/activity-review` declares it: draft → submitted →
// verified, or → returned (with the reviewer's comment) → submitted again. A verified activity
// is locked until an admin reopens it with a reason.

/** What each move writes on the activity's trail. */
const trailKind = {
  submit: 'submitted',
  verify: 'verified',
  return: 'returned',
  reopen: 'reopened',
} as const satisfies Record<ActivityTransition, ActivityEventKind>;

/**
 * Takes one move of the machine on a row `activityFor` has let the actor move: to the status the
 * machine names, only while the activity is still in a status the move leaves from (a concurrent
 * decision loses with 409), with the comment the machine asks for, else 400 on `commentField`.
 */
async function move(
  tx: Tx,
  actor: Actor,
  before: ActivityRow,
  transition: ActivityTransition,
  p: { at: string; set: ActivityUpdate; comment?: string | null | undefined; commentField?: string },
  listener: ActivityListener,
): Promise<void> {
  const { status } = scopeOf(before);
  const refusal = activityReview.refusal(transition, { status, may: (action) => can(actor, action), comment: p.comment });
  // Role and status were judged by `activityFor`, with messages a user understands; what is left is the comment.
  if (refusal === 'comment_required') {
    throw invalidField(p.commentField ?? 'comment', 'required', `say why: a ${transition} needs a comment`);
  }
  const spec = activityReview.transitions[transition];
  await changeActivity(
    tx,
    { kind: 'update', before, from: spec.from, set: { ...p.set, status: spec.to, updated_at: p.at } },
    { actorId: actor.id, at: p.at, kind: trailKind[transition], comment: p.comment ?? null },
  );
  await listener(tx, momentOf(before, trailKind[transition], actor.id, p.at, p.comment ?? null));
}

function momentOf(row: ActivityRow, kind: ActivityMoment['kind'], actorId: number, at: string, comment: string | null): ActivityMoment {
  const { partner_id: partnerId, region_code: regionCode, created_by: reporterId } = row;
  return { kind, activityId: row.id, title: row.title, partnerId, regionCode, reporterId, actorId, at, comment };
}

/** The reporter sends a draft or a fixed returned activity for review, optionally with a note. */
export function submitActivity(
  db: DbOrTx,
  actor: Actor,
  id: number,
  now: Date,
  note?: string,
  listener: ActivityListener = ignoreActivityMoments,
): Promise<void> {
  return inTransaction(db, async (tx) => {
    const before = await activityFor(tx, actor, id, 'submit');
    const at = now.toISOString();
    await move(tx, actor, before, 'submit', { at, set: { submitted_at: at, return_comment: null }, comment: note }, listener);
  });
}

async function verifyRow(tx: Tx, actor: Actor, before: ActivityRow, at: string, listener: ActivityListener): Promise<void> {
  await move(tx, actor, before, 'verify', { at, set: { reviewed_at: at, reviewed_by: actor.id } }, listener);
}

export function verifyActivity(
  db: DbOrTx,
  actor: Actor,
  id: number,
  now: Date,
  listener: ActivityListener = ignoreActivityMoments,
): Promise<void> {
  return inTransaction(db, async (tx) => verifyRow(tx, actor, await activityFor(tx, actor, id, 'verify'), now.toISOString(), listener));
}

/** Sends a submitted activity back to its reporter with what to fix. */
export function returnActivity(
  db: DbOrTx,
  actor: Actor,
  id: number,
  comment: string,
  now: Date,
  listener: ActivityListener = ignoreActivityMoments,
): Promise<void> {
  return sendBack(db, actor, id, 'return', comment, now, listener);
}

/** An admin unlocks a verified activity for correction: it goes back to the reporter as returned, with the reason. */
export function reopenActivity(
  db: DbOrTx,
  actor: Actor,
  id: number,
  reason: string,
  now: Date,
  listener: ActivityListener = ignoreActivityMoments,
): Promise<void> {
  return sendBack(db, actor, id, 'reopen', reason, now, listener);
}

/** Both ways back to the reporter end as `returned`, the comment shown where a returned report shows it. */
function sendBack(
  db: DbOrTx,
  actor: Actor,
  id: number,
  operation: 'return' | 'reopen',
  comment: string,
  now: Date,
  listener: ActivityListener,
): Promise<void> {
  return inTransaction(db, async (tx) => {
    const before = await activityFor(tx, actor, id, operation);
    const at = now.toISOString();
    const set = { return_comment: comment, reviewed_at: at, reviewed_by: actor.id };
    await move(tx, actor, before, operation, { at, set, comment, commentField: operation === 'return' ? 'comment' : 'reason' }, listener);
  });
}

const refusalStatus = { not_visible: 'not_found', not_allowed: 'forbidden', wrong_status: 'conflict' } as const;

/**
 * Verifies several submitted activities at once, all or nothing: when any one cannot be verified
 * (not found, not allowed, no longer submitted) none is, and each offender is named as `ids.N`.
 */
export function verifyActivities(
  db: DbOrTx,
  actor: Actor,
  ids: number[],
  now: Date,
  listener: ActivityListener = ignoreActivityMoments,
): Promise<number[]> {
  const unique = [...new Set(ids)];
  return inTransaction(db, async (tx) => {
    const rows: ActivityRow[] = [];
    const refusals: (FieldIssue & { code: keyof typeof refusalStatus })[] = [];
    for (const id of unique) {
      const row = await findActivity(tx, id);
      const refusal = row ? activityRefusal(actor, scopeOf(row), 'verify') : 'not_visible';
      if (row && refusal === null) rows.push(row);
      else if (refusal) {
        const message =
          refusal === 'wrong_status' ? `activity ${id} is ${row?.status ?? 'gone'}, not submitted` : `activity ${id} not found`;
        refusals.push({ field: `ids.${ids.indexOf(id)}`, issue: refusal, message, code: refusal });
      }
    }
    if (refusals.length > 0) {
      // The gravest refusal decides the status: an unknown activity before a forbidden one before a conflict.
      const worst =
        (['not_visible', 'not_allowed', 'wrong_status'] as const).find((r) => refusals.some((x) => x.code === r)) ?? 'wrong_status';
      throw new ApiError(
        refusalStatus[worst],
        `${refusals.length} of the activities cannot be verified; none was`,
        refusals.map(({ code: _code, ...issue }) => issue),
      );
    }
    const at = now.toISOString();
    for (const row of rows) await verifyRow(tx, actor, row, at, listener);
    return rows.map((r) => r.id);
  });
}

/** A comment on the activity's thread, from a reviewer or a konsultan; it changes nothing else. */
export function commentOnActivity(
  db: DbOrTx,
  actor: Actor,
  id: number,
  text: string,
  now: Date,
  listener: ActivityListener = ignoreActivityMoments,
): Promise<ActivityEvent> {
  return inTransaction(db, async (tx) => {
    const row = await activityFor(tx, actor, id, 'comment');
    const entry = await addComment(tx, activityRef(id), actor.id, text, now);
    await listener(tx, momentOf(row, 'commented', actor.id, entry.at, text));
    return entry;
  });
}
