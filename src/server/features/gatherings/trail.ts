import { GatheringEventKind, type GatheringEvent } from '#domain/gatherings';
import type { OwnerRef } from '#domain/owners';
import type { DbOrTx } from '#server/db/database';
import { recordAudit, trailOf, type AuditInput } from '#server/features/audit/trail';

// A gathering's audit trail is the shared one (features/audit), keyed by this owner.

export const gatheringRef = (id: number): OwnerRef => ({ kind: 'gathering', id });

export type GatheringAudit = AuditInput<GatheringEventKind>;

export function auditGathering(db: DbOrTx, gatheringId: number, entry: GatheringAudit): Promise<number> {
  return recordAudit(db, gatheringRef(gatheringId), entry);
}

/** Every change, oldest first, with who made it. */
export function gatheringHistory(db: DbOrTx, gatheringId: number): Promise<GatheringEvent[]> {
  return trailOf(db, gatheringRef(gatheringId), GatheringEventKind);
}

/** The field name of an agenda item's part on the trail: `agenda.12.minutes`. */
export const itemField = (itemId: number, field: string) => `agenda.${itemId}.${field}`;
