import { ProblemEventKind, type ProblemEvent } from '#domain/problems';
import type { OwnerRef } from '#domain/owners';
import type { DbOrTx } from '#server/db/database';
import { commentThread } from '#server/features/audit/comments';
import { recordAudit, trailOf, type AuditInput } from '#server/features/audit/trail';

// A problem's audit trail and discussion thread are the shared ones (features/audit), keyed by this owner.

export const problemRef = (id: number): OwnerRef => ({ kind: 'problem', id });

export type ProblemAudit = AuditInput<ProblemEventKind>;

export function auditProblem(db: DbOrTx, problemId: number, entry: ProblemAudit): Promise<number> {
  return recordAudit(db, problemRef(problemId), entry);
}

/** Every change, oldest first, with who made it. */
export function problemHistory(db: DbOrTx, problemId: number): Promise<ProblemEvent[]> {
  return trailOf(db, problemRef(problemId), ProblemEventKind);
}

/** The discussion: comments and the words that came with status changes, oldest first. */
export function problemThread(db: DbOrTx, problemId: number): Promise<ProblemEvent[]> {
  return commentThread(db, problemRef(problemId), ProblemEventKind);
}
