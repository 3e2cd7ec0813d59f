import type { ActivityPhoto } from '#domain/activities';
import type { ActivityPhotoRow } from './photo.table';

export function toPhoto(row: ActivityPhotoRow): ActivityPhoto {
  const url = `/api/activities/${row.activity_id}/photos/${row.id}`;
  return {
    id: row.id,
    url,
    thumbnailUrl: `${url}?size=thumb`,
    width: row.width,
    height: row.height,
    bytes: row.bytes,
    createdAt: row.created_at,
  };
}
