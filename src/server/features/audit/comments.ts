import { z } from 'zod';
import { commentedKind, type AuditEntry } from '#domain/audit';
import type { OwnerRef } from '#domain/owners';
import type { DbOrTx } from '#server/db/database';
import { toAuditEntry } from './mapping';
import { listAuditEvents } from './repository';
import { auditEntryById, recordAudit } from './trail';

// The comment thread of an owner. Comments are entries of the owner's audit trail (kind
// `commented`), so a thread and the status changes around it read in one order and a
// reviewer's return reason sits where the discussion is (decision record 011).

const Commented = z.literal(commentedKind);

/**
 * Adds the actor's comment to the owner's thread and answers the entry as stored. The owner's
 * feature has already checked that the actor may comment on this owner now.
 */
export async function addComment(
  db: DbOrTx,
  owner: OwnerRef,
  actorId: number,
  text: string,
  now: Date,
): Promise<AuditEntry<typeof commentedKind>> {
  const id = await recordAudit(db, owner, { actorId, at: now.toISOString(), kind: commentedKind, comment: text });
  return auditEntryById(db, id, Commented);
}

/**
 * The thread: every entry of the owner's trail that carries words, oldest first — comments, and
 * the reasons and notes that came with a status change (a return, a reopening, a resolution).
 */
export async function commentThread<K extends string>(db: DbOrTx, owner: OwnerRef, kinds: z.ZodType<K>): Promise<AuditEntry<K>[]> {
  return (await listAuditEvents(db, owner, { withComment: true })).map((row) => toAuditEntry(row, kinds));
}
