import type { OwnerKind, OwnerRef } from '#domain/owners';
import type { Action, Actor } from '#domain/permissions';
import { photoField } from '#domain/photos';
import type { DbOrTx, Tx } from '#server/db/database';

export type PhotoChange = 'add' | 'remove';

/**
 * What a feature that owns photos hands the photo feature. The photo feature checks the files
 * (decode, re-encode, EXIF stripped, size and count limits) and stores and serves them; the owner
 * decides who may see, add and remove them, and keeps its own photo count, so the limit holds
 * even under uploads at once. The owner's feature builds one of these and mounts
 * `photoRoutes(owner)`; the photo feature never reads the owner's tables.
 */
export interface PhotoOwner {
  kind: OwnerKind;
  /** Photos are served at `<routePrefix>/:id/<collection>/:photoId`, e.g. `/api/activities`. */
  routePrefix: string;
  /** The path segment of the owner's photos; `photos` when absent (a course's lesson pictures are `images`). */
  collection?: string;
  /** The actions the routes name for the check before any row is read: seeing, and adding or removing. */
  access: { read: Action; write: Action };
  /** The multipart field the photo travels in, as the owner's API names it; `photo` when absent. */
  field?: string;
  /** How many photos one owner holds, and what the refusal calls the owner ("an activity"). */
  limit: number;
  noun: string;
  /** Throws (404 for an owner the actor may not see) unless the actor may see the owner, and so its photos. */
  assertVisible(db: DbOrTx, actor: Actor, ownerId: number): Promise<void>;
  /** Throws (404, 403, 409) unless the actor may add or remove a photo now; answers how many the owner holds. */
  assertChangeable(db: DbOrTx, actor: Actor, ownerId: number, change: PhotoChange): Promise<{ photoCount: number }>;
  /**
   * In the photo's transaction: takes one of the owner's slots, only while it still takes photos
   * and holds fewer than `limit`. One conditional write: two uploads cannot both take the last slot.
   */
  claimSlot(tx: Tx, ownerId: number, p: { limit: number; at: string }): Promise<boolean>;
  releaseSlot(tx: Tx, ownerId: number, at: string): Promise<void>;
  /** Notes the added or removed photo in the same transaction, e.g. on the owner's audit trail. */
  recordChange(tx: Tx, actor: Actor, ownerId: number, change: { kind: PhotoChange; photoId: number; at: string }): Promise<void>;
}

export const refOf = (owner: Pick<PhotoOwner, 'kind'>, id: number): OwnerRef => ({ kind: owner.kind, id });

export const fieldOf = (owner: Pick<PhotoOwner, 'field'>): string => owner.field ?? photoField;

export const collectionOf = (owner: Pick<PhotoOwner, 'collection'>): string => owner.collection ?? 'photos';
