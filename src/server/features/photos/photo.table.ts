import type { Generated, Insertable, Selectable } from 'kysely';

/**
 * Evidence photos of any owner (activities today; stories next), keyed by the owner's kind and
 * id. No foreign key to the owner: the owner's feature drops its photos when it deletes the owner.
 */
export interface PhotoTable {
  id: Generated<number>;
  /** An `OwnerKind`: `activity`, … */
  owner_kind: string;
  owner_id: number;
  /** Generated name of the JPEG under the upload directory; the thumbnail sits beside it. */
  file_name: string;
  width: number;
  height: number;
  bytes: number;
  created_by: number;
  created_at: string;
}
export type PhotoRow = Selectable<PhotoTable>;
export type NewPhotoRow = Insertable<PhotoTable>;
