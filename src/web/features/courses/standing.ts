import type { CourseListItem, LearnerCourse, LearnerModule, LearnerProgress } from '#domain/course-learning';
import { isWaiting, type ElisOutboxEntry } from './outbox/outbox';

/**
 * Where a learner stands in a course: the server's progress, with what the device still has to
 * send counted in (a lesson marked done offline is done for the learner now).
 */
export interface Standing {
  enrolled: boolean;
  lessonsDone: ReadonlySet<number>;
  /** Lessons marked done on this device and not yet sent. */
  lessonsWaiting: ReadonlySet<number>;
  quizzesPassed: ReadonlySet<number>;
  /** Modules whose quiz answers wait on this device to be sent and scored. */
  quizzesWaiting: ReadonlySet<number>;
  lessonCount: number;
  quizCount: number;
  complete: boolean;
}

/** What the device still has to send for one course. */
function waitingFor(courseId: number, entries: readonly ElisOutboxEntry[]) {
  const waiting = entries.filter((e) => e.courseId === courseId && isWaiting(e));
  return {
    any: waiting.length > 0,
    lessons: new Set(waiting.flatMap((e) => (e.kind === 'lesson' ? [e.lessonId] : []))),
    quizzes: new Set(waiting.flatMap((e) => (e.kind === 'quiz' ? [e.moduleId] : []))),
  };
}

/** In a course's own page: counted on its modules as they are now (lessons removed by an edit no longer count). */
export function standingOf(
  course: Pick<LearnerCourse, 'id' | 'modules'>,
  progress: LearnerProgress | undefined,
  entries: readonly ElisOutboxEntry[],
): Standing {
  const waiting = waitingFor(course.id, entries);
  const lessonIds = new Set(course.modules.flatMap((m) => m.lessons.map((l) => l.id)));
  const quizIds = new Set(course.modules.flatMap((m) => (m.quiz ? [m.id] : [])));
  return {
    enrolled: progress !== undefined || waiting.any,
    lessonsDone: new Set([...(progress?.lessonsDone ?? []), ...waiting.lessons].filter((id) => lessonIds.has(id))),
    lessonsWaiting: waiting.lessons,
    quizzesPassed: new Set((progress?.quizzesPassed ?? []).filter((id) => quizIds.has(id))),
    quizzesWaiting: waiting.quizzes,
    lessonCount: lessonIds.size,
    quizCount: quizIds.size,
    // Once earned, a completion stays even if the course grew since (decision 019).
    complete: (progress?.completedAt ?? null) !== null,
  };
}

/** In the list, which has counts instead of modules (the server's progress counts only what the course still has). */
export function standingInList(course: CourseListItem, entries: readonly ElisOutboxEntry[]): Standing {
  const waiting = waitingFor(course.id, entries);
  const { progress } = course;
  return {
    enrolled: progress !== undefined || waiting.any,
    lessonsDone: new Set([...(progress?.lessonsDone ?? []), ...waiting.lessons]),
    lessonsWaiting: waiting.lessons,
    quizzesPassed: new Set(progress?.quizzesPassed ?? []),
    quizzesWaiting: waiting.quizzes,
    lessonCount: course.lessonCount,
    quizCount: course.quizCount,
    complete: (progress?.completedAt ?? null) !== null,
  };
}

export type NextStep = { kind: 'lesson'; module: LearnerModule; lessonId: number; title: string } | { kind: 'quiz'; module: LearnerModule };

/**
 * "Continue where I stopped": the first step, in the course's order, not yet done: a lesson not
 * marked done, or the quiz of a module whose lessons are all done. Null once nothing is left.
 */
export function nextStep(course: Pick<LearnerCourse, 'modules'>, standing: Standing): NextStep | null {
  for (const module of course.modules) {
    const lesson = module.lessons.find((l) => !standing.lessonsDone.has(l.id));
    if (lesson) return { kind: 'lesson', module, lessonId: lesson.id, title: lesson.title };
    if (module.quiz && !standing.quizzesPassed.has(module.id) && !standing.quizzesWaiting.has(module.id)) return { kind: 'quiz', module };
  }
  return null;
}

/** Where a lesson sits: its module, its place in it, and the module's position in the course. */
export function placeOfLesson(course: Pick<LearnerCourse, 'modules'>, lessonId: number) {
  for (const [moduleIndex, module] of course.modules.entries()) {
    const index = module.lessons.findIndex((l) => l.id === lessonId);
    if (index >= 0) return { module, moduleIndex, index, last: index === module.lessons.length - 1 };
  }
  return null;
}

export const lessonPath = (courseId: number, lessonId: number) => `/elis/${courseId}/pelajaran/${lessonId}`;
export const quizPath = (courseId: number, moduleId: number) => `/elis/${courseId}/kuis/${moduleId}`;
export const coursePath = (courseId: number) => `/elis/${courseId}`;
