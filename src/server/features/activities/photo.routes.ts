import { photoRoutes } from '#server/features/photos/routes';
import { activityPhotos } from './photos';

/** `/api/activities/:id/photos[/:photoId]`: the shared photo routes, for activities. */
export const activityPhotoRoutes = photoRoutes(activityPhotos);
