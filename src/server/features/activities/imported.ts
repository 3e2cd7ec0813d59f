import type { CreateActivityBody } from '#domain/activities';
import { mayImportFor, type Actor } from '#domain/permissions';
import type { Tx } from '#server/db/database';
import { ApiError, forbidden, invalidField } from '#server/http/errors';
import { recordActivityChange } from '#server/features/rollups/record';
import type { ActivityRow } from './activity.table';
import { insertActivitiesWithIds, reserveActivityIds } from './batch-insert';
import { snapshotOf } from './changes';
import { columnsOfContent, contentOfBody } from './content';
import { importLookups, recordSubmittedActivity } from './service';
import { auditActivitiesSteps } from './trail';
import { assertValidContent } from './validation';

type Lookups = ReturnType<typeof importLookups>;
/** A new activity's columns, all of them but what the database numbers or defaults. */
type NewRow = Omit<ActivityRow, 'id' | 'photo_count'>;

/** A row as `recordSubmittedActivity` checks it: a known, active partner in the importer's scope, and valid content. */
async function checkedRow(tx: Tx, actor: Actor, body: CreateActivityBody, now: Date, lookups: Lookups, at: string): Promise<NewRow> {
  const partner = await lookups.partner(body.partnerId);
  if (!partner) throw invalidField('partnerId', 'unknown_partner', 'no partner has this id');
  if (!mayImportFor(actor, partner)) throw forbidden('you may not report activities for this partner');
  if (!partner.active) throw invalidField('partnerId', 'inactive_partner', 'this partner has been deactivated and takes no new reports');
  const content = contentOfBody(body);
  await assertValidContent(tx, content, now, lookups.subtype);
  // The content last: Node 20 builds `{ ...content, more }` slowly (15–25 µs a row here, most of the
  // check), `{ more, ...content }` in under 1 µs.
  return {
    partner_id: partner.id,
    region_code: partner.regionCode,
    status: 'submitted',
    client_id: null,
    return_comment: null,
    created_by: actor.id,
    created_at: at,
    updated_at: at,
    submitted_at: at,
    reviewed_at: null,
    reviewed_by: null,
    ...columnsOfContent(content),
  };
}

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
      else checked.push({ index, row: await checkedRow(tx, actor, body, now, lookups, at) });
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
