import { createReadStream } from 'node:fs';
import { z } from 'zod';
import { ActivityPhoto } from '#domain/activities';
import { photoField, photoLimits } from '#domain/photos';
import { ApiError, invalidField } from '#server/http/errors';
import { readingMultipart } from '#server/http/multipart';
import { zodRoutes, type Routes } from '#server/http/types';
import { actorOf } from '#server/plugins/session';
import { addPhoto, photoFileFor, removePhoto } from './service';

const ActivityParams = z.strictObject({ id: z.coerce.number().int().positive() });
const PhotoParams = z.strictObject({ id: z.coerce.number().int().positive(), photoId: z.coerce.number().int().positive() });
const PhotoQuery = z.strictObject({ size: z.enum(['full', 'thumb']).default('full') });

export const photoRoutes: Routes = (base) => {
  const app = zodRoutes(base);

  /** One photo per request, as multipart/form-data in the field `photo`. */
  app.post(
    '/api/activities/:id/photos',
    { config: { access: 'activities.report' }, schema: { params: ActivityParams, response: { 201: ActivityPhoto } } },
    async (request, reply) => {
      if (!request.isMultipart()) {
        throw new ApiError('unsupported_media', `send the photo as multipart/form-data in the field "${photoField}"`);
      }
      const readPhoto = async () => {
        const part = await request.file({ limits: { fileSize: photoLimits.bytes, files: 1 } });
        if (!part || part.fieldname !== photoField)
          throw invalidField(photoField, 'required', `attach the photo in the field "${photoField}"`);
        return part.toBuffer();
      };
      const read = () => readingMultipart(photoField, readPhoto);
      const photo = await addPhoto(app.db, actorOf(request), request.params.id, read, app.clock(), app.config.uploadDir);
      return reply.status(201).send(photo);
    },
  );

  app.get(
    '/api/activities/:id/photos/:photoId',
    { config: { access: 'activities.read' }, schema: { params: PhotoParams, querystring: PhotoQuery } },
    async (request, reply) => {
      const { id, photoId } = request.params;
      const path = await photoFileFor(app.db, actorOf(request), id, photoId, request.query.size, app.config.uploadDir);
      // Files never change (a new photo gets a new id), but only this user may see them: cache privately.
      return reply
        .header('content-type', 'image/jpeg')
        .header('cache-control', 'private, max-age=604800, immutable')
        .header('x-content-type-options', 'nosniff')
        .send(createReadStream(path));
    },
  );

  app.delete(
    '/api/activities/:id/photos/:photoId',
    { config: { access: 'activities.report' }, schema: { params: PhotoParams } },
    async (request, reply) => {
      const { id, photoId } = request.params;
      await removePhoto(app.db, actorOf(request), id, photoId, app.clock(), app.config.uploadDir);
      return reply.status(204).send();
    },
  );
};
