import type { DbOrTx } from '#server/db/database';
import type { CourseRow } from './course.table';
import { issueCertificate } from './certificates';
import { ignoreCourseMoments, type CourseListener } from './events';
import { completes, progressInCourse } from './progress';
import { markCompleted, unfinishedLearners } from './progress.repository';
import { skeletonsOf } from './repository';

/**
 * Completes the learner's enrolment and issues their one certificate when every lesson is done
 * and every quiz passed, in the caller's transaction. True when this call completed it.
 */
export async function settleCompletion(
  db: DbOrTx,
  userId: number,
  course: CourseRow,
  now: Date,
  listener: CourseListener = ignoreCourseMoments,
): Promise<boolean> {
  const progress = await progressInCourse(db, userId, course.id);
  if (!progress || progress.completedAt !== null) return false;
  const skeleton = (await skeletonsOf(db, [course.id])).get(course.id);
  if (!skeleton || !completes(skeleton, progress)) return false;
  if (!(await markCompleted(db, userId, course.id, now.toISOString()))) return false;
  const certificate = await issueCertificate(db, userId, course, now);
  await listener(db, {
    kind: 'certificate_issued',
    userId,
    courseId: course.id,
    courseTitle: certificate.course_title,
    code: certificate.code,
    at: certificate.issued_at,
  });
  return true;
}

/** After an edit: learners whose only missing steps the edit removed have now completed the course. */
export async function settleCompletions(
  db: DbOrTx,
  course: CourseRow,
  now: Date,
  listener: CourseListener = ignoreCourseMoments,
): Promise<number> {
  let completed = 0;
  for (const { user_id } of await unfinishedLearners(db, course.id)) {
    if (await settleCompletion(db, user_id, course, now, listener)) completed += 1;
  }
  return completed;
}
