import type { DbOrTx } from '#server/db/database';
import type { NewActivityEventRow } from './activity.table';

export async function insertEvent(db: DbOrTx, row: NewActivityEventRow): Promise<number> {
  const { id } = await db.insertInto('activity_events').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

function withActor(db: DbOrTx) {
  return db
    .selectFrom('activity_events')
    .innerJoin('users', 'users.id', 'activity_events.actor_id')
    .select([
      'activity_events.id',
      'activity_events.at',
      'activity_events.kind',
      'activity_events.changes',
      'activity_events.comment',
      'users.id as actor_id',
      'users.username as actor_username',
      'users.display_name as actor_display_name',
    ]);
}

/** The audit trail of an activity, oldest first, with who did each step. */
export function listEvents(db: DbOrTx, activityId: number) {
  return withActor(db).where('activity_events.activity_id', '=', activityId).orderBy('activity_events.id').execute();
}
export type EventRow = Awaited<ReturnType<typeof listEvents>>[number];

export function findEvent(db: DbOrTx, id: number) {
  return withActor(db).where('activity_events.id', '=', id).executeTakeFirst();
}
