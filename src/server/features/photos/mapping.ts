import type { Photo } from '#domain/photos';
import type { PhotoRow } from './photo.table';

/** `routePrefix` is the owner's, e.g. `/api/activities`: the photo is served at `<prefix>/<owner id>/<collection>/<id>`. */
export function toPhoto(row: PhotoRow, routePrefix: string, collection = 'photos'): Photo {
  const url = `${routePrefix}/${row.owner_id}/${collection}/${row.id}`;
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
