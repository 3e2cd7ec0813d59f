import type { OwnerRef } from '#domain/owners';
import { compiledOnce, inFixedChunks } from '#server/db/compiled';
import type { DbOrTx } from '#server/db/database';
import type { NewAuditEventRow } from './audit-event.table';

// Every change writes one, so it is compiled once (db/compiled.ts).
const auditInsert = compiledOnce((db, p: { rows: NewAuditEventRow[] }) => db.insertInto('audit_events').values(p.rows).returning('id'));

export async function insertAuditEvent(db: DbOrTx, row: NewAuditEventRow): Promise<number> {
  const [first] = (await auditInsert(db, { rows: [row] })).rows;
  if (!first) throw new Error('audit insert returned no id');
  return first.id;
}

/** Several entries in one statement (an imported report's two steps); their ids in the order given. */
export async function insertAuditEvents(db: DbOrTx, rows: readonly NewAuditEventRow[]): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += 500) {
    const inserted = (await auditInsert(db, { rows: rows.slice(i, i + 500) })).rows.map((r) => r.id);
    // RETURNING's order is not promised by either database; ids of one statement rise in the order inserted.
    ids.push(...inserted.sort((a, b) => a - b));
  }
  return ids;
}

// An import's trail entries, hundreds at a time; their ids are not asked for.
const auditAppend = compiledOnce((db, p: { rows: NewAuditEventRow[] }) => db.insertInto('audit_events').values(p.rows), {
  longestList: 512,
});

/** Entries of many owners at once (an import's), a few hundred per statement. */
export async function appendAuditEvents(db: DbOrTx, rows: readonly NewAuditEventRow[]): Promise<void> {
  for (const chunk of inFixedChunks(rows, 512)) await auditAppend(db, { rows: chunk });
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

const ofOwner = (db: DbOrTx, owner: { kind: OwnerRef['kind']; id: number }) =>
  withActor(db).where('audit_events.owner_kind', '=', owner.kind).where('audit_events.owner_id', '=', owner.id);

// Every answer about one activity reads its whole trail: built and compiled once (db/compiled.ts).
const trailOfOwner = compiledOnce((db, p: { kind: OwnerRef['kind']; id: number }) => ofOwner(db, p).orderBy('audit_events.id'));

/** The owner's trail, oldest first, with who did each step; only the entries that carry words when `withComment`. */
export async function listAuditEvents(db: DbOrTx, owner: OwnerRef, p: { withComment?: boolean } = {}) {
  if (!p.withComment) return (await trailOfOwner(db, { kind: owner.kind, id: owner.id })).rows;
  return ofOwner(db, owner).where('audit_events.comment', 'is not', null).orderBy('audit_events.id').execute();
}
export type AuditEventRow = Awaited<ReturnType<typeof listAuditEvents>>[number];

export function findAuditEvent(db: DbOrTx, id: number) {
  return withActor(db).where('audit_events.id', '=', id).executeTakeFirst();
}

export async function deleteAuditEvents(db: DbOrTx, owner: OwnerRef): Promise<void> {
  await db.deleteFrom('audit_events').where('owner_kind', '=', owner.kind).where('owner_id', '=', owner.id).execute();
}
