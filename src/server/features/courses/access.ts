import { can, type Actor } from '#domain/permissions';
import type { DbOrTx } from '#server/db/database';
import { ApiError, notFound } from '#server/http/errors';
import type { CourseRow } from './course.table';
import { findCourse } from './repository';

// Who sees a course: every signed-in user sees a published one; a draft exists only for its
// authors (courses.write), who may preview it as a learner would.

export const mayAuthor = (actor: Actor) => can(actor, 'courses.write');

/** The course, when the actor may read it; otherwise it does not exist for them (404). */
export async function visibleCourse(db: DbOrTx, actor: Actor, id: number): Promise<CourseRow> {
  const row = await findCourse(db, id);
  if (!row || (row.status !== 'published' && !mayAuthor(actor))) throw notFound('course');
  return row;
}

/**
 * The course, when the actor may learn in it now: published. An author previewing a draft is
 * told why not (409); anyone else finds no such course.
 */
export async function learnableCourse(db: DbOrTx, actor: Actor, id: number): Promise<CourseRow> {
  const row = await visibleCourse(db, actor, id);
  if (row.status !== 'published') {
    const message = 'the course is a draft: learners enrol, read and take quizzes once it is published';
    throw new ApiError('conflict', message, [{ field: 'status', issue: 'not_published', message }]);
  }
  return row;
}

/** The course for an author (the route has checked courses.write). */
export async function authoredCourse(db: DbOrTx, id: number): Promise<CourseRow> {
  const row = await findCourse(db, id);
  if (!row) throw notFound('course');
  return row;
}
