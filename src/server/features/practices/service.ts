import { fieldChanges } from '#domain/audit';
import { mayWritePracticeFor, practiceOperationFrom } from '#domain/practice-access';
import type { Actor } from '#domain/permissions';
import { practiceReview } from '#domain/practice-review';
import type { CreatePracticeBody, UpdatePracticeBody } from '#domain/practices';
import type { DbOrTx, Tx } from '#server/db/database';
import { inTransaction } from '#server/db/transaction';
import { forbidden, invalidField } from '#server/http/errors';
import { dropPhotosOf } from '#server/features/photos/service';
import { changedMeanwhile, practiceFor } from './access';
import { applyEdit, columnsOfContent, contentOfBody, contentOfRow, type PracticeContent } from './content';
import {
  activitiesOfPartnerAmong,
  deletePracticeIfStatus,
  findLibrary,
  insertPractice,
  linkedActivityIds,
  replaceActivityLinks,
  updatePracticeIfStatus,
} from './repository';
import { auditPractice, dropPracticeTrail, practiceRef } from './trail';

// Writing a story: its author (the library's manager, or an admin in scope) creates, edits and
// deletes it while it is a draft or returned. The review loop is in review.ts.

/** A story tells of its own library's activities only; every stranger is named at once. */
async function assertOwnActivities(tx: Tx, partnerId: number, content: PracticeContent): Promise<void> {
  const own = await activitiesOfPartnerAmong(tx, partnerId, content.activityIds);
  const strangers = content.activityIds.filter((id) => !own.has(id));
  if (strangers.length > 0) {
    throw invalidField('activityIds', 'not_this_library', `activities ${strangers.join(', ')} are not this library's own`);
  }
}

/** Records a new story as a draft; answers its id. */
export function createPractice(db: DbOrTx, actor: Actor, body: CreatePracticeBody, now: Date): Promise<number> {
  return inTransaction(db, async (tx) => {
    const partner = await findLibrary(tx, body.partnerId);
    if (!partner) throw invalidField('partnerId', 'unknown_partner', 'no partner has this id');
    if (!mayWritePracticeFor(actor, partner)) throw forbidden('you may not write stories for this library');
    if (!partner.active) throw invalidField('partnerId', 'inactive_partner', 'this partner has been deactivated and takes no new stories');
    const content = contentOfBody(body);
    await assertOwnActivities(tx, partner.id, content);
    const at = now.toISOString();
    const id = await insertPractice(tx, {
      ...columnsOfContent(content),
      partner_id: partner.id,
      status: practiceReview.initial,
      return_comment: null,
      created_by: actor.id,
      created_at: at,
      updated_at: at,
      submitted_at: null,
      published_at: null,
      published_by: null,
      featured_at: null,
      featured_by: null,
    });
    await replaceActivityLinks(tx, id, content.activityIds);
    await auditPractice(tx, id, { actorId: actor.id, at, kind: 'created' });
    return id;
  });
}

/** Edits a draft or returned story; the trail keeps each changed field's old and new value. */
export function updatePractice(db: DbOrTx, actor: Actor, id: number, patch: UpdatePracticeBody, now: Date): Promise<void> {
  return inTransaction(db, async (tx) => {
    const before = await practiceFor(tx, actor, id, 'edit');
    const current = contentOfRow(before, await linkedActivityIds(tx, id));
    const next = applyEdit(current, patch);
    const changes = fieldChanges(current, next);
    if (Object.keys(changes).length === 0) return;
    if (changes.activityIds) await assertOwnActivities(tx, before.partner_id, next);
    const at = now.toISOString();
    const updated = await updatePracticeIfStatus(tx, id, practiceOperationFrom('edit'), { ...columnsOfContent(next), updated_at: at });
    if (!updated) throw changedMeanwhile();
    if (changes.activityIds) await replaceActivityLinks(tx, id, next.activityIds);
    await auditPractice(tx, id, { actorId: actor.id, at, kind: 'edited', changes });
  });
}

/**
 * Deletes a draft or returned story with its photos and trail. Those are keyed by owner, with no
 * foreign key to cascade, so they go here, in the same transaction; the photo files once it has committed.
 */
export async function deletePractice(db: DbOrTx, actor: Actor, id: number, uploadDir: string): Promise<void> {
  const removeFiles = await inTransaction(db, async (tx) => {
    await practiceFor(tx, actor, id, 'delete');
    const removeFiles = await dropPhotosOf(tx, practiceRef(id), uploadDir);
    await dropPracticeTrail(tx, id);
    if (!(await deletePracticeIfStatus(tx, id, practiceOperationFrom('delete')))) throw changedMeanwhile();
    return removeFiles;
  });
  await removeFiles();
}
