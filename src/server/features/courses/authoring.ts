import { fieldChanges } from '#domain/audit';
import { publishProblems, type CourseBody, type CreateCourseBody, type PublishProblem } from '#domain/courses';
import type { Actor } from '#domain/permissions';
import type { DbOrTx, Tx } from '#server/db/database';
import { inTransaction } from '#server/db/transaction';
import { ApiError, conflict, invalidField } from '#server/http/errors';
import { gatheringsIntroducingCourse } from '#server/features/gatherings/course-links';
import { profileVersions } from '#server/features/kpi/profiles';
import { dropPhotosOf } from '#server/features/photos/service';
import { authoredCourse } from './access';
import type { CourseRow } from './course.table';
import { settleCompletions } from './completion';
import { ignoreCourseMoments, type CourseListener } from './events';
import { enrolmentCount } from './progress.repository';
import {
  bumpRevision,
  deleteCourseRow,
  findCourseBySlug,
  insertCourse,
  loadTree,
  updateCourseRow,
  type CourseTreeRows,
} from './repository';
import { auditCourse, courseRef, dropCourseTrail } from './trail';
import { assertOwnIds, codesOf, writeTree, type TreeChange } from './tree';
import { authoredModules } from './views';

// Writing courses: the national office creates, edits, publishes, unpublishes and deletes them.
// The route has checked `courses.write`; courses have no region, so there is no scope to check.

const emptyTree: CourseTreeRows = { modules: [], lessons: [], questions: [], choices: [] };

/** Indicator codes must be the KPI profile's (any version's), so the rapor can recommend the course. */
async function assertKnownIndicators(db: DbOrTx, body: CourseBody): Promise<void> {
  const known = new Set((await profileVersions(db)).flatMap((v) => v.definition.indicators.map((i) => i.code)));
  const unknown = body.indicatorCodes.filter((code) => !known.has(code));
  if (unknown.length > 0) {
    throw invalidField('indicatorCodes', 'unknown_indicator', `the KPI profile has no indicator ${unknown.join(', ')}`);
  }
}

async function assertFreeSlug(db: DbOrTx, slug: string | null | undefined, courseId: number | null): Promise<void> {
  if (!slug) return;
  const other = await findCourseBySlug(db, slug);
  if (other && other.id !== courseId) throw conflict(`course ${other.id} already has the slug ${slug}`, 'slug');
}

const columnsOf = (body: CourseBody) => ({
  slug: body.slug ?? null,
  title: body.title,
  summary: body.summary,
  audience: body.audience || null,
  introduction: body.introduction || null,
  indicator_codes: JSON.stringify(body.indicatorCodes),
});

const fieldsOfRow = (row: CourseRow) => ({
  slug: row.slug,
  title: row.title,
  summary: row.summary,
  audience: row.audience,
  introduction: row.introduction,
  indicatorCodes: codesOf(row.indicator_codes),
});

const unpublishable = (problems: PublishProblem[], message: string) =>
  new ApiError(
    'conflict',
    message,
    problems.map((p) => ({ field: p.field, issue: p.issue, message: p.message })),
  );

const wrongStatus = (message: string) => new ApiError('conflict', message, [{ field: 'status', issue: 'wrong_status', message }]);

/** A new course, as a draft; answers its id. */
export function createCourse(db: DbOrTx, actor: Actor, body: CreateCourseBody, now: Date): Promise<number> {
  return inTransaction(db, async (tx) => {
    await assertKnownIndicators(tx, body);
    await assertFreeSlug(tx, body.slug, null);
    const at = now.toISOString();
    const id = await insertCourse(tx, {
      ...columnsOf(body),
      status: 'draft',
      created_by: actor.id,
      created_at: at,
      updated_at: at,
      published_at: null,
      published_by: null,
    });
    await writeTree(tx, id, body, emptyTree);
    await auditCourse(tx, id, { actorId: actor.id, at, kind: 'created' });
    return id;
  });
}

export interface EditOutcome {
  changed: boolean;
  tree: TreeChange;
  /** Learners whose last missing step the edit removed: they have now completed the course. */
  completed: number;
}

const sizeOf = (tree: Pick<CourseTreeRows, 'modules' | 'lessons' | 'questions'>) => ({
  modules: tree.modules.length,
  lessons: tree.lessons.length,
  questions: tree.questions.length,
});

/**
 * Makes the course what the body says. Items sent with their id keep it and their learners'
 * progress; an edit that changes nothing writes nothing. A published course must stay complete.
 */
export function updateCourse(
  db: DbOrTx,
  actor: Actor,
  id: number,
  body: CourseBody,
  now: Date,
  listener: CourseListener = ignoreCourseMoments,
): Promise<EditOutcome> {
  return inTransaction(db, async (tx) => {
    const row = await authoredCourse(tx, id);
    const current = await loadTree(tx, id);
    assertOwnIds(body, current);
    await assertKnownIndicators(tx, body);
    await assertFreeSlug(tx, body.slug, id);
    if (row.status === 'published') {
      const problems = publishProblems(body.modules);
      if (problems.length > 0)
        throw unpublishable(problems, 'a published course must keep a lesson and a quiz in every module; unpublish it first');
    }
    const fields = fieldChanges(fieldsOfRow(row), { ...fieldsOfRow(row), ...bodyFields(body) });
    const tree = await writeTree(tx, id, body, current);
    if (Object.keys(fields).length === 0 && tree.writes === 0) return { changed: false, tree, completed: 0 };

    const at = now.toISOString();
    await updateCourseRow(tx, id, { ...columnsOf(body), updated_at: at });
    await bumpRevision(tx, id, at);
    const after = tree.writes > 0 ? await loadTree(tx, id) : current;
    const changes = tree.writes > 0 ? { ...fields, content: { from: sizeOf(current), to: sizeOf(after) } } : fields;
    await auditCourse(tx, id, { actorId: actor.id, at, kind: 'edited', changes });
    const completed = tree.writes > 0 ? await settleCompletions(tx, { ...row, title: body.title }, now, listener) : 0;
    return { changed: true, tree, completed };
  });
}

const bodyFields = (body: CourseBody) => ({
  slug: body.slug ?? null,
  title: body.title,
  summary: body.summary,
  audience: body.audience || null,
  introduction: body.introduction || null,
  indicatorCodes: body.indicatorCodes,
});

/** Opens the course to every learner; refused (409, naming each gap) while a module lacks a lesson or a quiz. */
export function publishCourse(db: DbOrTx, actor: Actor, id: number, now: Date): Promise<void> {
  return inTransaction(db, async (tx) => {
    const row = await authoredCourse(tx, id);
    if (row.status === 'published') throw wrongStatus('the course is already published');
    const problems = publishProblems(authoredModules(await loadTree(tx, id)));
    if (problems.length > 0)
      throw unpublishable(problems, 'the course is not ready: every module needs a lesson and a quiz with a question');
    await changeStatus(tx, actor, row, 'published', now);
  });
}

/** Hides the course from learners again; their progress and certificates stay. */
export function unpublishCourse(db: DbOrTx, actor: Actor, id: number, now: Date): Promise<void> {
  return inTransaction(db, async (tx) => {
    const row = await authoredCourse(tx, id);
    if (row.status !== 'published') throw wrongStatus('the course is not published');
    await changeStatus(tx, actor, row, 'draft', now);
  });
}

async function changeStatus(tx: Tx, actor: Actor, row: CourseRow, to: 'published' | 'draft', now: Date): Promise<void> {
  const at = now.toISOString();
  const publishing = to === 'published';
  const set = { status: to, updated_at: at, published_at: publishing ? at : null, published_by: publishing ? actor.id : null };
  if (!(await updateCourseRow(tx, row.id, set, [row.status]))) throw wrongStatus('the course was changed meanwhile; reload it');
  await auditCourse(tx, row.id, { actorId: actor.id, at, kind: publishing ? 'published' : 'unpublished' });
}

/**
 * Deletes a course no learner ever enrolled in and no gathering introduced, with its pictures and
 * history; one with learners is only unpublished, so their progress and certificates stay, and one
 * on a gathering's agenda stays that meeting's record. The files go once the rows have.
 */
export async function deleteCourse(db: DbOrTx, id: number, uploadDir: string): Promise<void> {
  const removeFiles = await inTransaction(db, async (tx) => {
    await authoredCourse(tx, id);
    if ((await enrolmentCount(tx, id)) > 0) {
      throw wrongStatus('learners have enrolled in this course: unpublish it instead, so their progress and certificates stay');
    }
    const gatherings = await gatheringsIntroducingCourse(tx, id);
    if (gatherings.length > 0) {
      const message = `a gathering’s agenda introduces this course (gathering ${gatherings.join(', ')}): unpublish it instead, or take it off that agenda first`;
      throw new ApiError('conflict', message, [{ field: 'gatherings', issue: 'on_agenda', message }]);
    }
    const removeFiles = await dropPhotosOf(tx, courseRef(id), uploadDir);
    await dropCourseTrail(tx, id);
    await deleteCourseRow(tx, id);
    return removeFiles;
  });
  await removeFiles();
}
