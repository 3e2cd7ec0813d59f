import { z } from 'zod';
import { PlainText } from './text';

// The audit trail every owner (activity, and next stories and problems) keeps: who did what
// when, the fields an edit changed, and the words that came with it. Comments are entries of
// the same trail, so a thread and its status changes read in one order.

export const UserRef = z.object({ id: z.number().int(), username: z.string(), displayName: z.string().nullable() });
export type UserRef = z.infer<typeof UserRef>;

/** `{ field: { from, to } }`, by the fields' API names. */
export const FieldChanges = z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() }));
export type FieldChanges = z.infer<typeof FieldChanges>;

/** The kind of the entries that are comments, whatever the owner. */
export const commentedKind = 'commented';

/** Longest comment, a return's reason or a note; the web form shows the same limit. */
export const commentLimit = 1000;
export const CommentText = PlainText.trim().min(1).max(commentLimit);

/** One entry of an owner's trail; each owner names its own kinds (`created`, `submitted`, …). */
export const auditEntry = <K extends z.ZodType<string>>(kind: K) =>
  z.object({
    id: z.number().int(),
    at: z.string(),
    kind,
    actor: UserRef,
    changes: FieldChanges.nullable(),
    comment: z.string().nullable(),
  });

export interface AuditEntry<K extends string = string> {
  id: number;
  at: string;
  kind: K;
  actor: UserRef;
  changes: FieldChanges | null;
  comment: string | null;
}

/** The fields whose value differs between two versions of the same record, for an `edited` entry. */
export function fieldChanges<T extends object>(before: T, after: T): FieldChanges {
  const changes: FieldChanges = {};
  for (const key of Object.keys(after) as (keyof T & string)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changes[key] = { from: before[key], to: after[key] };
  }
  return changes;
}
