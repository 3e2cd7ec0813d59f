import { practiceOperationFrom } from '#domain/practice-access';
import { photoLimits } from '#domain/photos';
import { practicePhotoField } from '#domain/practices';
import type { PhotoOwner } from '#server/features/photos/owner';
import { photoRoutes } from '#server/features/photos/routes';
import { practiceFor, visiblePractice } from './access';
import { claimPracticePhotoSlot, releasePracticePhotoSlot } from './repository';
import { auditPractice } from './trail';

/**
 * Stories as owners of photos, under the same checks and limit as activities' evidence: whoever
 * may see the story sees them (the whole country, once it is published); its author adds and
 * removes them while it is a draft or returned. Each one goes on the story's trail.
 */
export const practicePhotos: PhotoOwner = {
  kind: 'practice',
  routePrefix: '/api/practices',
  field: practicePhotoField,
  access: { read: 'practices.read', write: 'practices.write' },
  limit: photoLimits.perActivity,
  noun: 'a story',
  assertVisible: async (db, actor, id) => {
    await visiblePractice(db, actor, id);
  },
  assertChangeable: async (db, actor, id, change) => {
    const row = await practiceFor(db, actor, id, change === 'add' ? 'addPhoto' : 'removePhoto');
    return { photoCount: row.photo_count };
  },
  claimSlot: (tx, id, p) => claimPracticePhotoSlot(tx, { practiceId: id, statuses: practiceOperationFrom('addPhoto'), ...p }),
  releaseSlot: (tx, id, at) => releasePracticePhotoSlot(tx, id, at),
  recordChange: async (tx, actor, id, change) => {
    const added = change.kind === 'add';
    await auditPractice(tx, id, {
      actorId: actor.id,
      at: change.at,
      kind: added ? 'photo_added' : 'photo_removed',
      changes: { photo: added ? { from: null, to: change.photoId } : { from: change.photoId, to: null } },
    });
  },
};

/** `/api/practices/:id/photos[/:photoId]`: the shared photo routes, for stories. */
export const practicePhotoRoutes = photoRoutes(practicePhotos);
