import { z } from 'zod';
import { CourseStatus } from './courses';
import { exportFormatField } from './exports';
import { RowId } from './ids';
import { RegionCode } from './regions';
import { Role } from './roles';
import { PlainText } from './text';

// What learners send and read. These schemas have no field for which choice is correct, nor a
// question's explanation before an attempt: a learner's answer is serialised through them, so
// neither can reach a learner by accident (the API's response schemas drop unknown keys).

/** A learner's quiz result for one module: how often, the best score, whether passed. */
export const QuizProgress = z.object({
  moduleId: z.number().int(),
  attempts: z.number().int(),
  bestScore: z.number().int(),
  passed: z.boolean(),
  lastAttemptAt: z.string(),
});
export type QuizProgress = z.infer<typeof QuizProgress>;

/**
 * One learner's progress in one course, counted on the course as it is now: lessons and quizzes
 * removed by an edit no longer count; those kept keep their progress. A completion, once earned,
 * stays (with its certificate) even if the course later grows.
 */
export const LearnerProgress = z.object({
  enrolledAt: z.string(),
  lessonsDone: z.array(z.number().int()),
  /** Modules whose quiz the learner passed at least once. */
  quizzesPassed: z.array(z.number().int()),
  quizzes: z.array(QuizProgress),
  /** Lessons done and quizzes passed out of all of them, 0–100; 100 once complete. */
  percent: z.number().int(),
  completedAt: z.string().nullable(),
  certificateCode: z.string().nullable(),
});
export type LearnerProgress = z.infer<typeof LearnerProgress>;

/** A course in the list (`GET /api/courses`), with the asker's progress once enrolled. */
export const CourseListItem = z.object({
  id: z.number().int(),
  title: z.string(),
  summary: z.string(),
  audience: z.string().nullable(),
  indicatorCodes: z.array(z.string()),
  status: CourseStatus,
  moduleCount: z.number().int(),
  lessonCount: z.number().int(),
  quizCount: z.number().int(),
  /** Sum of the lessons' reading times, when every lesson gives one. */
  minutes: z.number().int().nullable(),
  revision: z.number().int(),
  publishedAt: z.string().nullable(),
  updatedAt: z.string(),
  progress: LearnerProgress.optional(),
});
export type CourseListItem = z.infer<typeof CourseListItem>;

export const CourseList = z.object({ items: z.array(CourseListItem) });
export type CourseList = z.infer<typeof CourseList>;

/** Learners see published courses; an author (`courses.write`) may ask for drafts too. */
export const CourseListQuery = z.strictObject({ status: z.enum(['published', 'draft', 'all']).default('published') });

export const LearnerChoice = z.object({ id: z.number().int(), text: z.string() });
export const LearnerQuestion = z.object({ id: z.number().int(), prompt: z.string(), choices: z.array(LearnerChoice) });
export const LearnerQuiz = z.object({
  title: z.string().nullable(),
  introductionHtml: z.string().nullable(),
  passMark: z.number().int(),
  questions: z.array(LearnerQuestion),
});
export type LearnerQuiz = z.infer<typeof LearnerQuiz>;

export const LearnerLessonSummary = z.object({ id: z.number().int(), title: z.string(), minutes: z.number().int().nullable() });

export const LearnerModule = z.object({
  id: z.number().int(),
  title: z.string(),
  summary: z.string().nullable(),
  introductionHtml: z.string().nullable(),
  indicatorCodes: z.array(z.string()),
  lessons: z.array(LearnerLessonSummary),
  quiz: LearnerQuiz.nullable(),
});
export type LearnerModule = z.infer<typeof LearnerModule>;

/**
 * `GET /api/courses/:id` as every learner reads it (an author too: the preview). Lesson texts come
 * one at a time (`GET /api/courses/:id/lessons/:lessonId`), so a phone fetches only what it opens.
 */
export const LearnerCourse = z.object({
  id: z.number().int(),
  title: z.string(),
  summary: z.string(),
  audience: z.string().nullable(),
  introductionHtml: z.string().nullable(),
  indicatorCodes: z.array(z.string()),
  status: CourseStatus,
  revision: z.number().int(),
  publishedAt: z.string().nullable(),
  updatedAt: z.string(),
  modules: z.array(LearnerModule),
  /** Present once the asker has enrolled. */
  progress: LearnerProgress.optional(),
});
export type LearnerCourse = z.infer<typeof LearnerCourse>;

/** One lesson to read: its Markdown rendered on the server into safe HTML (no script, no raw HTML). */
export const LearnerLesson = z.object({
  id: z.number().int(),
  courseId: z.number().int(),
  moduleId: z.number().int(),
  title: z.string(),
  minutes: z.number().int().nullable(),
  bodyHtml: z.string(),
  /** The course's revision this text belongs to. */
  revision: z.number().int(),
  done: z.boolean(),
  previousLessonId: z.number().int().nullable(),
  nextLessonId: z.number().int().nullable(),
});
export type LearnerLesson = z.infer<typeof LearnerLesson>;

/** Marking a lesson done may carry nothing; sending it twice counts once. */
export const CompleteLessonBody = z.strictObject({}).nullish();
export const EnrolBody = z.strictObject({}).nullish();

export const QuizAnswer = z.strictObject({ questionId: RowId, choiceId: RowId });

/**
 * `POST /api/courses/:id/modules/:moduleId/quiz`. A question left unanswered counts as wrong.
 * `attemptId` is made once on the device: an attempt sent again (an outbox retry) is counted once.
 */
export const QuizAttemptBody = z.strictObject({
  attemptId: z.uuid().optional(),
  answers: z.array(QuizAnswer).max(100),
});
export type QuizAttemptBody = z.infer<typeof QuizAttemptBody>;

/** What the learner hears after an attempt: which questions were wrong, each with its hint; never the right choice. */
export const QuizResult = z.object({
  attemptId: z.string().nullable(),
  moduleId: z.number().int(),
  score: z.number().int(),
  passed: z.boolean(),
  passMark: z.number().int(),
  questionCount: z.number().int(),
  wrongQuestionIds: z.array(z.number().int()),
  /** A hint per wrong question that has one: where to read again. */
  feedback: z.array(z.object({ questionId: z.number().int(), explanation: z.string() })),
  attemptedAt: z.string(),
  progress: LearnerProgress,
});
export type QuizResult = z.infer<typeof QuizResult>;

/** `GET /api/certificates/:code`, for anyone, no session: what the certificate says. */
export const CertificateCheck = z.object({
  code: z.string(),
  name: z.string(),
  course: z.string(),
  courseId: z.number().int(),
  issuedOn: z.string(),
  library: z.string().optional(),
});
export type CertificateCheck = z.infer<typeof CertificateCheck>;

export const CertificateCodeParam = z.strictObject({ code: PlainText.max(40) });

/** `GET /api/courses/:id/progress?region=`: staff see the learners of their scope. */
export const CourseProgressQuery = z.strictObject({
  region: RegionCode.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(100),
});

/** `GET /api/courses/:id/progress/export?region=&format=`: every learner of the report, as XLSX or CSV. */
export const CourseProgressExportQuery = CourseProgressQuery.omit({ page: true, pageSize: true }).extend(exportFormatField);

export const ProgressCounts = z.object({
  enrolled: z.number().int(),
  /** Enrolled, some progress or none, not complete. */
  inProgress: z.number().int(),
  completed: z.number().int(),
});

export const LearnerRow = z.object({
  userId: z.number().int(),
  username: z.string(),
  name: z.string(),
  role: Role,
  partnerId: z.number().int().nullable(),
  partnerName: z.string().nullable(),
  /** The library's region for a manager; the staff member's own region; null for the national office. */
  regionCode: z.string().nullable(),
  enrolledAt: z.string(),
  lessonsDone: z.number().int(),
  quizzesPassed: z.number().int(),
  attempts: z.number().int(),
  /** Best score of any attempt on each quiz taken. */
  quizzes: z.array(QuizProgress),
  percent: z.number().int(),
  lastActivityAt: z.string(),
  completedAt: z.string().nullable(),
  certificateIssuedOn: z.string().nullable(),
});
export type LearnerRow = z.infer<typeof LearnerRow>;

export const CourseProgressReport = z.object({
  course: z.object({ id: z.number().int(), title: z.string(), lessonCount: z.number().int(), quizCount: z.number().int() }),
  /** null: the whole country. */
  region: z.object({ code: z.string().nullable(), name: z.string() }),
  totals: ProgressCounts,
  /** Per child region of `region` (per province for the whole country); learners above that level count only in the totals. */
  regions: z.array(ProgressCounts.extend({ regionCode: z.string(), name: z.string() })),
  /** Learners, by name; paged with `page`/`pageSize`. */
  learners: z.array(LearnerRow),
  total: z.number().int(),
});
export type CourseProgressReport = z.infer<typeof CourseProgressReport>;

/** `GET /api/courses/progress?region=`: every course in one table, for dashboards and the gathering pack. */
export const ElisProgressQuery = z.strictObject({ region: RegionCode.optional() });
export const ElisProgress = z.object({
  region: z.object({ code: z.string().nullable(), name: z.string() }),
  items: z.array(ProgressCounts.extend({ courseId: z.number().int(), title: z.string(), status: CourseStatus })),
});
export type ElisProgress = z.infer<typeof ElisProgress>;

/** A course the rapor recommends for an indicator below target, with the library manager's progress once started. */
export const RecommendedCourse = z.object({
  id: z.number().int(),
  title: z.string(),
  /** The indicator below target that the course serves (the furthest from its target, when it serves several). */
  indicatorCode: z.string(),
  /** The module that serves that indicator most closely, when the course says. */
  module: z.object({ id: z.number().int(), title: z.string() }).nullable(),
  progress: z.object({ enrolledAt: z.string(), percent: z.number().int(), completedAt: z.string().nullable() }).optional(),
});
export type RecommendedCourse = z.infer<typeof RecommendedCourse>;
