import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

/** A course of Elis; its indicator codes are a JSON array. */
export interface CourseTable {
  id: Generated<number>;
  /** The import's stable name (the folder's); null for a course written in the web app. */
  slug: string | null;
  title: string;
  summary: string;
  audience: string | null;
  introduction: string | null;
  indicator_codes: string;
  status: string;
  revision: Generated<number>;
  /** Kept with a conditional update when a picture is added (images.ts), so uploads at once cannot pass the limit. */
  image_count: Generated<number>;
  created_by: number;
  created_at: string;
  updated_at: string;
  published_at: string | null;
  published_by: number | null;
}
export type CourseRow = Selectable<CourseTable>;
export type NewCourseRow = Insertable<CourseTable>;
export type CourseUpdate = Updateable<CourseTable>;

/** A module and its quiz (no pass mark: no quiz yet). */
export interface CourseModuleTable {
  id: Generated<number>;
  course_id: number;
  position: number;
  slug: string | null;
  title: string;
  summary: string | null;
  introduction: string | null;
  indicator_codes: string;
  pass_mark: number | null;
  quiz_title: string | null;
  quiz_introduction: string | null;
}
export type CourseModuleRow = Selectable<CourseModuleTable>;
export type NewCourseModuleRow = Insertable<CourseModuleTable>;
export type CourseModuleUpdate = Updateable<CourseModuleTable>;

export interface CourseLessonTable {
  id: Generated<number>;
  course_id: number;
  module_id: number;
  position: number;
  slug: string | null;
  title: string;
  body: string;
  minutes: number | null;
}
export type CourseLessonRow = Selectable<CourseLessonTable>;
export type NewCourseLessonRow = Insertable<CourseLessonTable>;
export type CourseLessonUpdate = Updateable<CourseLessonTable>;

export interface QuizQuestionTable {
  id: Generated<number>;
  course_id: number;
  module_id: number;
  position: number;
  prompt: string;
  explanation: string | null;
}
export type QuizQuestionRow = Selectable<QuizQuestionTable>;
export type NewQuizQuestionRow = Insertable<QuizQuestionTable>;
export type QuizQuestionUpdate = Updateable<QuizQuestionTable>;

export interface QuizChoiceTable {
  id: Generated<number>;
  question_id: number;
  position: number;
  text: string;
  /** 1 or 0: SQLite has no boolean. Read only by authoring and scoring, never by a learner's view. */
  correct: number;
}
export type QuizChoiceRow = Selectable<QuizChoiceTable>;
export type NewQuizChoiceRow = Insertable<QuizChoiceTable>;
export type QuizChoiceUpdate = Updateable<QuizChoiceTable>;

export interface CourseEnrolmentTable {
  user_id: number;
  course_id: number;
  enrolled_at: string;
  last_activity_at: string;
  completed_at: string | null;
}
export type CourseEnrolmentRow = Selectable<CourseEnrolmentTable>;

export interface LessonCompletionTable {
  user_id: number;
  lesson_id: number;
  course_id: number;
  completed_at: string;
}

export interface QuizAttemptTable {
  id: Generated<number>;
  user_id: number;
  course_id: number;
  module_id: number;
  attempt_key: string | null;
  score: number;
  /** 1 or 0. */
  passed: number;
  pass_mark: number;
  question_count: number;
  /** JSON arrays, as they were at the time of the attempt. */
  wrong_question_ids: string;
  answers: string;
  created_at: string;
}
export type QuizAttemptRow = Selectable<QuizAttemptTable>;
export type NewQuizAttemptRow = Insertable<QuizAttemptTable>;

export interface CourseCertificateTable {
  id: Generated<number>;
  code: string;
  user_id: number;
  course_id: number;
  learner_name: string;
  library_name: string | null;
  course_title: string;
  issued_at: string;
  issued_on: string;
}
export type CourseCertificateRow = Selectable<CourseCertificateTable>;
export type NewCourseCertificateRow = Insertable<CourseCertificateTable>;
