import type { CourseList, CourseListQuery, LearnerCourse, LearnerLesson } from '#domain/course-learning';
import { CourseStatus, type AuthoredCourse } from '#domain/courses';
import type { Actor } from '#domain/permissions';
import type { z } from 'zod';
import type { DbOrTx } from '#server/db/database';
import { forbidden, notFound } from '#server/http/errors';
import { photosOf } from '#server/features/photos/service';
import { authoredCourse, mayAuthor, visibleCourse } from './access';
import type { CourseRow } from './course.table';
import { courseImagePlace } from './images';
import type { LessonRenderContext } from './markdown';
import { progressInCourse, progressInCourses } from './progress';
import { completionsOf, enrolmentCount } from './progress.repository';
import { courseSizes, listCourses, loadTree } from './repository';
import { courseHistory } from './trail';
import { codesOf } from './tree';
import { toAuthoredCourse, toLearnerCourse, toLearnerLesson } from './views';

/** What a lesson of this course may show: its own uploaded pictures. */
async function renderContextOf(db: DbOrTx, courseId: number): Promise<LessonRenderContext> {
  const images = await photosOf(db, courseImagePlace, courseId);
  return { courseId, imageIds: new Set(images.map((i) => i.id)) };
}

/** The courses an actor may list, with their progress once enrolled; drafts only for authors who ask. */
export async function coursesForActor(db: DbOrTx, actor: Actor, query: z.infer<typeof CourseListQuery>): Promise<CourseList> {
  if (query.status !== 'published' && !mayAuthor(actor)) throw forbidden('only course authors see drafts');
  const statuses = query.status === 'all' ? CourseStatus.options : [query.status];
  const rows = await listCourses(db, statuses);
  const ids = rows.map((r) => r.id);
  const [sizes, progress] = await Promise.all([courseSizes(db, ids), progressInCourses(db, actor.id, ids)]);
  return {
    items: rows.map((row) => {
      const size = sizes.find((s) => s.courseId === row.id);
      const mine = progress.get(row.id);
      return {
        id: row.id,
        title: row.title,
        summary: row.summary,
        audience: row.audience,
        indicatorCodes: codesOf(row.indicator_codes),
        status: CourseStatus.parse(row.status),
        moduleCount: size?.moduleCount ?? 0,
        lessonCount: size?.lessonCount ?? 0,
        quizCount: size?.quizCount ?? 0,
        minutes: size?.minutes ?? null,
        revision: row.revision,
        publishedAt: row.published_at,
        updatedAt: row.updated_at,
        ...(mine ? { progress: mine } : {}),
      };
    }),
  };
}

/** `GET /api/courses/:id`: the learner's view (an author's preview of a draft too), with their progress once enrolled. */
export async function learnerCourseFor(db: DbOrTx, actor: Actor, id: number): Promise<LearnerCourse> {
  const row = await visibleCourse(db, actor, id);
  const [tree, context, progress] = await Promise.all([loadTree(db, id), renderContextOf(db, id), progressInCourse(db, actor.id, id)]);
  return toLearnerCourse(row, tree, context, progress);
}

/** One lesson to read, rendered; whether the asker has marked it done. */
export async function learnerLessonFor(db: DbOrTx, actor: Actor, courseId: number, lessonId: number): Promise<LearnerLesson> {
  const row = await visibleCourse(db, actor, courseId);
  const tree = await loadTree(db, courseId);
  const lesson = tree.lessons.find((l) => l.id === lessonId);
  if (!lesson) throw notFound('lesson');
  const [context, done] = await Promise.all([
    renderContextOf(db, courseId),
    completionsOf(db, [actor.id], [courseId]).then((rows) => rows.some((r) => r.lesson_id === lessonId)),
  ]);
  return toLearnerLesson(row, tree, lesson, context, done);
}

/** The author's view: every item with its id, correct choices, pictures, history. */
export async function authoredCourseFor(db: DbOrTx, id: number): Promise<AuthoredCourse> {
  return authoredView(db, await authoredCourse(db, id));
}

export async function authoredView(db: DbOrTx, row: CourseRow): Promise<AuthoredCourse> {
  const [tree, images, enrolments, history] = await Promise.all([
    loadTree(db, row.id),
    photosOf(db, courseImagePlace, row.id),
    enrolmentCount(db, row.id),
    courseHistory(db, row.id),
  ]);
  return toAuthoredCourse(row, tree, { images, enrolments, history });
}
