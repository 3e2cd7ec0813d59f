import { z } from 'zod';
import { auditEntry } from './audit';
import { RowId } from './ids';
import { Photo } from './photos';
import { PlainText } from './text';

// Elis, the programme's e-learning on social inclusion: a course of modules, each with lessons
// (Markdown) and a quiz of single-choice questions. This file is the authors' side: what
// admin_pusat sends and reads back, correct choices included. What learners read is in
// course-learning.ts, in schemas of their own that have no field for the correct choice.

export const courseStatuses = ['draft', 'published'] as const;
export const CourseStatus = z.enum(courseStatuses);
export type CourseStatus = z.infer<typeof CourseStatus>;

/** Upper bounds of every field; the authoring screens show the same limits. */
export const courseLimits = {
  title: 150,
  summary: 500,
  audience: 200,
  introduction: 8000,
  indicators: 10,
  modules: 20,
  lessonsPerModule: 30,
  lessonBody: 20000,
  lessonMinutes: 120,
  questionsPerQuiz: 30,
  prompt: 500,
  choices: 8,
  choiceText: 300,
  explanation: 800,
  slug: 80,
  images: 100,
} as const;

/** How large one course's JSON may be (`POST`/`PUT /api/courses`): far above the demo course's ~110 kB. */
export const courseBodyBytes = 2 * 1024 * 1024;

const Title = PlainText.trim().min(3).max(courseLimits.title);
const Summary = PlainText.trim().min(1).max(courseLimits.summary);
/** Markdown, rendered safely for learners (`bodyHtml`, `introductionHtml`). */
const Markdown = (max: number) => PlainText.trim().max(max);
const OptionalMarkdown = Markdown(courseLimits.introduction).nullable().optional();
const OptionalText = (max: number) => PlainText.trim().max(max).nullable().optional();

/**
 * A KPI indicator code of the profile (`pelibatan`, `advokasi`, …). The service checks that the
 * profile knows it; the rapor recommends a course for its indicators below target.
 */
export const IndicatorCode = z.string().regex(/^[a-z][a-z0-9_]{1,39}$/, 'must be a KPI indicator code such as advokasi');
const IndicatorCodes = z
  .array(IndicatorCode)
  .max(courseLimits.indicators)
  .refine((codes) => new Set(codes).size === codes.length, { message: 'names an indicator twice', params: { issue: 'duplicate' } });

/** A stable name for import (`sim-tpbis elis import`): a re-import matches modules and lessons by it. */
export const Slug = z
  .string()
  .max(courseLimits.slug)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*(\/[a-z0-9]+(-[a-z0-9]+)*)?$/, 'lower-case letters, digits and dashes');

/**
 * The item's id when it already exists (`PUT /api/courses/:id`): kept, so learners' progress on
 * it is kept. Without an id the item is new; an item of the course left out is removed.
 */
const ItemId = RowId.optional();

const Choice = z.strictObject({ id: ItemId, text: PlainText.trim().min(1).max(courseLimits.choiceText), correct: z.boolean() });

const Question = z
  .strictObject({
    id: ItemId,
    prompt: PlainText.trim().min(1).max(courseLimits.prompt),
    /** Shown to a learner who got this question wrong: where to read again, never the answer. */
    explanation: OptionalText(courseLimits.explanation),
    choices: z.array(Choice).min(2).max(courseLimits.choices),
  })
  .superRefine((q, ctx) => {
    const correct = q.choices.filter((c) => c.correct).length;
    if (correct !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['choices'],
        message: `exactly one choice must be correct, not ${correct}`,
        params: { issue: 'one_correct_choice' },
      });
    }
  });

const Quiz = z.strictObject({
  title: OptionalText(courseLimits.title),
  introduction: OptionalMarkdown,
  /** Percent of the questions to get right: 70 with 5 questions needs 4. */
  passMark: z.number().int().min(1).max(100),
  questions: z.array(Question).max(courseLimits.questionsPerQuiz),
});

const Lesson = z.strictObject({
  id: ItemId,
  slug: Slug.nullable().optional(),
  title: Title,
  body: Markdown(courseLimits.lessonBody).min(1),
  /** Estimated reading time on a phone. */
  minutes: z.number().int().min(1).max(courseLimits.lessonMinutes).nullable().optional(),
});

const Module = z.strictObject({
  id: ItemId,
  slug: Slug.nullable().optional(),
  title: Title,
  summary: OptionalText(courseLimits.summary),
  introduction: OptionalMarkdown,
  /** The course's indicators this module serves; the rapor names the module with its course. */
  indicatorCodes: IndicatorCodes.optional(),
  lessons: z.array(Lesson).max(courseLimits.lessonsPerModule),
  /** Null or absent while a draft has no quiz yet; a published course has one per module. */
  quiz: Quiz.nullable().optional(),
});

/** The whole course as it should be; items sent with their id keep it (and learners' progress on it). */
export const CourseBody = z
  .strictObject({
    slug: Slug.nullable().optional(),
    title: Title,
    summary: Summary,
    /** Who the course is for ("pengelola perpustakaan desa dan TBM"). */
    audience: OptionalText(courseLimits.audience),
    /** Shown on the course page before enrolment. */
    introduction: OptionalMarkdown,
    indicatorCodes: IndicatorCodes.min(1),
    modules: z.array(Module).min(1).max(courseLimits.modules),
  })
  .superRefine((c, ctx) => {
    c.modules.forEach((m, i) => {
      for (const code of m.indicatorCodes ?? []) {
        if (!c.indicatorCodes.includes(code)) {
          ctx.addIssue({
            code: 'custom',
            path: ['modules', i, 'indicatorCodes'],
            message: `${code} is not one of the course's indicators`,
            params: { issue: 'not_course_indicator' },
          });
        }
      }
    });
  });

export type CourseBody = z.infer<typeof CourseBody>;

export type CourseItemKind = 'module' | 'lesson' | 'question' | 'choice';

/**
 * Every id a body gives its items, with the field that carries it (`modules.0.lessons.2.id`);
 * a choice's with the id its question is sent with.
 */
export function itemIdsOf(body: CourseBody): { field: string; id: number; kind: CourseItemKind; questionId?: number | undefined }[] {
  const ids: { field: string; id: number; kind: CourseItemKind; questionId?: number | undefined }[] = [];
  body.modules.forEach((m, i) => {
    if (m.id !== undefined) ids.push({ field: `modules.${i}.id`, id: m.id, kind: 'module' });
    m.lessons.forEach((l, j) => {
      if (l.id !== undefined) ids.push({ field: `modules.${i}.lessons.${j}.id`, id: l.id, kind: 'lesson' });
    });
    m.quiz?.questions.forEach((q, j) => {
      const at = `modules.${i}.quiz.questions.${j}`;
      if (q.id !== undefined) ids.push({ field: `${at}.id`, id: q.id, kind: 'question' });
      q.choices.forEach((c, k) => {
        if (c.id !== undefined) ids.push({ field: `${at}.choices.${k}.id`, id: c.id, kind: 'choice', questionId: q.id });
      });
    });
  });
  return ids;
}

/** `POST /api/courses`: a new course, as a draft. Its items are new, so they carry no ids. */
export const CreateCourseBody = CourseBody.superRefine((body, ctx) => {
  for (const { field } of itemIdsOf(body)) {
    ctx.addIssue({
      code: 'custom',
      path: field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
      message: 'a new course has no ids yet',
      params: { issue: 'not_allowed' },
    });
  }
});
export type CreateCourseBody = CourseBody;

/** `PUT /api/courses/:id`. */
export const UpdateCourseBody = CourseBody;
export type UpdateCourseBody = CourseBody;

// What an author reads back: every item with its id, correct choices and explanations included.

export const AuthoredChoice = z.object({ id: z.number().int(), text: z.string(), correct: z.boolean() });
export const AuthoredQuestion = z.object({
  id: z.number().int(),
  prompt: z.string(),
  explanation: z.string().nullable(),
  choices: z.array(AuthoredChoice),
});
export const AuthoredQuiz = z.object({
  title: z.string().nullable(),
  introduction: z.string().nullable(),
  passMark: z.number().int(),
  questions: z.array(AuthoredQuestion),
});
export const AuthoredLesson = z.object({
  id: z.number().int(),
  slug: z.string().nullable(),
  title: z.string(),
  body: z.string(),
  minutes: z.number().int().nullable(),
});
export const AuthoredModule = z.object({
  id: z.number().int(),
  slug: z.string().nullable(),
  title: z.string(),
  summary: z.string().nullable(),
  introduction: z.string().nullable(),
  indicatorCodes: z.array(z.string()),
  lessons: z.array(AuthoredLesson),
  quiz: AuthoredQuiz.nullable(),
});
export type AuthoredModule = z.infer<typeof AuthoredModule>;

/** What must be mended before a course can be published: each item names the field, as a 400 would. */
export const PublishProblem = z.object({ field: z.string(), issue: z.string(), message: z.string() });
export type PublishProblem = z.infer<typeof PublishProblem>;

export const courseEventKinds = ['created', 'edited', 'published', 'unpublished', 'image_added', 'image_removed'] as const;
export const CourseEventKind = z.enum(courseEventKinds);
export type CourseEventKind = z.infer<typeof CourseEventKind>;
export const CourseEvent = auditEntry(CourseEventKind);
export type CourseEvent = z.infer<typeof CourseEvent>;

export const AuthoredCourse = z.object({
  id: z.number().int(),
  slug: z.string().nullable(),
  status: CourseStatus,
  title: z.string(),
  summary: z.string(),
  audience: z.string().nullable(),
  introduction: z.string().nullable(),
  indicatorCodes: z.array(z.string()),
  /** Goes up by one with every change of content, so a learner's saved copy can tell it is old. */
  revision: z.number().int(),
  modules: z.array(AuthoredModule),
  /** Uploaded pictures; a lesson shows one as `![description](url)`. */
  images: z.array(Photo),
  /** Empty when the course can be published (or stays publishable). */
  publishProblems: z.array(PublishProblem),
  /** Learners who enrolled: a course with any cannot be deleted, only unpublished. */
  enrolments: z.number().int(),
  /** Who created, edited, published and unpublished it, and when. */
  history: z.array(CourseEvent),
  createdAt: z.string(),
  updatedAt: z.string(),
  publishedAt: z.string().nullable(),
});
export type AuthoredCourse = z.infer<typeof AuthoredCourse>;

/** The multipart field a lesson picture travels in (`POST /api/courses/:id/images`). */
export const courseImageField = 'file';

/** Where a course's picture is served; the only pictures a lesson may show. */
export const courseImageUrl = (courseId: number, imageId: number) => `/api/courses/${courseId}/images/${imageId}`;

/**
 * What stands in the way of publishing the course as it is (or as a body would make it):
 * every module needs a lesson and a quiz with a question. Empty when it may be published.
 */
export function publishProblems(
  modules: readonly { lessons: readonly unknown[]; quiz?: { questions: readonly unknown[] } | null }[],
): PublishProblem[] {
  const problems: PublishProblem[] = [];
  modules.forEach((m, i) => {
    if (m.lessons.length === 0)
      problems.push({ field: `modules.${i}.lessons`, issue: 'required', message: 'a module needs at least one lesson' });
    if (!m.quiz) problems.push({ field: `modules.${i}.quiz`, issue: 'required', message: 'a module needs a quiz' });
    else if (m.quiz.questions.length === 0) {
      problems.push({ field: `modules.${i}.quiz.questions`, issue: 'required', message: 'a quiz needs at least one question' });
    }
  });
  return problems;
}
