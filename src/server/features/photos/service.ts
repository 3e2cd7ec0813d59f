import type { OwnerKind, OwnerRef } from '#domain/owners';
import type { Actor } from '#domain/permissions';
import type { Photo } from '#domain/photos';
import type { Db, DbOrTx } from '#server/db/database';
import { inTransaction } from '#server/db/transaction';
import { ApiError, notFound } from '#server/http/errors';
import { processPhoto } from './images';
import { toPhoto } from './mapping';
import { collectionOf, fieldOf, refOf, type PhotoOwner } from './owner';
import { allPhotoFileNames, deletePhotoRow, deletePhotosOf, findPhoto, insertPhoto, listPhotos, listPhotosOfMany } from './repository';
import { newPhotoName, photoPath, removePhotoFiles, writePhotoFiles, type PhotoSize } from './storage';

const tooManyPhotos = (owner: PhotoOwner) => {
  const message = `${owner.noun} holds at most ${owner.limit} photos; remove one first`;
  return new ApiError('conflict', message, [{ field: fieldOf(owner), issue: 'too_many', message, limit: owner.limit }]);
};

/**
 * Adds a photo to the owner. Checks come first, so a refused upload is never decoded; the files are
 * written only once the image is known good, and removed again if the database refuses the row.
 * In a caller's transaction (the demo seed adds its stories' photos inside its own) a later
 * rollback of that transaction leaves the files behind: unreferenced, harmless, never served.
 */
export async function addPhoto(
  db: DbOrTx,
  owner: PhotoOwner,
  actor: Actor,
  ownerId: number,
  readPhoto: () => Promise<Buffer>,
  now: Date,
  uploadDir: string,
): Promise<Photo> {
  const { photoCount } = await owner.assertChangeable(db, actor, ownerId, 'add');
  if (photoCount >= owner.limit) throw tooManyPhotos(owner);
  const image = await processPhoto(await readPhoto());
  const fileName = newPhotoName();
  await writePhotoFiles(uploadDir, fileName, image.full, image.thumbnail);
  try {
    return await inTransaction(db, async (tx) => {
      const at = now.toISOString();
      if (!(await owner.claimSlot(tx, ownerId, { limit: owner.limit, at }))) {
        // Someone else changed the owner or filled the last slot meanwhile: name the right reason.
        await owner.assertChangeable(tx, actor, ownerId, 'add');
        throw tooManyPhotos(owner);
      }
      const row = await insertPhoto(tx, {
        owner_kind: owner.kind,
        owner_id: ownerId,
        file_name: fileName,
        width: image.width,
        height: image.height,
        bytes: image.full.length,
        created_by: actor.id,
        created_at: at,
      });
      await owner.recordChange(tx, actor, ownerId, { kind: 'add', photoId: row.id, at });
      return toPhoto(row, owner.routePrefix, collectionOf(owner));
    });
  } catch (err) {
    await removePhotoFiles(uploadDir, [fileName]);
    throw err;
  }
}

export async function removePhoto(
  db: Db,
  owner: PhotoOwner,
  actor: Actor,
  ownerId: number,
  photoId: number,
  now: Date,
  uploadDir: string,
): Promise<void> {
  const fileName = await db.transaction().execute(async (tx) => {
    await owner.assertChangeable(tx, actor, ownerId, 'remove');
    const photo = await findPhoto(tx, refOf(owner, ownerId), photoId);
    if (!photo) throw notFound('photo');
    const at = now.toISOString();
    await deletePhotoRow(tx, photo.id);
    await owner.releaseSlot(tx, ownerId, at);
    await owner.recordChange(tx, actor, ownerId, { kind: 'remove', photoId: photo.id, at });
    return photo.file_name;
  });
  await removePhotoFiles(uploadDir, [fileName]);
}

/** Where the photo's file is, for a user who may see its owner. */
export async function photoFileFor(
  db: Db,
  owner: PhotoOwner,
  actor: Actor,
  ownerId: number,
  photoId: number,
  size: PhotoSize,
  uploadDir: string,
): Promise<string> {
  await owner.assertVisible(db, actor, ownerId);
  const photo = await findPhoto(db, refOf(owner, ownerId), photoId);
  if (!photo) throw notFound('photo');
  return photoPath(uploadDir, photo.file_name, size);
}

/** The owner's photos, oldest first, for a caller that has already checked the actor may see the owner. */
export async function photosOf(
  db: DbOrTx,
  owner: Pick<PhotoOwner, 'kind' | 'routePrefix' | 'collection'>,
  ownerId: number,
): Promise<Photo[]> {
  return (await listPhotos(db, refOf(owner, ownerId))).map((row) => toPhoto(row, owner.routePrefix, collectionOf(owner)));
}

/** The first photo of each of these owners (a gallery card's picture), for a caller that has already checked the actor may see them. */
export async function coverPhotosOf(
  db: DbOrTx,
  owner: Pick<PhotoOwner, 'kind' | 'routePrefix' | 'collection'>,
  ownerIds: readonly number[],
): Promise<Map<number, Photo>> {
  const covers = new Map<number, Photo>();
  for (const row of await listPhotosOfMany(db, owner.kind, ownerIds)) {
    if (!covers.has(row.owner_id)) covers.set(row.owner_id, toPhoto(row, owner.routePrefix, collectionOf(owner)));
  }
  return covers;
}

/** Where the file of each owner's first photo is, full size, for print (a booklet page's picture). */
export async function coverPhotoFilesOf(
  db: DbOrTx,
  kind: OwnerKind,
  ownerIds: readonly number[],
  uploadDir: string,
): Promise<Map<number, string>> {
  const files = new Map<number, string>();
  for (const row of await listPhotosOfMany(db, kind, ownerIds)) {
    if (!files.has(row.owner_id)) files.set(row.owner_id, photoPath(uploadDir, row.file_name, 'full'));
  }
  return files;
}

/**
 * Drops the owner's photo rows inside the transaction that deletes the owner, and answers the
 * step that removes their files: run it once that transaction has committed, so a rollback
 * never leaves rows pointing at files that are gone.
 */
export async function dropPhotosOf(db: DbOrTx, owner: OwnerRef, uploadDir: string): Promise<() => Promise<void>> {
  const fileNames = await deletePhotosOf(db, owner);
  return () => removePhotoFiles(uploadDir, fileNames);
}

/** Every stored photo's file name, whatever its owner: what a backup must hold beside the database. */
export function allPhotoFiles(db: DbOrTx): Promise<string[]> {
  return allPhotoFileNames(db);
}
