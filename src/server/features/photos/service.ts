import type { ActivityPhoto } from '#domain/activities';
import { activityOperationFrom, type Actor } from '#domain/permissions';
import { photoLimits } from '#domain/photos';
import type { Db } from '#server/db/database';
import { ApiError, notFound } from '#server/http/errors';
import { activityFor, visibleActivity } from '#server/features/activities/access';
import { insertEvent } from '#server/features/activities/events.repository';
import { processPhoto } from './images';
import { toPhoto } from './mapping';
import { claimPhotoSlot, deletePhotoRow, findPhoto, insertPhoto, releasePhotoSlot } from './repository';
import { newPhotoName, photoPath, removePhotoFiles, writePhotoFiles, type PhotoSize } from './storage';

const tooManyPhotos = () => {
  const message = `an activity holds at most ${photoLimits.perActivity} photos; remove one first`;
  return new ApiError('conflict', message, [{ field: 'photo', issue: 'too_many', message, limit: photoLimits.perActivity }]);
};

/**
 * Adds an evidence photo. Checks come first, so a refused upload is never decoded; the files are
 * written only once the image is known good, and removed again if the database refuses the row.
 * Photos do not change what is counted, so they bypass the activity change door.
 */
export async function addPhoto(
  db: Db,
  actor: Actor,
  activityId: number,
  readPhoto: () => Promise<Buffer>,
  now: Date,
  uploadDir: string,
): Promise<ActivityPhoto> {
  const activity = await activityFor(db, actor, activityId, 'addPhoto');
  if (activity.photo_count >= photoLimits.perActivity) throw tooManyPhotos();
  const image = await processPhoto(await readPhoto());
  const fileName = newPhotoName();
  await writePhotoFiles(uploadDir, fileName, image.full, image.thumbnail);
  try {
    return await db.transaction().execute(async (tx) => {
      const at = now.toISOString();
      const claimed = await claimPhotoSlot(tx, {
        activityId,
        statuses: activityOperationFrom('addPhoto'),
        limit: photoLimits.perActivity,
        at,
      });
      if (!claimed) {
        // Someone else submitted it or filled the last slot meanwhile: name the right reason.
        await activityFor(tx, actor, activityId, 'addPhoto');
        throw tooManyPhotos();
      }
      const row = await insertPhoto(tx, {
        activity_id: activityId,
        file_name: fileName,
        width: image.width,
        height: image.height,
        bytes: image.full.length,
        created_by: actor.id,
        created_at: at,
      });
      await insertEvent(tx, {
        activity_id: activityId,
        actor_id: actor.id,
        at,
        kind: 'photo_added',
        changes: JSON.stringify({ photo: { from: null, to: row.id } }),
        comment: null,
      });
      return toPhoto(row);
    });
  } catch (err) {
    await removePhotoFiles(uploadDir, [fileName]);
    throw err;
  }
}

export async function removePhoto(db: Db, actor: Actor, activityId: number, photoId: number, now: Date, uploadDir: string): Promise<void> {
  const fileName = await db.transaction().execute(async (tx) => {
    await activityFor(tx, actor, activityId, 'removePhoto');
    const photo = await findPhoto(tx, activityId, photoId);
    if (!photo) throw notFound('photo');
    const at = now.toISOString();
    await deletePhotoRow(tx, photo.id);
    await releasePhotoSlot(tx, activityId, at);
    await insertEvent(tx, {
      activity_id: activityId,
      actor_id: actor.id,
      at,
      kind: 'photo_removed',
      changes: JSON.stringify({ photo: { from: photo.id, to: null } }),
      comment: null,
    });
    return photo.file_name;
  });
  await removePhotoFiles(uploadDir, [fileName]);
}

/** Where the photo's file is, for a user who may see the activity. */
export async function photoFileFor(
  db: Db,
  actor: Actor,
  activityId: number,
  photoId: number,
  size: PhotoSize,
  uploadDir: string,
): Promise<string> {
  await visibleActivity(db, actor, activityId);
  const photo = await findPhoto(db, activityId, photoId);
  if (!photo) throw notFound('photo');
  return photoPath(uploadDir, photo.file_name, size);
}
