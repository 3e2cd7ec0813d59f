import { can, regionInScope, type Actor } from '#domain/permissions';
import { isWithinRegion } from '#domain/regions';
import type { DbOrTx } from '#server/db/database';
import { forbidden, notFound } from '#server/http/errors';
import { partnerScope } from '#server/features/partners/scope';
import type { GatheringRow } from './gathering.table';
import { findGathering, lockGathering } from './repository';

// Who sees a gathering and who runs it. Everyone inside its region sees it, and so does everyone
// whose region it lies in (a province's staff see a regency's meeting); a library's manager stands
// where its library is. Only admins (gatherings.write) whose scope holds its region change it.

/** Where the actor stands: its region (null: the whole country), or for a manager its library's region. */
export async function actorRegion(db: DbOrTx, actor: Actor): Promise<string | null> {
  if (actor.role !== 'pengelola') return actor.regionCode;
  const partner = await partnerScope(db, actor.partnerId);
  return partner?.regionCode ?? '-';
}

/** True when a gathering of this region concerns someone standing at `standing`. */
export function regionsTouch(standing: string | null, regionCode: string): boolean {
  return standing === null || isWithinRegion(regionCode, standing) || isWithinRegion(standing, regionCode);
}

export const mayEditGathering = (actor: Actor, regionCode: string): boolean =>
  can(actor, 'gatherings.write') && regionInScope(actor, regionCode);

/** The gathering, when the actor may see it; otherwise it does not exist for them (404). `lock` holds it for the caller's transaction. */
export async function visibleGathering(db: DbOrTx, actor: Actor, id: number, lock = false): Promise<GatheringRow> {
  const row = await (lock ? lockGathering(db, id) : findGathering(db, id));
  if (!row || !can(actor, 'gatherings.read') || !regionsTouch(await actorRegion(db, actor), row.region_code)) throw notFound('gathering');
  return row;
}

/**
 * The gathering, when the actor may change it, locked for the caller's transaction: unseen is 404,
 * seen but not its to run is 403.
 */
export async function editableGathering(db: DbOrTx, actor: Actor, id: number): Promise<GatheringRow> {
  const row = await visibleGathering(db, actor, id, true);
  if (!mayEditGathering(actor, row.region_code)) throw forbidden('this gathering is run by the admins of its region');
  return row;
}
