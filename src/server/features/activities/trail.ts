import { ActivityEventKind, type ActivityEvent } from '#domain/activities';
import type { OwnerRef } from '#domain/owners';
import type { DbOrTx } from '#server/db/database';
import { dropTrail, recordAudit, recordAudits, recordAuditsOfEach, trailOf, type AuditInput } from '#server/features/audit/trail';

// An activity's audit trail is the shared one (features/audit), keyed by this owner.

export const activityRef = (id: number): OwnerRef => ({ kind: 'activity', id });

export type ActivityAudit = AuditInput<ActivityEventKind>;

export function auditActivity(db: DbOrTx, activityId: number, entry: ActivityAudit): Promise<number> {
  return recordAudit(db, activityRef(activityId), entry);
}

/** Several steps at once, in their order, in one statement. */
export function auditActivitySteps(db: DbOrTx, activityId: number, entries: readonly ActivityAudit[]): Promise<number[]> {
  return recordAudits(db, activityRef(activityId), entries);
}

/** The same steps on the trail of each of many activities (an import's), in few statements. */
export function auditActivitiesSteps(db: DbOrTx, activityIds: readonly number[], entries: readonly ActivityAudit[]): Promise<void> {
  return recordAuditsOfEach(db, activityIds.map(activityRef), entries);
}

/** The activity's history, oldest first, with who did each step. */
export function activityHistory(db: DbOrTx, activityId: number): Promise<ActivityEvent[]> {
  return trailOf(db, activityRef(activityId), ActivityEventKind);
}

export function dropActivityTrail(db: DbOrTx, activityId: number): Promise<void> {
  return dropTrail(db, activityRef(activityId));
}
