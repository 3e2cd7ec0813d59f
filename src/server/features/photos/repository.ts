import type { OwnerKind, OwnerRef } from '#domain/owners';
import { compiledOnce } from '#server/db/compiled';
import type { DbOrTx } from '#server/db/database';
import type { NewPhotoRow } from './photo.table';

const ofOwner = (db: DbOrTx, owner: OwnerRef) =>
  db.selectFrom('photos').selectAll().where('owner_kind', '=', owner.kind).where('owner_id', '=', owner.id);

// Every answer about one activity lists its photos: built and compiled once (db/compiled.ts).
const photosOfOwner = compiledOnce((db, p: { kind: OwnerKind; id: number }) => ofOwner(db, p).orderBy('id'));

export async function listPhotos(db: DbOrTx, owner: OwnerRef) {
  return (await photosOfOwner(db, { kind: owner.kind, id: owner.id })).rows;
}

/** Every photo's file name: what a backup must hold beside the database. */
export async function allPhotoFileNames(db: DbOrTx): Promise<string[]> {
  const rows = await db.selectFrom('photos').select('file_name').orderBy('id').execute();
  return rows.map((row) => row.file_name);
}

/** The photos of several owners of one kind, oldest first. */
export function listPhotosOfMany(db: DbOrTx, kind: OwnerKind, ownerIds: readonly number[]) {
  if (ownerIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('photos')
    .selectAll()
    .where('owner_kind', '=', kind)
    .where('owner_id', 'in', [...ownerIds])
    .orderBy('id')
    .execute();
}

export function findPhoto(db: DbOrTx, owner: OwnerRef, photoId: number) {
  return ofOwner(db, owner).where('id', '=', photoId).executeTakeFirst();
}

export async function insertPhoto(db: DbOrTx, row: NewPhotoRow) {
  return db.insertInto('photos').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function deletePhotoRow(db: DbOrTx, id: number): Promise<void> {
  await db.deleteFrom('photos').where('id', '=', id).execute();
}

/** Deletes every photo row of the owner; answers the file names, to remove once the transaction has committed. */
export async function deletePhotosOf(db: DbOrTx, owner: OwnerRef): Promise<string[]> {
  const rows = await db
    .deleteFrom('photos')
    .where('owner_kind', '=', owner.kind)
    .where('owner_id', '=', owner.id)
    .returning('file_name')
    .execute();
  return rows.map((r) => r.file_name);
}
