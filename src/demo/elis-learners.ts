import { createRandom } from './random';

/**
 * Who in the demo has taken the Elis course, and how far. The gathering of 28 September 2024
 * introduced Elis, so learners are managers who attended it; they start that day, during and
 * after the session, and go on through October 2024. The demo's people: Puput has finished,
 * with a certificate; Cendil is halfway and has just failed a quiz.
 */
export const demoLearningSeed = 20240928_2;

/** When the national office published the course, a week before the gathering. */
export const demoCoursePublishedAt = '2024-09-20T09:00:00+07:00';

export type DemoLearningStep =
  | { kind: 'enrol'; at: string }
  | { kind: 'lesson'; module: number; lesson: number; at: string }
  /** `right` of the module's questions answered correctly. */
  | { kind: 'quiz'; module: number; right: number; at: string };

export interface DemoLearner {
  partnerRef: number;
  stage: 'enrolled' | 'halfway' | 'complete';
  steps: DemoLearningStep[];
}

export interface DemoCourseShape {
  /** Per module: its lessons and its quiz's questions. */
  modules: { lessons: number; questions: number }[];
  passMark: number;
}

/** How many of the attendees do what: a certificate, halfway, enrolled only. */
export const demoLearnerCounts = { complete: 10, halfway: 14, enrolled: 12 } as const;

const pad = (n: number) => String(n).padStart(2, '0');

/** Fewest right answers that pass, and most that fail. */
function thresholds(questions: number, passMark: number) {
  let pass = questions;
  while (pass > 0 && Math.round((100 * (pass - 1)) / questions) >= passMark) pass -= 1;
  return { pass, fail: pass - 1 };
}

export function planDemoLearners(p: {
  attendeeRefs: readonly number[];
  /** Partners whose manager is a named demo login, in the stage they are given. */
  named: { complete: number[]; halfway: number[] };
  course: DemoCourseShape;
}): DemoLearner[] {
  const random = createRandom(demoLearningSeed);
  const named = new Set([...p.named.complete, ...p.named.halfway]);
  const others = random.shuffle(p.attendeeRefs.filter((ref) => !named.has(ref)));
  const take = (n: number) => others.splice(0, Math.max(0, n));
  const complete = [...p.named.complete, ...take(demoLearnerCounts.complete - p.named.complete.length)];
  const halfway = [...p.named.halfway, ...take(demoLearnerCounts.halfway - p.named.halfway.length)];
  const enrolled = take(demoLearnerCounts.enrolled);

  // A day from 28 September onward (0 = the gathering), at a working hour in WIB.
  const at = (day: number, minute: number) => {
    const date = new Date(Date.UTC(2024, 8, 28 + day));
    const hour = 9 + Math.floor(minute / 60);
    return `${date.toISOString().slice(0, 10)}T${pad(Math.min(hour, 21))}:${pad(minute % 60)}:00+07:00`;
  };
  const { pass, fail } = thresholds(p.course.modules[0]?.questions ?? 5, p.course.passMark);

  /** Reads and passes modules from the first, one sitting a few days apart, until `modules` are done; maybe a failed try first. */
  const study = (modules: number, startDay: number, failedTries: number): { steps: DemoLearningStep[]; day: number } => {
    const steps: DemoLearningStep[] = [];
    let day = startDay;
    let minute = random.int(60, 180);
    for (let m = 0; m < modules; m++) {
      const shape = p.course.modules[m];
      if (!shape) break;
      for (let l = 0; l < shape.lessons; l++) {
        minute += random.int(4, 9);
        steps.push({ kind: 'lesson', module: m, lesson: l, at: at(day, minute) });
      }
      if (failedTries > 0 && random.chance(0.5)) {
        failedTries -= 1;
        minute += random.int(3, 6);
        steps.push({ kind: 'quiz', module: m, right: random.int(Math.max(0, fail - 1), fail), at: at(day, minute) });
      }
      minute += random.int(3, 8);
      steps.push({ kind: 'quiz', module: m, right: random.int(pass, shape.questions), at: at(day, minute) });
      day += random.int(1, 4);
      minute = random.int(0, 240);
    }
    return { steps, day };
  };

  const learners: DemoLearner[] = [];
  for (const ref of complete) {
    const { steps } = study(p.course.modules.length, random.int(0, 10), random.int(0, 2));
    learners.push({ partnerRef: ref, stage: 'complete', steps: [{ kind: 'enrol', at: at(0, 60) }, ...steps] });
  }
  for (const [i, ref] of halfway.entries()) {
    const modules = random.int(1, 3);
    const { steps, day } = study(modules, random.int(0, 14), 0);
    const next = p.course.modules[modules];
    if (next) {
      // Into the next module; every other one (and Cendil) read it all and just failed its quiz.
      const failed = i % 2 === 0;
      const read = failed ? next.lessons : random.int(1, next.lessons - 1);
      for (let l = 0; l < read; l++) steps.push({ kind: 'lesson', module: modules, lesson: l, at: at(day, 30 + l * 7) });
      if (failed)
        steps.push({ kind: 'quiz', module: modules, right: random.int(Math.max(0, fail - 1), fail), at: at(day, 30 + read * 7 + 5) });
    }
    learners.push({ partnerRef: ref, stage: 'halfway', steps: [{ kind: 'enrol', at: at(0, 45) }, ...steps] });
  }
  for (const ref of enrolled)
    learners.push({ partnerRef: ref, stage: 'enrolled', steps: [{ kind: 'enrol', at: at(0, random.int(60, 150)) }] });

  // Each learner's steps in time order (enrolment first: it is at the gathering, before any sitting).
  for (const learner of learners) learner.steps.sort((a, b) => a.at.localeCompare(b.at));
  return learners.sort((a, b) => a.partnerRef - b.partnerRef);
}
