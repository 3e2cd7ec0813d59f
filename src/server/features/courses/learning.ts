import { z } from 'zod';
import type { LearnerProgress, QuizAttemptBody, QuizResult } from '#domain/course-learning';
import { scoreQuiz } from '#domain/course-scoring';
import type { Actor } from '#domain/permissions';
import type { DbOrTx } from '#server/db/database';
import { inTransaction } from '#server/db/transaction';
import { ApiError, notFound } from '#server/http/errors';
import { learnableCourse } from './access';
import type { QuizAttemptRow } from './course.table';
import { settleCompletion } from './completion';
import { ignoreCourseMoments, type CourseListener } from './events';
import { progressInCourse } from './progress';
import { findAttemptByKey, insertAttempt, insertCompletion, insertEnrolment, touchEnrolment } from './progress.repository';
import { answerKey, loadTree } from './repository';

// Learning: every signed-in user enrols, marks lessons done and takes quizzes, in published
// courses. Each write may arrive twice (the web app's outbox resends after a lost answer) and
// counts once: lessons by learner and lesson, attempts by the id the device gave them.

async function progressNow(db: DbOrTx, userId: number, courseId: number): Promise<LearnerProgress> {
  const progress = await progressInCourse(db, userId, courseId);
  if (!progress) throw new Error(`learner ${userId} has no enrolment in course ${courseId} after enrolling`);
  return progress;
}

/** Enrols the actor in the course (once; again is nothing new); answers their progress. */
export function enrol(db: DbOrTx, actor: Actor, courseId: number, now: Date): Promise<LearnerProgress> {
  return inTransaction(db, async (tx) => {
    await learnableCourse(tx, actor, courseId);
    await insertEnrolment(tx, { userId: actor.id, courseId, at: now.toISOString() });
    return progressNow(tx, actor.id, courseId);
  });
}

/** Marks the lesson done (enrolling first if need be); done twice counts once. Completing the last step issues the certificate. */
export function completeLesson(
  db: DbOrTx,
  actor: Actor,
  courseId: number,
  lessonId: number,
  now: Date,
  listener: CourseListener = ignoreCourseMoments,
): Promise<LearnerProgress> {
  return inTransaction(db, async (tx) => {
    const course = await learnableCourse(tx, actor, courseId);
    const { lessons } = await loadTree(tx, courseId);
    if (!lessons.some((l) => l.id === lessonId)) throw notFound('lesson');
    const at = now.toISOString();
    await insertEnrolment(tx, { userId: actor.id, courseId, at });
    if (await insertCompletion(tx, { userId: actor.id, lessonId, courseId, at })) {
      await touchEnrolment(tx, actor.id, courseId, at);
      await settleCompletion(tx, actor.id, course, now, listener);
    }
    return progressNow(tx, actor.id, courseId);
  });
}

const Ids = z.array(z.number().int());

function resultOf(row: QuizAttemptRow, explanations: Map<number, string | null>, progress: LearnerProgress): QuizResult {
  const wrongQuestionIds = Ids.parse(JSON.parse(row.wrong_question_ids));
  return {
    attemptId: row.attempt_key,
    moduleId: row.module_id,
    score: row.score,
    passed: row.passed === 1,
    passMark: row.pass_mark,
    questionCount: row.question_count,
    wrongQuestionIds,
    feedback: wrongQuestionIds.flatMap((questionId) => {
      const explanation = explanations.get(questionId);
      return explanation ? [{ questionId, explanation }] : [];
    }),
    attemptedAt: row.created_at,
    progress,
  };
}

const quizChanged = (field: string, message: string) =>
  new ApiError('conflict', `${field}: ${message}`, [{ field, issue: 'quiz_changed', message }]);

/**
 * Scores one attempt at the module's quiz and keeps it (every attempt is kept). The answer says
 * which questions were wrong, with their hints, never which choice was right. An answer naming a
 * question or choice the quiz no longer has (it was edited since the device saved it) is refused
 * with 409 `quiz_changed`; an unanswered question counts as wrong. The same `attemptId` sent again
 * answers the first attempt's result and records nothing.
 */
export function submitQuiz(
  db: DbOrTx,
  actor: Actor,
  courseId: number,
  moduleId: number,
  body: QuizAttemptBody,
  now: Date,
  listener: CourseListener = ignoreCourseMoments,
): Promise<QuizResult> {
  return inTransaction(db, async (tx) => {
    const course = await learnableCourse(tx, actor, courseId);
    const module = (await loadTree(tx, courseId)).modules.find((m) => m.id === moduleId);
    if (!module || module.pass_mark === null) throw notFound('quiz');
    const key = await answerKey(tx, moduleId);
    const explanations = new Map(key.map((k) => [k.question_id, k.explanation]));

    const replay = async (row: QuizAttemptRow) => {
      if (row.module_id !== moduleId) throw quizChanged('attemptId', 'this attempt id was already used for another quiz');
      return resultOf(row, explanations, await progressNow(tx, actor.id, courseId));
    };
    if (body.attemptId) {
      const earlier = await findAttemptByKey(tx, actor.id, body.attemptId);
      if (earlier) return replay(earlier);
    }

    const choicesOf = new Map<number, Set<number>>();
    for (const k of key) choicesOf.set(k.question_id, (choicesOf.get(k.question_id) ?? new Set()).add(k.choice_id));
    body.answers.forEach((a, i) => {
      const choices = choicesOf.get(a.questionId);
      if (!choices) throw quizChanged(`answers.${i}.questionId`, 'this quiz has no such question (any more); open the quiz again');
      if (!choices.has(a.choiceId))
        throw quizChanged(`answers.${i}.choiceId`, 'this question has no such choice (any more); open the quiz again');
    });
    const questions = [...choicesOf.keys()].map((id) => ({
      id,
      correctChoiceId: key.find((k) => k.question_id === id && k.correct === 1)?.choice_id ?? 0,
    }));
    const score = scoreQuiz(questions, body.answers, module.pass_mark);

    const at = now.toISOString();
    await insertEnrolment(tx, { userId: actor.id, courseId, at });
    const row = await insertAttempt(tx, {
      user_id: actor.id,
      course_id: courseId,
      module_id: moduleId,
      attempt_key: body.attemptId ?? null,
      score: score.score,
      passed: score.passed ? 1 : 0,
      pass_mark: module.pass_mark,
      question_count: questions.length,
      wrong_question_ids: JSON.stringify(score.wrongQuestionIds),
      answers: JSON.stringify(body.answers),
      created_at: at,
    });
    if (!row) {
      // The same attempt, sent twice at once: the other request recorded it first.
      const first = body.attemptId ? await findAttemptByKey(tx, actor.id, body.attemptId) : undefined;
      if (!first) throw new Error('quiz attempt insert returned nothing without an attempt id conflict');
      return replay(first);
    }
    await touchEnrolment(tx, actor.id, courseId, at);
    if (score.passed) await settleCompletion(tx, actor.id, course, now, listener);
    return resultOf(row, explanations, await progressNow(tx, actor.id, courseId));
  });
}
