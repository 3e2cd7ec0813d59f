import type { Generated, Insertable, Selectable } from 'kysely';

export interface ActivityPhotoTable {
  id: Generated<number>;
  activity_id: number;
  /** Generated name of the JPEG under the upload directory; the thumbnail sits beside it. */
  file_name: string;
  width: number;
  height: number;
  bytes: number;
  created_by: number;
  created_at: string;
}
export type ActivityPhotoRow = Selectable<ActivityPhotoTable>;
export type NewActivityPhotoRow = Insertable<ActivityPhotoTable>;
