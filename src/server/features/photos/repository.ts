import { sql } from 'kysely';
import type { DbOrTx } from '#server/db/database';
import type { NewActivityPhotoRow } from './photo.table';

export function listPhotos(db: DbOrTx, activityId: number) {
  return db.selectFrom('activity_photos').selectAll().where('activity_id', '=', activityId).orderBy('id').execute();
}

/** Every photo's file name: what a backup must hold beside the database. */
export async function allPhotoFileNames(db: DbOrTx): Promise<string[]> {
  const rows = await db.selectFrom('activity_photos').select('file_name').orderBy('id').execute();
  return rows.map((row) => row.file_name);
}

export function findPhoto(db: DbOrTx, activityId: number, photoId: number) {
  return db.selectFrom('activity_photos').selectAll().where('id', '=', photoId).where('activity_id', '=', activityId).executeTakeFirst();
}

/**
 * Takes one of the activity's photo slots, only while it has a free one and is still editable.
 * One conditional UPDATE: two uploads at once cannot both take the last slot.
 */
export async function claimPhotoSlot(
  db: DbOrTx,
  p: { activityId: number; statuses: readonly string[]; limit: number; at: string },
): Promise<boolean> {
  const result = await db
    .updateTable('activities')
    .set({ photo_count: sql`photo_count + 1`, updated_at: p.at })
    .where('id', '=', p.activityId)
    .where('photo_count', '<', p.limit)
    .where('status', 'in', [...p.statuses])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function releasePhotoSlot(db: DbOrTx, activityId: number, at: string): Promise<void> {
  await db
    .updateTable('activities')
    .set({ photo_count: sql`photo_count - 1`, updated_at: at })
    .where('id', '=', activityId)
    .execute();
}

export async function insertPhoto(db: DbOrTx, row: NewActivityPhotoRow) {
  return db.insertInto('activity_photos').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function deletePhotoRow(db: DbOrTx, id: number): Promise<void> {
  await db.deleteFrom('activity_photos').where('id', '=', id).execute();
}
