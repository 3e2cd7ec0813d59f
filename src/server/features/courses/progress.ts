import type { LearnerProgress, QuizProgress } from '#domain/course-learning';
import { isCourseComplete, percentDone } from '#domain/course-scoring';
import type { DbOrTx } from '#server/db/database';
import { skeletonsOf } from './repository';
import { attemptStatsOf, certificatesOf, completionsOf, enrolmentsOf } from './progress.repository';

/** What progress is counted on: the course's lessons, and its modules that have a quiz. */
export interface CourseSkeleton {
  lessonIds: readonly number[];
  quizModuleIds: readonly number[];
}

/** A learner's standing from their rows; lessons and quizzes that no longer exist do not count. */
export function progressOf(
  skeleton: CourseSkeleton,
  rows: {
    enrolledAt: string;
    completedAt: string | null;
    lessonsDone: readonly number[];
    quizzes: readonly QuizProgress[];
    certificateCode: string | null;
  },
): LearnerProgress {
  const lessons = new Set(skeleton.lessonIds);
  const quizModules = new Set(skeleton.quizModuleIds);
  const lessonsDone = rows.lessonsDone.filter((id) => lessons.has(id)).sort((a, b) => a - b);
  const quizzes = rows.quizzes.filter((q) => quizModules.has(q.moduleId)).sort((a, b) => a.moduleId - b.moduleId);
  const quizzesPassed = quizzes.filter((q) => q.passed).map((q) => q.moduleId);
  return {
    enrolledAt: rows.enrolledAt,
    lessonsDone,
    quizzesPassed,
    quizzes,
    percent: percentDone({
      lessonsDone: lessonsDone.length,
      lessonCount: lessons.size,
      quizzesPassed: quizzesPassed.length,
      quizCount: quizModules.size,
      completed: rows.completedAt !== null,
    }),
    completedAt: rows.completedAt,
    certificateCode: rows.certificateCode,
  };
}

/** True when the learner has now done every lesson and passed every quiz of the course as it is. */
export const completes = (skeleton: CourseSkeleton, progress: LearnerProgress) =>
  isCourseComplete({
    lessonIds: skeleton.lessonIds,
    quizModuleIds: skeleton.quizModuleIds,
    lessonsDone: new Set(progress.lessonsDone),
    quizzesPassed: new Set(progress.quizzesPassed),
  });

/** One learner's progress in each of these courses they enrolled in; courses they did not are absent. */
export async function progressInCourses(db: DbOrTx, userId: number, courseIds: readonly number[]): Promise<Map<number, LearnerProgress>> {
  const enrolments = await enrolmentsOf(db, [userId], courseIds);
  const enrolled = enrolments.map((e) => e.course_id);
  const [skeletons, completions, attempts, certificates] = await Promise.all([
    skeletonsOf(db, enrolled),
    completionsOf(db, [userId], enrolled),
    attemptStatsOf(db, [userId], enrolled),
    certificatesOf(db, userId, enrolled),
  ]);
  const result = new Map<number, LearnerProgress>();
  for (const e of enrolments) {
    const skeleton = skeletons.get(e.course_id) ?? { lessonIds: [], quizModuleIds: [] };
    result.set(
      e.course_id,
      progressOf(skeleton, {
        enrolledAt: e.enrolled_at,
        completedAt: e.completed_at,
        lessonsDone: completions.filter((c) => c.course_id === e.course_id).map((c) => c.lesson_id),
        quizzes: attempts
          .filter((a) => a.course_id === e.course_id)
          .map((a) => ({
            moduleId: a.module_id,
            attempts: a.attempts,
            bestScore: a.best_score,
            passed: a.passed,
            lastAttemptAt: a.last_at,
          })),
        certificateCode: certificates.find((c) => c.course_id === e.course_id)?.code ?? null,
      }),
    );
  }
  return result;
}

/** One learner's progress in one course, or undefined before they enrol. */
export async function progressInCourse(db: DbOrTx, userId: number, courseId: number): Promise<LearnerProgress | undefined> {
  return (await progressInCourses(db, userId, [courseId])).get(courseId);
}
