import type { ProblemStatus } from '#domain/problems';
import type { Tx } from '#server/db/database';

/**
 * What happens to a problem that someone may want to hear about (DESIGN: "a problem raised in
 * your scope or an action assigned", "a comment on your problem"). The services announce each
 * event to their listener inside the transaction that made it, so a notification written from
 * there commits or rolls back with the change itself. Each event carries the problem's title
 * and who raised it, so a listener needs no second look at the problem.
 */
interface About {
  problemId: number;
  title: string;
  /** Who raised the problem. */
  raisedBy: number;
  actorId: number;
}

export type ProblemHappening =
  | (About & { kind: 'problem_raised'; partnerId: number; regionCode: string })
  | (About & { kind: 'problem_commented'; entryId: number; comment: string })
  | (About & { kind: 'problem_status_changed'; from: ProblemStatus; to: ProblemStatus })
  /** An action given to someone with an account: on creation, or when its `ownerUserId` changes. */
  | (About & { kind: 'action_assigned'; actionId: number; ownerUserId: number; what: string; dueDate: string });

export type ProblemListener = (tx: Tx, event: ProblemHappening) => Promise<void>;

/** For callers nobody need hear from (the demo seed, factories, the gatherings' follow-ups). */
export const ignoreProblemHappenings: ProblemListener = () => Promise.resolve();
