import type { Generated, Insertable } from 'kysely';

/**
 * The audit trail of every owner (activities today; stories and problems next): one row per
 * creation, edit, status change, comment and photo. Keyed by the owner's kind and id, so it has
 * no foreign key to the owner: the owner's feature drops its trail when it deletes the owner.
 */
export interface AuditEventTable {
  id: Generated<number>;
  /** An `OwnerKind`: `activity`, … */
  owner_kind: string;
  owner_id: number;
  actor_id: number;
  at: string;
  /** The owner's own event kind (`created`, `submitted`, `commented`, …). */
  kind: string;
  /** JSON `{ field: { from, to } }` for edits. */
  changes: string | null;
  comment: string | null;
}
export type NewAuditEventRow = Insertable<AuditEventTable>;
