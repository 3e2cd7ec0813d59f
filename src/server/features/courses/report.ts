import type { z } from 'zod';
import type { CourseProgressQuery, CourseProgressReport, ElisProgress, LearnerRow } from '#domain/course-learning';
import { CourseStatus } from '#domain/courses';
import type { Actor } from '#domain/permissions';
import { ancestorAt, childLevelOf, isWithinRegion } from '#domain/regions';
import { Role } from '#domain/roles';
import type { Db, DbOrTx } from '#server/db/database';
import { notFound } from '#server/http/errors';
import { reportRegion, type RegionScope } from '#server/features/kpi/scope';
import { regionNames } from '#server/features/regions/service';
import { progressOf } from './progress';
import { attemptStatsOf, completionsOf, learnersOfCourse } from './progress.repository';
import { findCourse, listCourses, skeletonsOf } from './repository';

// Progress for staff: who in their scope enrolled, how far each got, their quiz attempts and
// completions, per course and per region. A learner stands where their library is (a manager)
// or where their own scope is (staff); the national office's own learning stands nowhere but
// the whole country.

type LearnerOfCourse = Awaited<ReturnType<typeof learnersOfCourse>>[number];

const regionOfLearner = (l: LearnerOfCourse): string | null => l.partner_region_code ?? l.user_region_code;

function inRegion(l: LearnerOfCourse, region: Pick<RegionScope, 'code'>): boolean {
  if (region.code === null) return true;
  const code = regionOfLearner(l);
  return code !== null && isWithinRegion(code, region.code);
}

const counts = (rows: readonly { completedAt: string | null }[]) => ({
  enrolled: rows.length,
  completed: rows.filter((r) => r.completedAt !== null).length,
  inProgress: rows.filter((r) => r.completedAt === null).length,
});

/** A course's learners inside the region asked for (by default the asker's scope), by name: the progress screen's list and its export. */
export async function courseLearners(db: Db, actor: Actor, courseId: number, requestedRegion: string | undefined) {
  const region = await reportRegion(db, actor, requestedRegion);
  const course = await findCourse(db, courseId);
  if (!course) throw notFound('course');
  const skeleton = (await skeletonsOf(db, [courseId])).get(courseId) ?? { lessonIds: [], quizModuleIds: [] };
  const learners = (await learnersOfCourse(db, [courseId])).filter((l) => inRegion(l, region));
  const userIds = learners.map((l) => l.user_id);
  const [completions, attempts] = await Promise.all([completionsOf(db, userIds, [courseId]), attemptStatsOf(db, userIds, [courseId])]);

  const rows: LearnerRow[] = learners.map((l) => {
    const done = completions.filter((c) => c.user_id === l.user_id);
    const quizzes = attempts
      .filter((a) => a.user_id === l.user_id)
      .map((a) => ({ moduleId: a.module_id, attempts: a.attempts, bestScore: a.best_score, passed: a.passed, lastAttemptAt: a.last_at }));
    const progress = progressOf(skeleton, {
      enrolledAt: l.enrolled_at,
      completedAt: l.completed_at,
      lessonsDone: done.map((c) => c.lesson_id),
      quizzes,
      certificateCode: null,
    });
    return {
      userId: l.user_id,
      username: l.username,
      name: l.display_name ?? l.username,
      role: Role.parse(l.role),
      partnerId: l.partner_id,
      partnerName: l.partner_name,
      regionCode: regionOfLearner(l),
      enrolledAt: l.enrolled_at,
      lessonsDone: progress.lessonsDone.length,
      quizzesPassed: progress.quizzesPassed.length,
      attempts: progress.quizzes.reduce((n, q) => n + q.attempts, 0),
      quizzes: progress.quizzes,
      percent: progress.percent,
      lastActivityAt: l.last_activity_at,
      completedAt: l.completed_at,
      certificateIssuedOn: l.issued_on,
    };
  });
  rows.sort((a, b) => a.name.localeCompare(b.name, 'id') || a.userId - b.userId);
  return { region, course, skeleton, rows };
}

/** `GET /api/courses/:id/progress`: the course's learners inside the region asked for (by default the asker's scope). */
export async function courseProgressReport(
  db: Db,
  actor: Actor,
  courseId: number,
  query: z.infer<typeof CourseProgressQuery>,
): Promise<CourseProgressReport> {
  const { region, course, skeleton, rows } = await courseLearners(db, actor, courseId, query.region);
  const childLevel = childLevelOf(region.level);
  const byChild = new Map<string, LearnerRow[]>();
  for (const row of rows) {
    const child = childLevel && row.regionCode ? ancestorAt(row.regionCode, childLevel) : null;
    if (child) byChild.set(child, [...(byChild.get(child) ?? []), row]);
  }
  const names = await regionNames(db, [...byChild.keys()]);
  const start = (query.page - 1) * query.pageSize;
  return {
    course: { id: course.id, title: course.title, lessonCount: skeleton.lessonIds.length, quizCount: skeleton.quizModuleIds.length },
    region: { code: region.code, name: region.name },
    totals: counts(rows),
    regions: [...byChild.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([regionCode, inside]) => ({ regionCode, name: names.get(regionCode) ?? regionCode, ...counts(inside) })),
    learners: rows.slice(start, start + query.pageSize),
    total: rows.length,
  };
}

/** `GET /api/courses/progress`: every published course (and any draft that has learners), counted in the region asked for. */
export async function elisProgress(db: Db, actor: Actor, requestedRegion: string | undefined): Promise<ElisProgress> {
  const region = await reportRegion(db, actor, requestedRegion);
  const courses = await listCourses(db, CourseStatus.options);
  const learners = (
    await learnersOfCourse(
      db,
      courses.map((c) => c.id),
    )
  ).filter((l) => inRegion(l, region));
  return {
    region: { code: region.code, name: region.name },
    items: courses
      .map((c) => ({
        courseId: c.id,
        title: c.title,
        status: CourseStatus.parse(c.status),
        ...counts(learners.filter((l) => l.course_id === c.id).map((l) => ({ completedAt: l.completed_at }))),
      }))
      .filter((item) => item.status === 'published' || item.enrolled > 0),
  };
}

/** One course's learners standing inside a region: how many enrolled, finished, and hold its certificate. */
export interface CourseFiguresInRegion {
  courseId: number;
  title: string;
  enrolled: number;
  completed: number;
  certificates: number;
}

/**
 * For a gathering's pack: the learners inside the region in these courses, in the order given
 * (ids of no course are left out), or in every published course by title when none are named.
 * The caller has settled who may see which course.
 */
export async function courseFiguresInRegion(
  db: DbOrTx,
  regionCode: string,
  courseIds: readonly number[] | 'published',
): Promise<CourseFiguresInRegion[]> {
  const rows = courseIds === 'published' ? await listCourses(db, ['published']) : await listCourses(db, CourseStatus.options, courseIds);
  const courses = courseIds === 'published' ? rows : courseIds.flatMap((id) => rows.filter((r) => r.id === id));
  const region = { code: regionCode };
  const learners = (
    await learnersOfCourse(
      db,
      courses.map((c) => c.id),
    )
  ).filter((l) => inRegion(l, region));
  return courses.map((c) => {
    const mine = learners.filter((l) => l.course_id === c.id);
    return {
      courseId: c.id,
      title: c.title,
      enrolled: mine.length,
      completed: mine.filter((l) => l.completed_at !== null).length,
      certificates: mine.filter((l) => l.issued_on !== null).length,
    };
  });
}
