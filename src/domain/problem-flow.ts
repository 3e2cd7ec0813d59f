import { can, inScope, type Action, type Actor, type Scoped } from './permissions';
import { openProblemStatuses, problemOperations, problemStatuses, type ProblemOperation, type ProblemStatus } from './problems';
import { statusMachine } from './status-machine';

/**
 * How a problem is worked through. Whoever works on it (staff in scope, and the library's own
 * manager) takes it up and resolves it with a written resolution, straight from terbuka when it
 * was quickly solved; only staff close one that will not be solved (a duplicate, a library
 * that left), and reopen one, with a reason, when the solution did not hold. Reopening goes
 * back to terbuka: nobody is handling it until someone takes it up again.
 */
export const problemFlow = statusMachine({
  states: problemStatuses,
  initial: 'terbuka',
  transitions: {
    handle: { from: ['terbuka'], to: 'ditangani', by: 'problems.work', comment: 'optional' },
    resolve: { from: ['terbuka', 'ditangani'], to: 'selesai', by: 'problems.work', comment: 'required' },
    close: { from: ['terbuka', 'ditangani'], to: 'ditutup', by: 'problems.decide', comment: 'optional' },
    reopen: { from: ['selesai', 'ditutup'], to: 'terbuka', by: 'problems.decide', comment: 'required' },
  },
});
export type ProblemTransition = keyof typeof problemFlow.transitions;

const transitionNames = Object.keys(problemFlow.transitions) as ProblemTransition[];

/** The one transition that reaches a status: the API names the status wanted, the machine the move. */
export function transitionTo(status: ProblemStatus): ProblemTransition {
  const name = transitionNames.find((t) => problemFlow.transitions[t].to === status);
  if (!name) throw new Error(`no transition reaches ${status}`);
  return name;
}

/**
 * The other operations: edits and actions while the problem is still being worked on (a solved
 * or closed one is reopened first, so its record stays as it was decided); comments at any time.
 */
const rules: Record<Exclude<ProblemOperation, ProblemTransition>, { action: Action; from: readonly ProblemStatus[] }> = {
  edit: { action: 'problems.work', from: openProblemStatuses },
  addAction: { action: 'problems.work', from: openProblemStatuses },
  editAction: { action: 'problems.work', from: openProblemStatuses },
  comment: { action: 'problems.comment', from: problemStatuses },
};

const isTransition = (op: ProblemOperation): op is ProblemTransition => op in problemFlow.transitions;

export type ProblemRefusal = 'not_visible' | 'not_allowed' | 'wrong_status';

/**
 * Why the actor may not do the operation now, or null when it may. Checked in this order, so a
 * problem outside the actor's scope is simply not there (404) whatever else is wrong with it.
 * A transition's comment is checked when the request brings it (`problemFlow.refusal`).
 */
export function problemRefusal(
  actor: Actor,
  problem: Scoped & { status: ProblemStatus },
  operation: ProblemOperation,
): ProblemRefusal | null {
  if (!inScope(actor, problem)) return 'not_visible';
  const rule = isTransition(operation)
    ? { action: problemFlow.transitions[operation].by, from: problemFlow.transitions[operation].from }
    : rules[operation];
  if (!can(actor, rule.action)) return 'not_allowed';
  if (!rule.from.includes(problem.status)) return 'wrong_status';
  return null;
}

export function allowedProblemOperations(actor: Actor, problem: Scoped & { status: ProblemStatus }): ProblemOperation[] {
  return problemOperations.filter((op) => problemRefusal(actor, problem, op) === null);
}

/** A problem is raised for a partner inside the actor's scope (a library's manager: its own). */
export function mayRaiseFor(actor: Actor, partner: { id: number; regionCode: string }): boolean {
  return can(actor, 'problems.raise') && inScope(actor, { regionCode: partner.regionCode, partnerId: partner.id });
}
