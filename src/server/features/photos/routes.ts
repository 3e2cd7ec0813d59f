import { createReadStream } from 'node:fs';
import { z } from 'zod';
import { RowIdParam } from '#domain/ids';
import type { OwnerKind } from '#domain/owners';
import { Photo, photoLimits } from '#domain/photos';
import { ApiError, invalidField } from '#server/http/errors';
import { readingMultipart } from '#server/http/multipart';
import { mediaTypes, NoContent, zodRoutes, type Routes } from '#server/http/types';
import { actorOf } from '#server/plugins/session';
import { collectionOf, fieldOf, type PhotoOwner } from './owner';
import { addPhoto, photoFileFor, removePhoto } from './service';

const OwnerParams = z.strictObject({ id: RowIdParam });
const PhotoParams = z.strictObject({ id: RowIdParam, photoId: RowIdParam });
const PhotoQuery = z.strictObject({ size: z.enum(['full', 'thumb']).default('full') });

const tagOf: Record<OwnerKind, string> = {
  activity: 'activities',
  practice: 'practices',
  problem: 'problems',
  gathering: 'gatherings',
  course: 'courses',
};

/** The photo routes of one owner, under its prefix and collection: upload, serve, delete. The owner's feature mounts them. */
export const photoRoutes =
  (owner: PhotoOwner): Routes =>
  (base) => {
    const app = zodRoutes(base);
    const collection = `${owner.routePrefix}/:id/${collectionOf(owner)}`;
    const field = fieldOf(owner);
    // The owner's feature names the group the docs list its photo routes under.
    const tags = [tagOf[owner.kind]];
    const picture = owner.collection === 'images' ? 'picture' : 'photo';

    /** One photo per request, as multipart/form-data in the owner's field (`photo` unless it names another). */
    app.post(
      collection,
      {
        config: { access: owner.access.write },
        schema: {
          summary: `Add a ${picture} to ${owner.noun} (multipart, field "${field}")`,
          tags,
          upload: field,
          errors: [409, 415],
          params: OwnerParams,
          response: { 201: Photo },
        },
      },
      async (request, reply) => {
        if (!request.isMultipart()) {
          throw new ApiError('unsupported_media', `send the photo as multipart/form-data in the field "${field}"`);
        }
        const readPhoto = async () => {
          const part = await request.file({ limits: { fileSize: photoLimits.bytes, files: 1 } });
          if (!part || part.fieldname !== field) throw invalidField(field, 'required', `attach the photo in the field "${field}"`);
          return part.toBuffer();
        };
        const read = () => readingMultipart(field, readPhoto);
        const photo = await addPhoto(app.db, owner, actorOf(request), request.params.id, read, app.clock(), app.config.uploadDir);
        return reply.status(201).send(photo);
      },
    );

    app.get(
      `${collection}/:photoId`,
      {
        config: { access: owner.access.read },
        schema: {
          summary: `Download a ${picture} of ${owner.noun} as JPEG`,
          tags,
          produces: [mediaTypes.jpeg],
          params: PhotoParams,
          querystring: PhotoQuery,
        },
      },
      async (request, reply) => {
        const { id, photoId } = request.params;
        const path = await photoFileFor(app.db, owner, actorOf(request), id, photoId, request.query.size, app.config.uploadDir);
        // Files never change (a new photo gets a new id), but only this user may see them: cache privately.
        return reply
          .header('content-type', 'image/jpeg')
          .header('cache-control', 'private, max-age=604800, immutable')
          .header('x-content-type-options', 'nosniff')
          .send(createReadStream(path));
      },
    );

    app.delete(
      `${collection}/:photoId`,
      {
        config: { access: owner.access.write },
        schema: {
          summary: `Remove a ${picture} from ${owner.noun}`,
          tags,
          errors: [409],
          params: PhotoParams,
          response: { 204: NoContent },
        },
      },
      async (request, reply) => {
        const { id, photoId } = request.params;
        await removePhoto(app.db, owner, actorOf(request), id, photoId, app.clock(), app.config.uploadDir);
        return reply.status(204).send();
      },
    );
  };
