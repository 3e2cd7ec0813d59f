import { sql } from 'kysely';
import type { DbOrTx } from '#server/db/database';
import type {
  CourseLessonUpdate,
  CourseModuleUpdate,
  CourseUpdate,
  NewCourseLessonRow,
  NewCourseModuleRow,
  NewCourseRow,
  NewQuizChoiceRow,
  NewQuizQuestionRow,
  QuizChoiceUpdate,
  QuizQuestionUpdate,
} from './course.table';

// Courses and their tree of modules, lessons, questions and choices: what authoring writes and
// every view reads. Progress is in progress.repository.ts.

export function findCourse(db: DbOrTx, id: number) {
  return db.selectFrom('courses').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findCourseBySlug(db: DbOrTx, slug: string) {
  return db.selectFrom('courses').selectAll().where('slug', '=', slug).executeTakeFirst();
}

/** Courses of these statuses by title; with `ids`, only those among them. */
export function listCourses(db: DbOrTx, statuses: readonly string[], ids?: readonly number[]) {
  let query = db
    .selectFrom('courses')
    .selectAll()
    .where('status', 'in', [...statuses]);
  if (ids !== undefined) query = query.where('id', 'in', ids.length === 0 ? [-1] : [...ids]);
  return query.orderBy('title').orderBy('id').execute();
}

export async function insertCourse(db: DbOrTx, row: NewCourseRow): Promise<number> {
  const { id } = await db.insertInto('courses').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** Updates only while the course is in one of the statuses (all when none given); false when it was not. */
export async function updateCourseRow(db: DbOrTx, id: number, set: CourseUpdate, statuses?: readonly string[]): Promise<boolean> {
  let query = db.updateTable('courses').set(set).where('id', '=', id);
  if (statuses) query = query.where('status', 'in', [...statuses]);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** One more revision: every change of content is one. */
export async function bumpRevision(db: DbOrTx, id: number, at: string): Promise<void> {
  await db
    .updateTable('courses')
    .set({ revision: sql`revision + 1`, updated_at: at })
    .where('id', '=', id)
    .execute();
}

export async function deleteCourseRow(db: DbOrTx, id: number): Promise<void> {
  await db.deleteFrom('courses').where('id', '=', id).execute();
}

/** The course's tree in order: modules, lessons, questions and choices. */
export async function loadTree(db: DbOrTx, courseId: number) {
  const [modules, lessons, questions, choices] = await Promise.all([
    db.selectFrom('course_modules').selectAll().where('course_id', '=', courseId).orderBy('position').orderBy('id').execute(),
    db.selectFrom('course_lessons').selectAll().where('course_id', '=', courseId).orderBy('position').orderBy('id').execute(),
    db.selectFrom('quiz_questions').selectAll().where('course_id', '=', courseId).orderBy('position').orderBy('id').execute(),
    db
      .selectFrom('quiz_choices')
      .innerJoin('quiz_questions', 'quiz_questions.id', 'quiz_choices.question_id')
      .selectAll('quiz_choices')
      .where('quiz_questions.course_id', '=', courseId)
      .orderBy('quiz_choices.position')
      .orderBy('quiz_choices.id')
      .execute(),
  ]);
  return { modules, lessons, questions, choices };
}
export type CourseTreeRows = Awaited<ReturnType<typeof loadTree>>;

/** How large each course is: modules, lessons, quizzes and the reading time of lessons that give one. */
export async function courseSizes(db: DbOrTx, courseIds: readonly number[]) {
  if (courseIds.length === 0) return [];
  const [modules, lessons] = await Promise.all([
    db
      .selectFrom('course_modules')
      .select(['course_id', sql<number>`count(*)`.as('modules'), sql<number>`count(pass_mark)`.as('quizzes')])
      .where('course_id', 'in', [...courseIds])
      .groupBy('course_id')
      .execute(),
    db
      .selectFrom('course_lessons')
      .select([
        'course_id',
        sql<number>`count(*)`.as('lessons'),
        sql<number>`count(minutes)`.as('timed'),
        sql<number>`sum(minutes)`.as('minutes'),
      ])
      .where('course_id', 'in', [...courseIds])
      .groupBy('course_id')
      .execute(),
  ]);
  return courseIds.map((id) => {
    const m = modules.find((r) => r.course_id === id);
    const l = lessons.find((r) => r.course_id === id);
    const lessonCount = Number(l?.lessons ?? 0);
    return {
      courseId: id,
      moduleCount: Number(m?.modules ?? 0),
      quizCount: Number(m?.quizzes ?? 0),
      lessonCount,
      minutes: lessonCount > 0 && Number(l?.timed ?? 0) === lessonCount ? Number(l?.minutes ?? 0) : null,
    };
  });
}

export async function insertModule(db: DbOrTx, row: NewCourseModuleRow): Promise<number> {
  const { id } = await db.insertInto('course_modules').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}
export async function updateModule(db: DbOrTx, id: number, set: CourseModuleUpdate): Promise<void> {
  await db.updateTable('course_modules').set(set).where('id', '=', id).execute();
}
export async function deleteModules(db: DbOrTx, ids: readonly number[]): Promise<void> {
  if (ids.length > 0)
    await db
      .deleteFrom('course_modules')
      .where('id', 'in', [...ids])
      .execute();
}

export async function insertLesson(db: DbOrTx, row: NewCourseLessonRow): Promise<number> {
  const { id } = await db.insertInto('course_lessons').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}
export async function updateLesson(db: DbOrTx, id: number, set: CourseLessonUpdate): Promise<void> {
  await db.updateTable('course_lessons').set(set).where('id', '=', id).execute();
}
export async function deleteLessons(db: DbOrTx, ids: readonly number[]): Promise<void> {
  if (ids.length > 0)
    await db
      .deleteFrom('course_lessons')
      .where('id', 'in', [...ids])
      .execute();
}

export async function insertQuestion(db: DbOrTx, row: NewQuizQuestionRow): Promise<number> {
  const { id } = await db.insertInto('quiz_questions').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}
export async function updateQuestion(db: DbOrTx, id: number, set: QuizQuestionUpdate): Promise<void> {
  await db.updateTable('quiz_questions').set(set).where('id', '=', id).execute();
}
export async function deleteQuestions(db: DbOrTx, ids: readonly number[]): Promise<void> {
  if (ids.length > 0)
    await db
      .deleteFrom('quiz_questions')
      .where('id', 'in', [...ids])
      .execute();
}

export async function insertChoice(db: DbOrTx, row: NewQuizChoiceRow): Promise<number> {
  const { id } = await db.insertInto('quiz_choices').values(row).returning('id').executeTakeFirstOrThrow();
  return id;
}
export async function updateChoice(db: DbOrTx, id: number, set: QuizChoiceUpdate): Promise<void> {
  await db.updateTable('quiz_choices').set(set).where('id', '=', id).execute();
}
export async function deleteChoices(db: DbOrTx, ids: readonly number[]): Promise<void> {
  if (ids.length > 0)
    await db
      .deleteFrom('quiz_choices')
      .where('id', 'in', [...ids])
      .execute();
}

/** The module's questions with their correct choice, for scoring. */
export async function answerKey(db: DbOrTx, moduleId: number) {
  return db
    .selectFrom('quiz_questions')
    .innerJoin('quiz_choices', 'quiz_choices.question_id', 'quiz_questions.id')
    .select(['quiz_questions.id as question_id', 'quiz_questions.explanation', 'quiz_choices.id as choice_id', 'quiz_choices.correct'])
    .where('quiz_questions.module_id', '=', moduleId)
    .orderBy('quiz_questions.position')
    .orderBy('quiz_questions.id')
    .execute();
}

/**
 * Takes one of the course's picture slots, only while it has a free one. One conditional UPDATE:
 * two uploads at once cannot both take the last slot.
 */
export async function claimImageSlot(db: DbOrTx, p: { courseId: number; limit: number; at: string }): Promise<boolean> {
  const result = await db
    .updateTable('courses')
    .set({ image_count: sql`image_count + 1`, updated_at: p.at })
    .where('id', '=', p.courseId)
    .where('image_count', '<', p.limit)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function releaseImageSlot(db: DbOrTx, courseId: number, at: string): Promise<void> {
  await db
    .updateTable('courses')
    .set({ image_count: sql`image_count - 1`, updated_at: at })
    .where('id', '=', courseId)
    .where('image_count', '>', 0)
    .execute();
}

/** Per course, the ids that progress is counted on: its lessons and the modules with a quiz. */
export async function skeletonsOf(db: DbOrTx, courseIds: readonly number[]) {
  const skeletons = new Map<number, { lessonIds: number[]; quizModuleIds: number[] }>(
    courseIds.map((id) => [id, { lessonIds: [], quizModuleIds: [] }]),
  );
  if (courseIds.length === 0) return skeletons;
  const [lessons, modules] = await Promise.all([
    db
      .selectFrom('course_lessons')
      .select(['id', 'course_id'])
      .where('course_id', 'in', [...courseIds])
      .execute(),
    db
      .selectFrom('course_modules')
      .select(['id', 'course_id'])
      .where('course_id', 'in', [...courseIds])
      .where('pass_mark', 'is not', null)
      .execute(),
  ]);
  for (const l of lessons) skeletons.get(l.course_id)?.lessonIds.push(l.id);
  for (const m of modules) skeletons.get(m.course_id)?.quizModuleIds.push(m.id);
  return skeletons;
}

/** The modules of these courses with the indicators each serves, in order: for the rapor's recommendations. */
export function modulesOfCourses(db: DbOrTx, courseIds: readonly number[]) {
  if (courseIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('course_modules')
    .select(['id', 'course_id', 'title', 'position', 'indicator_codes'])
    .where('course_id', 'in', [...courseIds])
    .orderBy('course_id')
    .orderBy('position')
    .execute();
}
