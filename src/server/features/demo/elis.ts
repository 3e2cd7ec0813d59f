import { fileURLToPath } from 'node:url';
import { demoCoursePublishedAt, planDemoLearners } from '#demo/elis-learners';
import type { Actor } from '#domain/permissions';
import type { Tx } from '#server/db/database';
import { importCourseFolder } from '#server/features/courses/folder';
import { completeLesson, enrol, submitQuiz } from '#server/features/courses/learning';
import { authoredCourseFor } from '#server/features/courses/queries';
import { demoLogins } from './logins';

/** The demo's course, written for this project (src/demo/elis/…/README.md describes the folder). */
export const demoCourseFolder = fileURLToPath(new URL('../../../demo/elis/dasar-inklusi-sosial', import.meta.url));

/** Demo attempt ids are stable per learner and attempt; the API wants a UUID. */
const attemptUuid = (learner: number, attempt: number) =>
  `00000000-0000-4000-9000-${String(learner).padStart(6, '0')}${String(attempt).padStart(6, '0')}`;

/**
 * Elis in the demo, through the same services as the API: the national office imports and
 * publishes the course a week before the gathering of 28 September 2024 that introduced it (so
 * the gathering's `elis` item can link it). Answers the course's id.
 */
export async function importDemoCourse(tx: Tx, author: Actor): Promise<number> {
  const { courseId } = await importCourseFolder(tx, author, demoCourseFolder, { publish: true, now: new Date(demoCoursePublishedAt) });
  return courseId;
}

/**
 * After the gathering, a subset of the managers who attended learn at their own pace — some only
 * enrolled, some halfway (half of those just failed a quiz), some finished with a certificate.
 * Puput (a demo login) has finished; Cendil is halfway.
 */
export async function seedDemoLearning(
  tx: Tx,
  courseId: number,
  p: { managers: readonly Actor[]; partners: readonly { regionCode: string }[]; attendeeRefs: readonly number[] },
): Promise<void> {
  const course = await authoredCourseFor(tx, courseId);
  const refOf = (username: string) => {
    const login = demoLogins.find((l) => l.username === username);
    return login && 'partnerRegionCode' in login ? p.partners.findIndex((x) => x.regionCode === login.partnerRegionCode) : -1;
  };
  const learners = planDemoLearners({
    attendeeRefs: p.attendeeRefs,
    named: { complete: [refOf('puput')].filter((r) => r >= 0), halfway: [refOf('cendil')].filter((r) => r >= 0) },
    course: {
      modules: course.modules.map((m) => ({ lessons: m.lessons.length, questions: m.quiz?.questions.length ?? 0 })),
      passMark: course.modules[0]?.quiz?.passMark ?? 70,
    },
  });

  for (const learner of learners) {
    const actor = p.managers[learner.partnerRef];
    if (!actor) throw new Error(`demo learner ${learner.partnerRef} has no manager`);
    let attempts = 0;
    for (const step of learner.steps) {
      const now = new Date(step.at);
      if (step.kind === 'enrol') await enrol(tx, actor, courseId, now);
      const module = step.kind === 'enrol' ? undefined : course.modules[step.module];
      if (step.kind === 'lesson') {
        const lesson = module?.lessons[step.lesson];
        if (!lesson) throw new Error(`the demo course has no lesson ${step.module}.${step.lesson}`);
        await completeLesson(tx, actor, courseId, lesson.id, now);
      }
      if (step.kind === 'quiz' && module?.quiz) {
        // The first `right` questions answered right, the rest with the first choice that is not.
        const answers = module.quiz.questions.map((q, i) => ({
          questionId: q.id,
          choiceId: (i < step.right ? q.choices.find((c) => c.correct) : q.choices.find((c) => !c.correct))?.id ?? 0,
        }));
        attempts += 1;
        await submitQuiz(tx, actor, courseId, module.id, { attemptId: attemptUuid(learner.partnerRef, attempts), answers }, now);
      }
    }
  }
}
