import type { ProblemStatus } from '#domain/problems';
import type { Tx } from '#server/db/database';

/**
 * What happens to a problem that someone may want to hear about. Notifications come in a later
 * issue (DESIGN: "a problem raised in your scope or an action assigned", "a comment on your
 * problem"); the services announce each event here, inside the transaction that made it, so a
 * notification outbox written from here commits or rolls back with the change itself.
 */
export type ProblemHappening =
  | { kind: 'problem_raised'; problemId: number; partnerId: number; regionCode: string; actorId: number }
  | { kind: 'problem_commented'; problemId: number; entryId: number; actorId: number }
  | { kind: 'problem_status_changed'; problemId: number; from: ProblemStatus; to: ProblemStatus; actorId: number }
  /** An action given to someone with an account: on creation, or when its `ownerUserId` changes. */
  | { kind: 'action_assigned'; problemId: number; actionId: number; ownerUserId: number; actorId: number };

/** The one place problem events leave the feature. Nothing listens yet. */
export function announce(_tx: Tx, _event: ProblemHappening): Promise<void> {
  return Promise.resolve();
}
