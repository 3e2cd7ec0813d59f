import { activityOperationFrom } from '#domain/permissions';
import { photoLimits } from '#domain/photos';
import type { PhotoOwner } from '#server/features/photos/owner';
import { activityFor, visibleActivity } from './access';
import { claimPhotoSlot, releasePhotoSlot } from './repository';
import { auditActivity } from './trail';

/**
 * Activities as owners of evidence photos: whoever may see the activity sees them; its reporter
 * adds and removes them while it is a draft or returned. Photos do not change what is counted,
 * so they bypass the activity change door, but each one goes on the activity's trail.
 */
export const activityPhotos: PhotoOwner = {
  kind: 'activity',
  routePrefix: '/api/activities',
  access: { read: 'activities.read', write: 'activities.report' },
  limit: photoLimits.perActivity,
  noun: 'an activity',
  assertVisible: async (db, actor, id) => {
    await visibleActivity(db, actor, id);
  },
  assertChangeable: async (db, actor, id, change) => {
    const row = await activityFor(db, actor, id, change === 'add' ? 'addPhoto' : 'removePhoto');
    return { photoCount: row.photo_count };
  },
  claimSlot: (tx, id, p) => claimPhotoSlot(tx, { activityId: id, statuses: activityOperationFrom('addPhoto'), ...p }),
  releaseSlot: (tx, id, at) => releasePhotoSlot(tx, id, at),
  recordChange: async (tx, actor, id, change) => {
    const added = change.kind === 'add';
    await auditActivity(tx, id, {
      actorId: actor.id,
      at: change.at,
      kind: added ? 'photo_added' : 'photo_removed',
      changes: { photo: added ? { from: null, to: change.photoId } : { from: change.photoId, to: null } },
    });
  },
};
