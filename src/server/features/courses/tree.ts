import { z } from 'zod';
import { itemIdsOf, type CourseBody, type CourseItemKind } from '#domain/courses';
import type { Tx } from '#server/db/database';
import { invalidField } from '#server/http/errors';
import type { CourseModuleRow } from './course.table';
import {
  deleteChoices,
  deleteLessons,
  deleteModules,
  deleteQuestions,
  insertChoice,
  insertLesson,
  insertModule,
  insertQuestion,
  updateChoice,
  updateLesson,
  updateModule,
  updateQuestion,
  type CourseTreeRows,
} from './repository';

// A course's tree of modules, lessons, questions and choices, written from a body. Items sent
// with their id are updated in place (only when something differs) and keep their id, so the
// progress hanging on them stays; items without an id are inserted; the course's items left
// out are deleted, and their progress with them (the migration's cascades).

const Codes = z.array(z.string());
export const codesOf = (json: string): string[] => Codes.parse(JSON.parse(json));

export const moduleHasQuiz = (m: Pick<CourseModuleRow, 'pass_mark'>) => m.pass_mark !== null;

/** What an edit did to each kind of item: kept (sent with its id), added, removed. */
export interface ItemChanges {
  kept: number;
  added: number;
  removed: number;
}
export interface TreeChange {
  /** Rows written: zero for an edit that changes nothing. */
  writes: number;
  modules: ItemChanges;
  lessons: ItemChanges;
  questions: ItemChanges;
}

const none = (): ItemChanges => ({ kept: 0, added: 0, removed: 0 });

/**
 * Refuses ids that are not this course's, or not of the kind the body puts them in, or sent
 * twice; a choice keeps its id only under its own question. Each refusal names the field.
 */
export function assertOwnIds(body: CourseBody, current: CourseTreeRows): void {
  const known: Record<Exclude<CourseItemKind, 'choice'>, Set<number>> = {
    module: new Set(current.modules.map((r) => r.id)),
    lesson: new Set(current.lessons.map((r) => r.id)),
    question: new Set(current.questions.map((r) => r.id)),
  };
  const questionOfChoice = new Map(current.choices.map((c) => [c.id, c.question_id]));
  const seen = new Set<string>();
  for (const { field, id, kind, questionId } of itemIdsOf(body)) {
    if (seen.has(`${kind}:${id}`)) throw invalidField(field, 'duplicate', `${kind} id ${id} is sent twice`);
    seen.add(`${kind}:${id}`);
    if (kind === 'choice') {
      if (questionId === undefined || questionOfChoice.get(id) !== questionId) {
        throw invalidField(field, 'unknown_id', `choice ${id} is not a choice of this question`);
      }
    } else if (!known[kind].has(id)) {
      throw invalidField(field, 'unknown_id', `this course has no ${kind} with id ${id}`);
    }
  }
}

/** True when any column to write differs from the row (null and absent alike). */
function differs(row: object, columns: object): boolean {
  const r = row as Record<string, unknown>;
  return Object.entries(columns).some(([key, value]) => (r[key] ?? null) !== (value ?? null));
}

/**
 * Writes the body's tree for the course, in the caller's transaction. Lessons and questions are
 * moved to their (possibly new) module before removed modules go, so a lesson moved out of a
 * module that is removed keeps its id and its learners' progress.
 */
export async function writeTree(tx: Tx, courseId: number, body: CourseBody, current: CourseTreeRows): Promise<TreeChange> {
  const change: TreeChange = { writes: 0, modules: none(), lessons: none(), questions: none() };
  const byId = <T extends { id: number }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));
  const modules = byId(current.modules);
  const lessons = byId(current.lessons);
  const questions = byId(current.questions);
  const choices = byId(current.choices);
  const keep = { modules: new Set<number>(), lessons: new Set<number>(), questions: new Set<number>(), choices: new Set<number>() };

  /** Updates the existing row when it differs, or inserts; answers the id. */
  const upsert = async <C extends object>(
    existing: object | undefined,
    id: number | undefined,
    columns: C,
    update: (id: number, set: C) => Promise<void>,
    insert: (row: C) => Promise<number>,
    counts: ItemChanges | null,
  ): Promise<number> => {
    if (id !== undefined && existing) {
      if (counts) counts.kept += 1;
      if (differs(existing, columns)) {
        await update(id, columns);
        change.writes += 1;
      }
      return id;
    }
    if (counts) counts.added += 1;
    change.writes += 1;
    return insert(columns);
  };

  for (const [i, m] of body.modules.entries()) {
    const moduleId = await upsert(
      m.id === undefined ? undefined : modules.get(m.id),
      m.id,
      {
        course_id: courseId,
        position: i,
        slug: m.slug ?? null,
        title: m.title,
        summary: m.summary || null,
        introduction: m.introduction || null,
        indicator_codes: JSON.stringify(m.indicatorCodes ?? []),
        pass_mark: m.quiz?.passMark ?? null,
        quiz_title: m.quiz?.title || null,
        quiz_introduction: m.quiz?.introduction || null,
      },
      (id, set) => updateModule(tx, id, set),
      (row) => insertModule(tx, row),
      change.modules,
    );
    keep.modules.add(moduleId);

    for (const [j, l] of m.lessons.entries()) {
      const lessonId = await upsert(
        l.id === undefined ? undefined : lessons.get(l.id),
        l.id,
        {
          course_id: courseId,
          module_id: moduleId,
          position: j,
          slug: l.slug ?? null,
          title: l.title,
          body: l.body,
          minutes: l.minutes ?? null,
        },
        (id, set) => updateLesson(tx, id, set),
        (row) => insertLesson(tx, row),
        change.lessons,
      );
      keep.lessons.add(lessonId);
    }

    for (const [j, q] of (m.quiz?.questions ?? []).entries()) {
      const questionId = await upsert(
        q.id === undefined ? undefined : questions.get(q.id),
        q.id,
        { course_id: courseId, module_id: moduleId, position: j, prompt: q.prompt, explanation: q.explanation || null },
        (id, set) => updateQuestion(tx, id, set),
        (row) => insertQuestion(tx, row),
        change.questions,
      );
      keep.questions.add(questionId);
      for (const [k, c] of q.choices.entries()) {
        const choiceId = await upsert(
          c.id === undefined ? undefined : choices.get(c.id),
          c.id,
          { question_id: questionId, position: k, text: c.text, correct: c.correct ? 1 : 0 },
          (id, set) => updateChoice(tx, id, set),
          (row) => insertChoice(tx, row),
          null,
        );
        keep.choices.add(choiceId);
      }
    }
  }

  const gone = <T extends { id: number }>(rows: T[], kept: Set<number>) => rows.filter((r) => !kept.has(r.id)).map((r) => r.id);
  const removed = {
    choices: gone(current.choices, keep.choices),
    questions: gone(current.questions, keep.questions),
    lessons: gone(current.lessons, keep.lessons),
    modules: gone(current.modules, keep.modules),
  };
  await deleteChoices(tx, removed.choices);
  await deleteQuestions(tx, removed.questions);
  await deleteLessons(tx, removed.lessons);
  await deleteModules(tx, removed.modules);
  change.modules.removed = removed.modules.length;
  change.lessons.removed = removed.lessons.length;
  change.questions.removed = removed.questions.length;
  change.writes += removed.choices.length + removed.questions.length + removed.lessons.length + removed.modules.length;
  return change;
}
