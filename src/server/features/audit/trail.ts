import type { z } from 'zod';
import type { AuditEntry, FieldChanges } from '#domain/audit';
import type { OwnerRef } from '#domain/owners';
import type { DbOrTx } from '#server/db/database';
import { toAuditEntry } from './mapping';
import { appendAuditEvents, deleteAuditEvents, findAuditEvent, insertAuditEvent, insertAuditEvents, listAuditEvents } from './repository';
import type { NewAuditEventRow } from './audit-event.table';

// The audit trail any owner keeps. The owner's feature decides who may act and checks it
// before writing here; the trail only records, in the caller's transaction, and reads back.

export interface AuditInput<K extends string = string> {
  actorId: number;
  at: string;
  kind: K;
  changes?: FieldChanges | null | undefined;
  comment?: string | null | undefined;
}

/** Appends an entry to the owner's trail, in the caller's transaction; answers its id. */
export function recordAudit(db: DbOrTx, owner: OwnerRef, entry: AuditInput): Promise<number> {
  return insertAuditEvent(db, rowOf(owner, entry));
}

/** Appends several entries, in their order, in one statement; answers their ids. */
export function recordAudits(db: DbOrTx, owner: OwnerRef, entries: readonly AuditInput[]): Promise<number[]> {
  return insertAuditEvents(
    db,
    entries.map((e) => rowOf(owner, e)),
  );
}

/** The same entries on the trails of many owners (an import's rows), each owner's in their order. */
export function recordAuditsOfEach(db: DbOrTx, owners: readonly OwnerRef[], entries: readonly AuditInput[]): Promise<void> {
  return appendAuditEvents(
    db,
    owners.flatMap((owner) => entries.map((e) => rowOf(owner, e))),
  );
}

function rowOf(owner: OwnerRef, entry: AuditInput): NewAuditEventRow {
  return {
    owner_kind: owner.kind,
    owner_id: owner.id,
    actor_id: entry.actorId,
    at: entry.at,
    kind: entry.kind,
    changes: entry.changes ? JSON.stringify(entry.changes) : null,
    comment: entry.comment ?? null,
  };
}

/** The owner's whole trail, oldest first; `kinds` is the owner's schema of its entry kinds. */
export async function trailOf<K extends string>(db: DbOrTx, owner: OwnerRef, kinds: z.ZodType<K>): Promise<AuditEntry<K>[]> {
  return (await listAuditEvents(db, owner)).map((row) => toAuditEntry(row, kinds));
}

/** One entry as stored, e.g. to answer the request that wrote it. */
export async function auditEntryById<K extends string>(db: DbOrTx, id: number, kinds: z.ZodType<K>): Promise<AuditEntry<K>> {
  const row = await findAuditEvent(db, id);
  if (!row) throw new Error(`audit entry ${id} vanished after insert`);
  return toAuditEntry(row, kinds);
}

/** Forgets the owner's trail; the owner's feature calls it in the transaction that deletes the owner. */
export function dropTrail(db: DbOrTx, owner: OwnerRef): Promise<void> {
  return deleteAuditEvents(db, owner);
}
