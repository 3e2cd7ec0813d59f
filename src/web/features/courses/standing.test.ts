import { describe, expect, it } from 'vitest';
import type { LearnerModule, LearnerProgress } from '#domain/course-learning';
import type { ElisOutboxEntry } from './outbox/outbox';
import { nextStep, placeOfLesson, standingOf } from './standing';

const module = (id: number, lessonIds: number[], quiz = true): LearnerModule => ({
  id,
  title: `Modul ${id}`,
  summary: null,
  introductionHtml: null,
  indicatorCodes: [],
  lessons: lessonIds.map((l) => ({ id: l, title: `Pelajaran ${l}`, minutes: 4 })),
  quiz: quiz ? { title: null, introductionHtml: null, passMark: 70, questions: [] } : null,
});
const course = { id: 1, modules: [module(10, [1, 2]), module(11, [3], false), module(12, [4])] };
const progress = (p: Partial<LearnerProgress>): LearnerProgress => ({
  enrolledAt: '2024-10-01T00:00:00.000Z',
  lessonsDone: [],
  quizzesPassed: [],
  quizzes: [],
  percent: 0,
  completedAt: null,
  certificateCode: null,
  ...p,
});

describe('where a learner stands', () => {
  it('starts at the first lesson, continues at the first step not done, and takes a module’s quiz after its lessons', () => {
    expect(nextStep(course, standingOf(course, undefined, []))).toMatchObject({ kind: 'lesson', lessonId: 1 });
    expect(nextStep(course, standingOf(course, progress({ lessonsDone: [1] }), []))).toMatchObject({ kind: 'lesson', lessonId: 2 });
    expect(nextStep(course, standingOf(course, progress({ lessonsDone: [1, 2] }), []))).toMatchObject({ kind: 'quiz', module: { id: 10 } });
    // A module without a quiz is done with its lessons.
    expect(nextStep(course, standingOf(course, progress({ lessonsDone: [1, 2, 3], quizzesPassed: [10] }), []))).toMatchObject({
      kind: 'lesson',
      lessonId: 4,
    });
    expect(nextStep(course, standingOf(course, progress({ lessonsDone: [1, 2, 3, 4], quizzesPassed: [10, 12] }), []))).toBeNull();
  });

  it('counts what waits on the device: a lesson marked done offline is done, a quiz answered offline is not the next step', () => {
    const waiting: ElisOutboxEntry[] = [
      { kind: 'lesson', courseId: 1, lessonId: 2, queuedAt: 'x' },
      { kind: 'lesson', courseId: 9, lessonId: 3, queuedAt: 'x' },
      { kind: 'quiz', courseId: 1, moduleId: 10, attemptId: '00000000-0000-4000-8000-000000000001', answers: [], queuedAt: 'x' },
    ];
    const standing = standingOf(course, progress({ lessonsDone: [1] }), waiting);
    expect([...standing.lessonsDone]).toEqual([1, 2]);
    expect([...standing.lessonsWaiting]).toEqual([2]);
    expect([...standing.quizzesWaiting]).toEqual([10]);
    expect(nextStep(course, standing)).toMatchObject({ kind: 'lesson', lessonId: 3 });
    expect(standingOf(course, undefined, waiting).enrolled).toBe(true);
  });

  it('counts only the lessons and quizzes the course still has, and keeps a completion once earned', () => {
    const standing = standingOf(
      course,
      progress({ lessonsDone: [1, 99], quizzesPassed: [10, 98], completedAt: '2024-10-05T00:00:00.000Z' }),
      [],
    );
    expect(standing.lessonsDone.size).toBe(1);
    expect(standing.quizzesPassed.size).toBe(1);
    expect([standing.lessonCount, standing.quizCount, standing.complete]).toEqual([4, 2, true]);
  });

  it('places a lesson in its module', () => {
    expect(placeOfLesson(course, 2)).toMatchObject({ moduleIndex: 0, index: 1, last: true, module: { id: 10 } });
    expect(placeOfLesson(course, 77)).toBeNull();
  });
});
