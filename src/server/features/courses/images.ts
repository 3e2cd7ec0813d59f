import { courseImageField, courseLimits } from '#domain/courses';
import type { PhotoOwner } from '#server/features/photos/owner';
import { photoRoutes } from '#server/features/photos/routes';
import { authoredCourse, visibleCourse } from './access';
import { claimImageSlot, releaseImageSlot } from './repository';
import { auditCourse } from './trail';

/** Where a course's pictures are served: `/api/courses/:id/images/:imageId`. */
export const courseImagePlace = { kind: 'course', routePrefix: '/api/courses', collection: 'images' } as const;

/**
 * Courses as owners of the lesson pictures, under the same file checks as evidence photos
 * (decoded, re-encoded as JPEG, metadata stripped, 10 MB): whoever may read the course sees them
 * (every signed-in user once it is published); its authors add and remove them at any time, a
 * published course's included. Each one goes on the course's history.
 */
export const courseImages: PhotoOwner = {
  ...courseImagePlace,
  field: courseImageField,
  access: { read: 'courses.learn', write: 'courses.write' },
  limit: courseLimits.images,
  noun: 'a course',
  assertVisible: async (db, actor, id) => {
    await visibleCourse(db, actor, id);
  },
  assertChangeable: async (db, _actor, id) => ({ photoCount: (await authoredCourse(db, id)).image_count }),
  claimSlot: (tx, id, p) => claimImageSlot(tx, { courseId: id, ...p }),
  releaseSlot: (tx, id, at) => releaseImageSlot(tx, id, at),
  recordChange: async (tx, actor, id, change) => {
    const added = change.kind === 'add';
    await auditCourse(tx, id, {
      actorId: actor.id,
      at: change.at,
      kind: added ? 'image_added' : 'image_removed',
      changes: { image: added ? { from: null, to: change.photoId } : { from: change.photoId, to: null } },
    });
  },
};

/** `POST /api/courses/:id/images`, `GET|DELETE /api/courses/:id/images/:imageId`: the shared photo routes, for lessons. */
export const courseImageRoutes = photoRoutes(courseImages);
