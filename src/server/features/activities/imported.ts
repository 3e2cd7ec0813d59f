import type { CreateActivityBody } from '#domain/activities';
import type { Actor } from '#domain/permissions';
import type { Tx } from '#server/db/database';
import { ApiError } from '#server/http/errors';
import { recordActivityChange } from '#server/features/rollups/record';
import { insertActivitiesWithIds, reserveActivityIds } from './batch-insert';
import { snapshotOf } from './changes';
import { checkedImportRow, importLookups, recordSubmittedActivity } from './service';
import { auditActivitiesSteps } from './trail';

type Lookups = ReturnType<typeof importLookups>;
type NewRow = Awaited<ReturnType<typeof checkedImportRow>>;

/**
 * Many activities written down elsewhere first (an import's rows), each recorded as
 * `recordSubmittedActivity` records one — the same checks, created and at once submitted, both
 * trail entries, the same rollups — but written together: the rows in multi-row inserts with ids
 * reserved for them, the trail entries likewise, the rollups held by the caller's
 * `batchingRollups`. Answers each body's new id, or its refusal, in the order given; the refused
 * rows write nothing. A body carrying a clientId takes the one-row path (its retry rule).
 */
export async function recordSubmittedActivities(
  tx: Tx,
  actor: Actor,
  bodies: readonly CreateActivityBody[],
  now: Date,
  lookups: Lookups,
): Promise<(number | ApiError)[]> {
  const at = now.toISOString();
  const answers: (number | ApiError)[] = [];
  const checked: { index: number; row: NewRow }[] = [];
  for (const [index, body] of bodies.entries()) {
    try {
      if (body.clientId !== undefined) answers[index] = await recordSubmittedActivity(tx, actor, body, now, lookups);
      else checked.push({ index, row: await checkedImportRow(tx, actor, body, now, lookups) });
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      answers[index] = err;
    }
  }
  const ids = await reserveActivityIds(tx, checked.length);
  const rows = checked.map((c, i) => ({ id: ids[i] ?? 0, ...c.row }));
  await insertActivitiesWithIds(tx, rows);
  await auditActivitiesSteps(tx, ids, [
    { actorId: actor.id, at, kind: 'created' },
    { actorId: actor.id, at, kind: 'submitted', comment: null },
  ]);
  for (const [i, c] of checked.entries()) {
    const row = rows[i];
    if (!row) continue;
    await recordActivityChange(tx, null, snapshotOf({ photo_count: 0, ...row }));
    answers[c.index] = row.id;
  }
  return answers;
}
