import { ActivityStatus, Strategy } from '#domain/taxonomy';
import type { Tx } from '#server/db/database';
import { ApiError } from '#server/http/errors';
import { recordActivityChange, type ActivitySnapshot } from '#server/features/rollups/record';
import type { ActivityRow, ActivityUpdate, NewActivityRow } from './activity.table';
import { deleteActivityRow, insertActivity, updateActivityIfStatus } from './repository';
import { auditActivity, auditActivitySteps, type ActivityAudit } from './trail';

/** A write to an activity that can change what is counted. */
export type ActivityChange =
  | { kind: 'insert'; row: NewActivityRow }
  /** Applies only while the activity is still in one of `from`: a concurrent review or edit loses with 409, never silently. */
  | { kind: 'update'; before: ActivityRow; from: readonly ActivityStatus[]; set: ActivityUpdate }
  | { kind: 'delete'; before: ActivityRow };

export function snapshotOf(row: ActivityRow): ActivitySnapshot {
  return {
    partnerId: row.partner_id,
    regionCode: row.region_code,
    date: row.date,
    strategy: Strategy.parse(row.strategy),
    status: ActivityStatus.parse(row.status),
    participantsMale: row.participants_male,
    participantsFemale: row.participants_female,
    submittedAt: row.submitted_at,
  };
}

/**
 * The one door through which every write to an activity that can change what is counted
 * passes: create, edit, status change, delete, a partner's move. It runs inside the caller's
 * transaction, keeps the rollups in step (`recordActivityChange`) and writes the audit entry,
 * so a report counts, and is accounted for, the moment it is saved.
 *
 * Returns the activity as it now is; undefined after a delete, or when an insert met the
 * reporter's earlier clientId (then nothing was written). Several audit entries (an imported
 * report, created and submitted in one step) are written in one statement, in their order.
 */
export async function changeActivity(
  tx: Tx,
  change: ActivityChange,
  audit: ActivityAudit | readonly ActivityAudit[] | null,
): Promise<ActivityRow | undefined> {
  return (await changeActivityAudited(tx, change, audit)).row;
}

/** `changeActivity`, answering also the ids of the audit entries it wrote (a route answers with the trail it knows). */
export async function changeActivityAudited(
  tx: Tx,
  change: ActivityChange,
  audit: ActivityAudit | readonly ActivityAudit[] | null,
): Promise<{ row: ActivityRow | undefined; auditIds: number[] }> {
  let before: ActivityRow | null = null;
  let after: ActivityRow | undefined;
  switch (change.kind) {
    case 'insert':
      after = await insertActivity(tx, change.row);
      if (!after) return { row: undefined, auditIds: [] };
      break;
    case 'update':
      before = change.before;
      after = await updateActivityIfStatus(tx, before.id, change.from, change.set);
      if (!after) throw new ApiError('conflict', 'the activity was changed by someone else meanwhile; reload it and try again');
      break;
    case 'delete':
      before = change.before;
      await deleteActivityRow(tx, before.id);
      break;
  }
  let auditIds: number[] = [];
  if (audit && after) {
    if (Array.isArray(audit)) auditIds = await auditActivitySteps(tx, after.id, audit);
    else auditIds = [await auditActivity(tx, after.id, audit as ActivityAudit)];
  }
  // Last before the commit: the rollups end on rows every report of a day and province shares,
  // which each transaction holds locked (PostgreSQL) from its write until it commits.
  await recordActivityChange(tx, before && snapshotOf(before), after ? snapshotOf(after) : null);
  return { row: after, auditIds };
}
