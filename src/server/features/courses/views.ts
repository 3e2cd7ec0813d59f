import type { LearnerCourse, LearnerLesson, LearnerModule, LearnerProgress } from '#domain/course-learning';
import { CourseStatus, publishProblems, type AuthoredCourse, type AuthoredModule, type CourseEvent } from '#domain/courses';
import type { Photo } from '#domain/photos';
import type { CourseLessonRow, CourseRow } from './course.table';
import { renderLessonMarkdown, type LessonRenderContext } from './markdown';
import type { CourseTreeRows } from './repository';
import { codesOf, moduleHasQuiz } from './tree';

// Rows as the API shows them: the author's view with every answer, and the learner's, built
// only from fields a learner may read (no choice's `correct`, no explanation before an attempt).

export function authoredModules(tree: CourseTreeRows): AuthoredModule[] {
  return tree.modules.map((m) => ({
    id: m.id,
    slug: m.slug,
    title: m.title,
    summary: m.summary,
    introduction: m.introduction,
    indicatorCodes: codesOf(m.indicator_codes),
    lessons: tree.lessons
      .filter((l) => l.module_id === m.id)
      .map((l) => ({ id: l.id, slug: l.slug, title: l.title, body: l.body, minutes: l.minutes })),
    quiz: moduleHasQuiz(m)
      ? {
          title: m.quiz_title,
          introduction: m.quiz_introduction,
          passMark: m.pass_mark ?? 0,
          questions: tree.questions
            .filter((q) => q.module_id === m.id)
            .map((q) => ({
              id: q.id,
              prompt: q.prompt,
              explanation: q.explanation,
              choices: tree.choices
                .filter((c) => c.question_id === q.id)
                .map((c) => ({ id: c.id, text: c.text, correct: c.correct === 1 })),
            })),
        }
      : null,
  }));
}

export function toAuthoredCourse(
  row: CourseRow,
  tree: CourseTreeRows,
  extra: { images: Photo[]; enrolments: number; history: CourseEvent[] },
): AuthoredCourse {
  const modules = authoredModules(tree);
  return {
    id: row.id,
    slug: row.slug,
    status: CourseStatus.parse(row.status),
    title: row.title,
    summary: row.summary,
    audience: row.audience,
    introduction: row.introduction,
    indicatorCodes: codesOf(row.indicator_codes),
    revision: row.revision,
    modules,
    images: extra.images,
    publishProblems: publishProblems(modules),
    enrolments: extra.enrolments,
    history: extra.history,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    publishedAt: row.published_at,
  };
}

const html = (markdown: string | null, context: LessonRenderContext) => (markdown ? renderLessonMarkdown(markdown, context) : null);

function learnerModules(tree: CourseTreeRows, context: LessonRenderContext): LearnerModule[] {
  return tree.modules.map((m) => ({
    id: m.id,
    title: m.title,
    summary: m.summary,
    introductionHtml: html(m.introduction, context),
    indicatorCodes: codesOf(m.indicator_codes),
    lessons: tree.lessons.filter((l) => l.module_id === m.id).map((l) => ({ id: l.id, title: l.title, minutes: l.minutes })),
    quiz: moduleHasQuiz(m)
      ? {
          title: m.quiz_title,
          introductionHtml: html(m.quiz_introduction, context),
          passMark: m.pass_mark ?? 0,
          questions: tree.questions
            .filter((q) => q.module_id === m.id)
            .map((q) => ({
              id: q.id,
              prompt: q.prompt,
              choices: tree.choices.filter((c) => c.question_id === q.id).map((c) => ({ id: c.id, text: c.text })),
            })),
        }
      : null,
  }));
}

export function toLearnerCourse(
  row: CourseRow,
  tree: CourseTreeRows,
  context: LessonRenderContext,
  progress: LearnerProgress | undefined,
): LearnerCourse {
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    audience: row.audience,
    introductionHtml: html(row.introduction, context),
    indicatorCodes: codesOf(row.indicator_codes),
    status: CourseStatus.parse(row.status),
    revision: row.revision,
    publishedAt: row.published_at,
    updatedAt: row.updated_at,
    modules: learnerModules(tree, context),
    ...(progress ? { progress } : {}),
  };
}

/** Lessons in reading order: module by module, each module's in its order. */
export function lessonsInOrder(tree: CourseTreeRows): CourseLessonRow[] {
  return tree.modules.flatMap((m) => tree.lessons.filter((l) => l.module_id === m.id));
}

export function toLearnerLesson(
  row: CourseRow,
  tree: CourseTreeRows,
  lesson: CourseLessonRow,
  context: LessonRenderContext,
  done: boolean,
): LearnerLesson {
  const order = lessonsInOrder(tree);
  const at = order.findIndex((l) => l.id === lesson.id);
  return {
    id: lesson.id,
    courseId: row.id,
    moduleId: lesson.module_id,
    title: lesson.title,
    minutes: lesson.minutes,
    bodyHtml: renderLessonMarkdown(lesson.body, context),
    revision: row.revision,
    done,
    previousLessonId: order[at - 1]?.id ?? null,
    nextLessonId: order[at + 1]?.id ?? null,
  };
}
