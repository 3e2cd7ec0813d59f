import type { DbOrTx } from '#server/db/database';

export async function problemIdsOfGathering(db: DbOrTx, gatheringId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('problem_gatherings')
    .select('problem_id')
    .where('gathering_id', '=', gatheringId)
    .orderBy('problem_id')
    .execute();
  return rows.map((r) => r.problem_id);
}

/** The gatherings where the problem was discussed, earliest first. */
export async function gatheringIdsOfProblem(db: DbOrTx, problemId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('problem_gatherings')
    .innerJoin('gatherings', 'gatherings.id', 'problem_gatherings.gathering_id')
    .select('gatherings.id')
    .where('problem_gatherings.problem_id', '=', problemId)
    .orderBy('gatherings.date')
    .orderBy('gatherings.id')
    .execute();
  return rows.map((r) => r.id);
}

export async function insertGatheringLinks(db: DbOrTx, gatheringId: number, problemIds: number[]): Promise<void> {
  if (problemIds.length === 0) return;
  await db
    .insertInto('problem_gatherings')
    .values(problemIds.map((problem_id) => ({ gathering_id: gatheringId, problem_id })))
    .onConflict((oc) => oc.columns(['gathering_id', 'problem_id']).doNothing())
    .execute();
}

export async function deleteGatheringLinks(db: DbOrTx, gatheringId: number, problemIds: number[]): Promise<void> {
  if (problemIds.length === 0) return;
  await db.deleteFrom('problem_gatherings').where('gathering_id', '=', gatheringId).where('problem_id', 'in', problemIds).execute();
}
