import type { ActivityOperation } from '#domain/activities';
import { activityRefusal, can, inScope, type Actor } from '#domain/permissions';
import { ActivityStatus } from '#domain/taxonomy';
import type { DbOrTx } from '#server/db/database';
import { ApiError, forbidden, notFound } from '#server/http/errors';
import type { ActivityRow } from './activity.table';
import { findActivity } from './repository';

const statusNames: Record<ActivityStatus, string> = {
  draft: 'a draft',
  submitted: 'waiting for review',
  verified: 'verified',
  returned: 'returned to the reporter',
};

/** Why the operation cannot start from this status, in words a reporter or reviewer understands. */
function wrongStatusMessage(operation: ActivityOperation, status: ActivityStatus): string {
  if (status === 'verified' && operation !== 'verify') return 'a verified activity is locked; an admin can reopen it';
  if (status === 'submitted' && ['edit', 'delete', 'submit', 'addPhoto', 'removePhoto'].includes(operation)) {
    return 'the activity is waiting for review; it can be changed again if the reviewer returns it';
  }
  return `cannot ${operation} an activity that is ${statusNames[status]}`;
}

export const scopeOf = (row: ActivityRow) => ({
  regionCode: row.region_code,
  partnerId: row.partner_id,
  status: ActivityStatus.parse(row.status),
});

/**
 * The activity, when the actor may do the operation on it now. Outside the actor's scope it
 * does not exist (404); a role without the right gets 403; a wrong status 409.
 */
export async function activityFor(db: DbOrTx, actor: Actor, id: number, operation: ActivityOperation): Promise<ActivityRow> {
  const row = await findActivity(db, id);
  if (!row) throw notFound('activity');
  const scoped = scopeOf(row);
  switch (activityRefusal(actor, scoped, operation)) {
    case 'not_visible':
      throw notFound('activity');
    case 'not_allowed':
      throw forbidden(`your role may not ${operation} activities`);
    case 'wrong_status': {
      const message = wrongStatusMessage(operation, scoped.status);
      throw new ApiError('conflict', message, [{ field: 'status', issue: 'wrong_status', message }]);
    }
    case null:
      return row;
  }
}

/** The activity, when the actor may see it; otherwise it does not exist for them. */
export async function visibleActivity(db: DbOrTx, actor: Actor, id: number): Promise<ActivityRow> {
  const row = await findActivity(db, id);
  if (!row || !can(actor, 'activities.read') || !inScope(actor, scopeOf(row))) throw notFound('activity');
  return row;
}
