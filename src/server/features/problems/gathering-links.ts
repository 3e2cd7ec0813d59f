import { isWithinRegion } from '#domain/regions';
import type { DbOrTx } from '#server/db/database';
import { inTransaction } from '#server/db/transaction';
import { invalidField } from '#server/http/errors';
import { deleteGatheringLinks, gatheringIdsOfProblem, insertGatheringLinks, problemIdsOfGathering } from './gathering-links.repository';
import { findProblem } from './repository';
import { auditProblem } from './trail';

// The gatherings where problems were discussed: the gatherings feature's `pemecahan_masalah`
// agenda items name them and call here; the problem's detail lists them (`gatheringIds`).

/**
 * Makes `problemIds` exactly the problems the gathering discussed (pass the union of its
 * `pemecahan_masalah` items; an empty list unlinks all), in the caller's transaction. Each
 * problem must lie inside the gathering's region, else 400 naming `${field}.<index>`. Whoever
 * calls has checked that the actor may edit the gathering; each problem newly linked or
 * unlinked gets an entry on its trail.
 */
export async function linkProblemsToGathering(
  db: DbOrTx,
  by: { actorId: number; now: Date },
  gathering: { id: number; regionCode: string },
  problemIds: readonly number[],
  field = 'problemIds',
): Promise<void> {
  await inTransaction(db, async (tx) => {
    for (const [index, problemId] of problemIds.entries()) {
      const problem = await findProblem(tx, problemId);
      if (!problem || !isWithinRegion(problem.region_code, gathering.regionCode)) {
        throw invalidField(`${field}.${index}`, 'unknown_problem', 'no problem with this id in the gathering’s region');
      }
    }
    const wanted = new Set(problemIds);
    const current = new Set(await problemIdsOfGathering(tx, gathering.id));
    const added = [...wanted].filter((id) => !current.has(id));
    const removed = [...current].filter((id) => !wanted.has(id));
    await insertGatheringLinks(tx, gathering.id, added);
    await deleteGatheringLinks(tx, gathering.id, removed);
    const at = by.now.toISOString();
    for (const id of added) {
      await auditProblem(tx, id, {
        actorId: by.actorId,
        at,
        kind: 'gathering_linked',
        changes: { gathering: { from: null, to: gathering.id } },
      });
    }
    for (const id of removed) {
      await auditProblem(tx, id, {
        actorId: by.actorId,
        at,
        kind: 'gathering_unlinked',
        changes: { gathering: { from: gathering.id, to: null } },
      });
    }
  });
}

/** The gatherings where the problem was discussed, earliest first. */
export function gatheringsOfProblem(db: DbOrTx, problemId: number): Promise<number[]> {
  return gatheringIdsOfProblem(db, problemId);
}

/** The problems a gathering discussed, by id (for its detail and its pack). */
export function problemsOfGathering(db: DbOrTx, gatheringId: number): Promise<number[]> {
  return problemIdsOfGathering(db, gatheringId);
}
