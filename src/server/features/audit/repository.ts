import type { OwnerRef } from '#domain/owners';
import type { DbOrTx } from '#server/db/database';
import type { NewAuditEventRow } from './audit-event.table';

export async function insertAuditEvent(db: DbOrTx, row: NewAuditEventRow): Promise<number> {
  const { id } = await db.insertInto('audit_events').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

function withActor(db: DbOrTx) {
  return db
    .selectFrom('audit_events')
    .innerJoin('users', 'users.id', 'audit_events.actor_id')
    .select([
      'audit_events.id',
      'audit_events.at',
      'audit_events.kind',
      'audit_events.changes',
      'audit_events.comment',
      'users.id as actor_id',
      'users.username as actor_username',
      'users.display_name as actor_display_name',
    ]);
}

/** The owner's trail, oldest first, with who did each step; only the entries that carry words when `withComment`. */
export function listAuditEvents(db: DbOrTx, owner: OwnerRef, p: { withComment?: boolean } = {}) {
  let q = withActor(db).where('audit_events.owner_kind', '=', owner.kind).where('audit_events.owner_id', '=', owner.id);
  if (p.withComment) q = q.where('audit_events.comment', 'is not', null);
  return q.orderBy('audit_events.id').execute();
}
export type AuditEventRow = Awaited<ReturnType<typeof listAuditEvents>>[number];

export function findAuditEvent(db: DbOrTx, id: number) {
  return withActor(db).where('audit_events.id', '=', id).executeTakeFirst();
}

export async function deleteAuditEvents(db: DbOrTx, owner: OwnerRef): Promise<void> {
  await db.deleteFrom('audit_events').where('owner_kind', '=', owner.kind).where('owner_id', '=', owner.id).execute();
}
