import type { Gathering } from '#domain/gatherings';
import type { Actor } from '#domain/permissions';
import { isWithinRegion } from '#domain/regions';
import type { DbOrTx } from '#server/db/database';
import { inTransaction } from '#server/db/transaction';
import { invalidField, notFound } from '#server/http/errors';
import { partnerScope } from '#server/features/partners/scope';
import { editableGathering } from './access';
import { gatheringForActor } from './queries';
import { addAttendance, attendingIds, removeAttendance } from './repository';
import { auditGathering } from './trail';

// Who attended: the partners whose managers came, taken one tick at a time on a phone during the
// meeting (each tick its own request, safe to send twice), removed when ticked by mistake.

/**
 * Records that these partners' managers attended; each must sit inside the gathering's region. A
 * partner already on the list is no error and no change, so a tick resent on a weak signal is harmless.
 */
export function recordAttendance(db: DbOrTx, actor: Actor, id: number, partnerIds: number[], now: Date): Promise<Gathering> {
  return inTransaction(db, async (tx) => {
    const row = await editableGathering(tx, actor, id);
    for (const [index, partnerId] of partnerIds.entries()) {
      const partner = await partnerScope(tx, partnerId);
      if (!partner || !isWithinRegion(partner.regionCode, row.region_code)) {
        throw invalidField(`partnerIds.${index}`, 'unknown_partner', 'no partner with this id in the gathering’s region');
      }
    }
    const present = await attendingIds(tx, id);
    const added = [...new Set(partnerIds)].filter((p) => !present.has(p));
    if (added.length > 0) {
      await addAttendance(tx, id, added);
      await auditGathering(tx, id, {
        actorId: actor.id,
        at: now.toISOString(),
        kind: 'attendance_added',
        changes: { attendance: { from: null, to: added } },
      });
    }
    return gatheringForActor(tx, actor, id, now);
  });
}

/** Takes a partner off the list; one that is not on it is 404. */
export function removeAttendee(db: DbOrTx, actor: Actor, id: number, partnerId: number, now: Date): Promise<Gathering> {
  return inTransaction(db, async (tx) => {
    await editableGathering(tx, actor, id);
    if (!(await removeAttendance(tx, id, partnerId))) throw notFound('attendee');
    await auditGathering(tx, id, {
      actorId: actor.id,
      at: now.toISOString(),
      kind: 'attendance_removed',
      changes: { attendance: { from: [partnerId], to: null } },
    });
    return gatheringForActor(tx, actor, id, now);
  });
}
