import type { ProblemStep } from '#demo/problem-kinds';
import type { DemoProblem } from '#demo/problems';
import type { WibMoment } from '#demo/people';
import { CreateProblemActionBody, CreateProblemBody } from '#domain/problems';
import type { Tx } from '#server/db/database';
import { addProblemAction, updateProblemActionOf } from '#server/features/problems/actions';
import { commentOnProblem, raiseProblem } from '#server/features/problems/service';
import { changeProblemStatus } from '#server/features/problems/status';
import { actorFor, atWib, idOf, type LoopCast } from './loop-cast';

/** The demo's problems raised, with the steps still to take once the gathering has discussed them. */
export interface RaisedProblems {
  ids: Map<string, number>;
  /** Takes every step from `until` on, in the same transaction: what the gathering decided, and what followed. */
  finish(): Promise<void>;
}

async function takeStep(tx: Tx, cast: LoopCast, problem: DemoProblem, id: number, actions: Map<string, number>, step: ProblemStep) {
  const actor = actorFor(cast, step.by, problem.partnerRef);
  const at = atWib(step.at);
  switch (step.kind) {
    case 'comment':
      await commentOnProblem(tx, actor, id, step.text, at);
      return;
    case 'action': {
      const body = CreateProblemActionBody.parse({
        what: step.what,
        owner: step.owner,
        dueDate: step.due,
        ownerUserId: step.ownerIs ? actorFor(cast, step.ownerIs, problem.partnerRef).id : null,
      });
      actions.set(step.ref, (await addProblemAction(tx, actor, id, body, at)).id);
      return;
    }
    case 'done':
      await updateProblemActionOf(tx, actor, id, idOf(actions, step.ref, `action of ${problem.key}:`), { done: true }, at);
      return;
    case 'status':
      await changeProblemStatus(tx, actor, id, { status: step.status, ...(step.comment ? { comment: step.comment } : {}) }, at);
      return;
    case 'resolve':
      await changeProblemStatus(tx, actor, id, { status: 'selesai', resolution: step.resolution }, at);
      return;
  }
}

/**
 * Raises the demo's problems through the problems services and takes each one's steps before
 * `until` (comments, actions, ticks, moves), by the people the plan names; the rest wait for `finish`.
 */
export async function raiseDemoProblems(
  tx: Tx,
  cast: LoopCast,
  problems: readonly DemoProblem[],
  until: WibMoment,
): Promise<RaisedProblems> {
  const ids = new Map<string, number>();
  const later: (() => Promise<void>)[] = [];
  for (const problem of problems) {
    const body = CreateProblemBody.parse({
      partnerId: cast.partnerIdOf(problem.partnerRef),
      title: problem.title,
      category: problem.category,
      description: problem.description,
    });
    const id = await raiseProblem(tx, actorFor(cast, problem.raised.by, problem.partnerRef), body, atWib(problem.raised.at));
    ids.set(problem.key, id);
    const actions = new Map<string, number>();
    for (const step of problem.steps) {
      if (step.at < until) await takeStep(tx, cast, problem, id, actions, step);
      else later.push(() => takeStep(tx, cast, problem, id, actions, step));
    }
  }
  return {
    ids,
    finish: async () => {
      for (const step of later) await step();
    },
  };
}
