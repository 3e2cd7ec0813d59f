import { sql } from 'kysely';
import type { DbOrTx } from '#server/db/database';
import type { NewCourseCertificateRow, NewQuizAttemptRow } from './course.table';

// The learners' side: enrolments, lessons done, quiz attempts and certificates. Every write that
// a device may send twice is an insert that does nothing the second time.

export function findEnrolment(db: DbOrTx, userId: number, courseId: number) {
  return db.selectFrom('course_enrolments').selectAll().where('user_id', '=', userId).where('course_id', '=', courseId).executeTakeFirst();
}

/** Enrols the learner unless already enrolled; true when this call enrolled them. */
export async function insertEnrolment(db: DbOrTx, p: { userId: number; courseId: number; at: string }): Promise<boolean> {
  const row = await db
    .insertInto('course_enrolments')
    .values({ user_id: p.userId, course_id: p.courseId, enrolled_at: p.at, last_activity_at: p.at, completed_at: null })
    .onConflict((oc) => oc.columns(['user_id', 'course_id']).doNothing())
    .returning('user_id')
    .executeTakeFirst();
  return row !== undefined;
}

export async function touchEnrolment(db: DbOrTx, userId: number, courseId: number, at: string): Promise<void> {
  await db
    .updateTable('course_enrolments')
    .set({ last_activity_at: at })
    .where('user_id', '=', userId)
    .where('course_id', '=', courseId)
    .where('last_activity_at', '<', at)
    .execute();
}

/** Marks the enrolment complete, once: a later call leaves the first completion's time. */
export async function markCompleted(db: DbOrTx, userId: number, courseId: number, at: string): Promise<boolean> {
  const result = await db
    .updateTable('course_enrolments')
    .set({ completed_at: at })
    .where('user_id', '=', userId)
    .where('course_id', '=', courseId)
    .where('completed_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Records the lesson as done unless it already is; true when this call recorded it. */
export async function insertCompletion(
  db: DbOrTx,
  p: { userId: number; lessonId: number; courseId: number; at: string },
): Promise<boolean> {
  const row = await db
    .insertInto('lesson_completions')
    .values({ user_id: p.userId, lesson_id: p.lessonId, course_id: p.courseId, completed_at: p.at })
    .onConflict((oc) => oc.columns(['user_id', 'lesson_id']).doNothing())
    .returning('lesson_id')
    .executeTakeFirst();
  return row !== undefined;
}

/** The lessons each of these learners has done in each of these courses (removed lessons took theirs along). */
export function completionsOf(db: DbOrTx, userIds: readonly number[], courseIds: readonly number[]) {
  if (userIds.length === 0 || courseIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('lesson_completions')
    .select(['user_id', 'course_id', 'lesson_id', 'completed_at'])
    .where('user_id', 'in', [...userIds])
    .where('course_id', 'in', [...courseIds])
    .execute();
}

/** Per learner, course and module: how many attempts, the best score, whether any passed, the last one's time. */
export async function attemptStatsOf(db: DbOrTx, userIds: readonly number[] | 'all', courseIds: readonly number[]) {
  if (courseIds.length === 0 || (userIds !== 'all' && userIds.length === 0)) return [];
  let query = db
    .selectFrom('quiz_attempts')
    .select([
      'user_id',
      'course_id',
      'module_id',
      sql<number>`count(*)`.as('attempts'),
      sql<number>`max(score)`.as('best_score'),
      sql<number>`max(passed)`.as('passed'),
      sql<string>`max(created_at)`.as('last_at'),
    ])
    .where('course_id', 'in', [...courseIds])
    .groupBy(['user_id', 'course_id', 'module_id']);
  if (userIds !== 'all') query = query.where('user_id', 'in', [...userIds]);
  const rows = await query.execute();
  return rows.map((r) => ({ ...r, attempts: Number(r.attempts), best_score: Number(r.best_score), passed: Number(r.passed) === 1 }));
}

/** How many lessons each learner of the course has done. */
export async function completionCountsOfCourse(db: DbOrTx, courseId: number) {
  const rows = await db
    .selectFrom('lesson_completions')
    .select(['user_id', sql<number>`count(*)`.as('done'), sql<string>`max(completed_at)`.as('last_at')])
    .where('course_id', '=', courseId)
    .groupBy('user_id')
    .execute();
  return rows.map((r) => ({ userId: r.user_id, done: Number(r.done), lastAt: r.last_at }));
}

export function enrolmentsOf(db: DbOrTx, userIds: readonly number[], courseIds: readonly number[]) {
  if (userIds.length === 0 || courseIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('course_enrolments')
    .selectAll()
    .where('user_id', 'in', [...userIds])
    .where('course_id', 'in', [...courseIds])
    .execute();
}

/** Enrolled learners not yet complete: whom an edit that removed their last missing step completes. */
export function unfinishedLearners(db: DbOrTx, courseId: number) {
  return db.selectFrom('course_enrolments').select('user_id').where('course_id', '=', courseId).where('completed_at', 'is', null).execute();
}

export async function enrolmentCount(db: DbOrTx, courseId: number): Promise<number> {
  const row = await db
    .selectFrom('course_enrolments')
    .select(sql<number>`count(*)`.as('n'))
    .where('course_id', '=', courseId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/**
 * Every learner of the course with who they are and where: a manager's library's region, a staff
 * member's own region (null for the national office). Scope is judged on that by the caller.
 */
export function learnersOfCourse(db: DbOrTx, courseIds: readonly number[]) {
  if (courseIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('course_enrolments')
    .innerJoin('users', 'users.id', 'course_enrolments.user_id')
    .leftJoin('partners', 'partners.id', 'users.partner_id')
    .leftJoin('course_certificates', (join) =>
      join
        .onRef('course_certificates.user_id', '=', 'course_enrolments.user_id')
        .onRef('course_certificates.course_id', '=', 'course_enrolments.course_id'),
    )
    .select([
      'course_enrolments.course_id',
      'course_enrolments.user_id',
      'course_enrolments.enrolled_at',
      'course_enrolments.last_activity_at',
      'course_enrolments.completed_at',
      'users.username',
      'users.display_name',
      'users.role',
      'users.region_code as user_region_code',
      'users.partner_id',
      'partners.name as partner_name',
      'partners.region_code as partner_region_code',
      'course_certificates.issued_on',
    ])
    .where('course_enrolments.course_id', 'in', [...courseIds])
    .execute();
}

/** Inserts the attempt unless the learner already sent one under this key; undefined when it had. */
export function insertAttempt(db: DbOrTx, row: NewQuizAttemptRow) {
  return db
    .insertInto('quiz_attempts')
    .values(row)
    .onConflict((oc) => oc.columns(['user_id', 'attempt_key']).doNothing())
    .returningAll()
    .executeTakeFirst();
}

export function findAttemptByKey(db: DbOrTx, userId: number, key: string) {
  return db.selectFrom('quiz_attempts').selectAll().where('user_id', '=', userId).where('attempt_key', '=', key).executeTakeFirst();
}

/** Issues the certificate unless the learner has one for the course (or, once in 2^60, the code is taken); undefined then. */
export function insertCertificate(db: DbOrTx, row: NewCourseCertificateRow) {
  return db
    .insertInto('course_certificates')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .returningAll()
    .executeTakeFirst();
}

export function findCertificate(db: DbOrTx, userId: number, courseId: number) {
  return db
    .selectFrom('course_certificates')
    .selectAll()
    .where('user_id', '=', userId)
    .where('course_id', '=', courseId)
    .executeTakeFirst();
}

export function certificatesOf(db: DbOrTx, userId: number, courseIds: readonly number[]) {
  if (courseIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('course_certificates')
    .selectAll()
    .where('user_id', '=', userId)
    .where('course_id', 'in', [...courseIds])
    .execute();
}

export function findCertificateByCode(db: DbOrTx, code: string) {
  return db.selectFrom('course_certificates').selectAll().where('code', '=', code).executeTakeFirst();
}

/** Who the learner is, as a certificate names them: their name, and their library's when they run one. */
export function learnerIdentity(db: DbOrTx, userId: number) {
  return db
    .selectFrom('users')
    .leftJoin('partners', 'partners.id', 'users.partner_id')
    .select(['users.username', 'users.display_name', 'partners.name as partner_name'])
    .where('users.id', '=', userId)
    .executeTakeFirst();
}

/** The managers (pengelola) of a library, for the rapor's "has the library started the course". */
export async function managerIdsOf(db: DbOrTx, partnerId: number): Promise<number[]> {
  const rows = await db.selectFrom('users').select('id').where('partner_id', '=', partnerId).where('role', '=', 'pengelola').execute();
  return rows.map((r) => r.id);
}

/** A national admin (by username, or the first one) to act as when the CLI imports a course. */
export function nationalAdmin(db: DbOrTx, username: string | null) {
  let query = db.selectFrom('users').selectAll().where('role', '=', 'admin_pusat').where('active', '=', 1);
  if (username !== null) query = query.where('username', '=', username.toLowerCase());
  return query.orderBy('id').limit(1).executeTakeFirst();
}
