import { PracticeEventKind, type PracticeEvent } from '#domain/practices';
import type { OwnerRef } from '#domain/owners';
import type { DbOrTx } from '#server/db/database';
import { dropTrail, recordAudit, trailOf, type AuditInput } from '#server/features/audit/trail';

// A story's audit trail is the shared one (features/audit), keyed by this owner.

export const practiceRef = (id: number): OwnerRef => ({ kind: 'practice', id });

export type PracticeAudit = AuditInput<PracticeEventKind>;

export function auditPractice(db: DbOrTx, practiceId: number, entry: PracticeAudit): Promise<number> {
  return recordAudit(db, practiceRef(practiceId), entry);
}

/** The story's history, oldest first, with who did each step and the words that came with it. */
export function practiceHistory(db: DbOrTx, practiceId: number): Promise<PracticeEvent[]> {
  return trailOf(db, practiceRef(practiceId), PracticeEventKind);
}

export function dropPracticeTrail(db: DbOrTx, practiceId: number): Promise<void> {
  return dropTrail(db, practiceRef(practiceId));
}
