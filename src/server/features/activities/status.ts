import type { ActivityEvent } from '#domain/activities';
import type { FieldIssue } from '#domain/errors';
import { activityOperationFrom, activityRefusal, type Actor } from '#domain/permissions';
import type { DbOrTx, Tx } from '#server/db/database';
import { inTransaction } from '#server/db/transaction';
import { ApiError } from '#server/http/errors';
import { activityFor, scopeOf } from './access';
import type { ActivityRow } from './activity.table';
import { changeActivity } from './changes';
import { findEvent, insertEvent } from './events.repository';
import { toEvent } from './mapping';
import { findActivity } from './repository';

// The review loop: draft → submitted → verified, or → returned (with the reviewer's comment)
// → submitted again. A verified activity is locked until an admin reopens it with a reason.

/** The reporter sends a draft or a fixed returned activity for review, optionally with a note. */
export function submitActivity(db: DbOrTx, actor: Actor, id: number, now: Date, note?: string): Promise<void> {
  return inTransaction(db, async (tx) => {
    const before = await activityFor(tx, actor, id, 'submit');
    const at = now.toISOString();
    await changeActivity(
      tx,
      {
        kind: 'update',
        before,
        from: activityOperationFrom('submit'),
        set: { status: 'submitted', submitted_at: at, updated_at: at, return_comment: null },
      },
      { actorId: actor.id, at, kind: 'submitted', comment: note ?? null },
    );
  });
}

async function verifyRow(tx: Tx, actor: Actor, before: ActivityRow, at: string): Promise<void> {
  await changeActivity(
    tx,
    {
      kind: 'update',
      before,
      from: activityOperationFrom('verify'),
      set: { status: 'verified', reviewed_at: at, reviewed_by: actor.id, updated_at: at },
    },
    { actorId: actor.id, at, kind: 'verified' },
  );
}

export function verifyActivity(db: DbOrTx, actor: Actor, id: number, now: Date): Promise<void> {
  return inTransaction(db, async (tx) => verifyRow(tx, actor, await activityFor(tx, actor, id, 'verify'), now.toISOString()));
}

/** Sends a submitted activity back to its reporter with what to fix. */
export function returnActivity(db: DbOrTx, actor: Actor, id: number, comment: string, now: Date): Promise<void> {
  return sendBack(db, actor, id, 'return', comment, now);
}

/** An admin unlocks a verified activity for correction: it goes back to the reporter as returned, with the reason. */
export function reopenActivity(db: DbOrTx, actor: Actor, id: number, reason: string, now: Date): Promise<void> {
  return sendBack(db, actor, id, 'reopen', reason, now);
}

/** Both ways back to the reporter end as `returned`, the comment shown where a returned report shows it. */
function sendBack(db: DbOrTx, actor: Actor, id: number, operation: 'return' | 'reopen', comment: string, now: Date): Promise<void> {
  return inTransaction(db, async (tx) => {
    const before = await activityFor(tx, actor, id, operation);
    const at = now.toISOString();
    await changeActivity(
      tx,
      {
        kind: 'update',
        before,
        from: activityOperationFrom(operation),
        set: { status: 'returned', return_comment: comment, reviewed_at: at, reviewed_by: actor.id, updated_at: at },
      },
      { actorId: actor.id, at, kind: operation === 'return' ? 'returned' : 'reopened', comment },
    );
  });
}

const refusalStatus = { not_visible: 'not_found', not_allowed: 'forbidden', wrong_status: 'conflict' } as const;

/**
 * Verifies several submitted activities at once, all or nothing: when any one cannot be verified
 * (not found, not allowed, no longer submitted) none is, and each offender is named as `ids.N`.
 */
export function verifyActivities(db: DbOrTx, actor: Actor, ids: number[], now: Date): Promise<number[]> {
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
    for (const row of rows) await verifyRow(tx, actor, row, at);
    return rows.map((r) => r.id);
  });
}

/** A comment on the activity's trail, from a reviewer or a konsultan; it changes nothing else. */
export async function commentOnActivity(db: DbOrTx, actor: Actor, id: number, text: string, now: Date): Promise<ActivityEvent> {
  await activityFor(db, actor, id, 'comment');
  const eventId = await insertEvent(db, {
    activity_id: id,
    actor_id: actor.id,
    at: now.toISOString(),
    kind: 'commented',
    changes: null,
    comment: text,
  });
  const row = await findEvent(db, eventId);
  if (!row) throw new ApiError('internal', 'comment vanished after insert');
  return toEvent(row);
}
