import type { Kysely } from 'kysely';
import { withId } from './dialect';

/**
 * Elis: courses of modules, each with lessons and a quiz (its fields on the module row: one quiz
 * per module), questions and their choices; and the learners' side — enrolments, lessons done,
 * every quiz attempt, and one certificate per learner and course. Items keep their ids across
 * edits, and progress hangs on those ids, so an item an edit removes takes its progress along
 * (the cascades) while the rest keeps it. Lesson pictures are the shared photos, owner kind `course`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await withId(db, db.schema.createTable('courses'))
    .addColumn('slug', 'varchar(80)', (c) => c.unique())
    .addColumn('title', 'varchar(150)', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('audience', 'varchar(200)')
    .addColumn('introduction', 'text')
    // A JSON array of KPI indicator codes; published courses are few, so the rapor filters them in memory.
    .addColumn('indicator_codes', 'text', (c) => c.notNull())
    .addColumn('status', 'varchar(12)', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('image_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('published_at', 'varchar(30)')
    .addColumn('published_by', 'integer', (c) => c.references('users.id'))
    .execute();
  await db.schema.createIndex('courses_status').on('courses').columns(['status', 'title']).execute();

  await withId(db, db.schema.createTable('course_modules'))
    .addColumn('course_id', 'integer', (c) => c.notNull().references('courses.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('slug', 'varchar(80)')
    .addColumn('title', 'varchar(150)', (c) => c.notNull())
    .addColumn('summary', 'text')
    .addColumn('introduction', 'text')
    .addColumn('indicator_codes', 'text', (c) => c.notNull())
    // The module's quiz: no pass mark, no quiz (a draft's module may not have one yet).
    .addColumn('pass_mark', 'integer')
    .addColumn('quiz_title', 'varchar(150)')
    .addColumn('quiz_introduction', 'text')
    .execute();
  await db.schema.createIndex('course_modules_course').on('course_modules').columns(['course_id', 'position']).execute();

  await withId(db, db.schema.createTable('course_lessons'))
    .addColumn('course_id', 'integer', (c) => c.notNull().references('courses.id').onDelete('cascade'))
    .addColumn('module_id', 'integer', (c) => c.notNull().references('course_modules.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('slug', 'varchar(80)')
    .addColumn('title', 'varchar(150)', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('minutes', 'integer')
    .execute();
  await db.schema.createIndex('course_lessons_course').on('course_lessons').columns(['course_id', 'module_id', 'position']).execute();
  await db.schema.createIndex('course_lessons_module').on('course_lessons').columns(['module_id']).execute();

  await withId(db, db.schema.createTable('quiz_questions'))
    .addColumn('course_id', 'integer', (c) => c.notNull().references('courses.id').onDelete('cascade'))
    .addColumn('module_id', 'integer', (c) => c.notNull().references('course_modules.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('prompt', 'text', (c) => c.notNull())
    .addColumn('explanation', 'text')
    .execute();
  await db.schema.createIndex('quiz_questions_course').on('quiz_questions').columns(['course_id', 'module_id', 'position']).execute();
  await db.schema.createIndex('quiz_questions_module').on('quiz_questions').columns(['module_id']).execute();

  await withId(db, db.schema.createTable('quiz_choices'))
    .addColumn('question_id', 'integer', (c) => c.notNull().references('quiz_questions.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('correct', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('quiz_choices_question').on('quiz_choices').columns(['question_id', 'position']).execute();

  await db.schema
    .createTable('course_enrolments')
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('course_id', 'integer', (c) => c.notNull().references('courses.id'))
    .addColumn('enrolled_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('last_activity_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('completed_at', 'varchar(30)')
    .addPrimaryKeyConstraint('course_enrolments_pk', ['user_id', 'course_id'])
    .execute();
  await db.schema.createIndex('course_enrolments_course').on('course_enrolments').columns(['course_id']).execute();

  await db.schema
    .createTable('lesson_completions')
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('lesson_id', 'integer', (c) => c.notNull().references('course_lessons.id').onDelete('cascade'))
    .addColumn('course_id', 'integer', (c) => c.notNull().references('courses.id'))
    .addColumn('completed_at', 'varchar(30)', (c) => c.notNull())
    // One per learner and lesson: marking it done again (an outbox retry) adds nothing.
    .addPrimaryKeyConstraint('lesson_completions_pk', ['user_id', 'lesson_id'])
    .execute();
  await db.schema.createIndex('lesson_completions_course').on('lesson_completions').columns(['course_id', 'user_id']).execute();
  await db.schema.createIndex('lesson_completions_lesson').on('lesson_completions').columns(['lesson_id']).execute();

  await withId(db, db.schema.createTable('quiz_attempts'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('course_id', 'integer', (c) => c.notNull().references('courses.id'))
    .addColumn('module_id', 'integer', (c) => c.notNull().references('course_modules.id').onDelete('cascade'))
    // The learner's device names each attempt once; a retry with the same name is the same attempt.
    .addColumn('attempt_key', 'varchar(36)')
    .addColumn('score', 'integer', (c) => c.notNull())
    .addColumn('passed', 'integer', (c) => c.notNull())
    .addColumn('pass_mark', 'integer', (c) => c.notNull())
    .addColumn('question_count', 'integer', (c) => c.notNull())
    // JSON: the questions answered wrong and the answers given, as they were at the time.
    .addColumn('wrong_question_ids', 'text', (c) => c.notNull())
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('quiz_attempts_key').on('quiz_attempts').columns(['user_id', 'attempt_key']).unique().execute();
  await db.schema.createIndex('quiz_attempts_course').on('quiz_attempts').columns(['course_id', 'user_id', 'module_id']).execute();
  await db.schema.createIndex('quiz_attempts_module').on('quiz_attempts').columns(['module_id']).execute();

  await withId(db, db.schema.createTable('course_certificates'))
    // Crockford base32 from the operating system's random source: unguessable, and unique.
    .addColumn('code', 'varchar(16)', (c) => c.notNull().unique())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('course_id', 'integer', (c) => c.notNull().references('courses.id'))
    // What the certificate says, as it was when issued: a later rename changes no certificate.
    .addColumn('learner_name', 'varchar(150)', (c) => c.notNull())
    .addColumn('library_name', 'varchar(200)')
    .addColumn('course_title', 'varchar(150)', (c) => c.notNull())
    .addColumn('issued_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('issued_on', 'varchar(10)', (c) => c.notNull())
    .execute();
  // One certificate per learner and course.
  await db.schema.createIndex('course_certificates_learner').on('course_certificates').columns(['user_id', 'course_id']).unique().execute();
  await db.schema.createIndex('course_certificates_course').on('course_certificates').columns(['course_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'course_certificates',
    'quiz_attempts',
    'lesson_completions',
    'course_enrolments',
    'quiz_choices',
    'quiz_questions',
    'course_lessons',
    'course_modules',
    'courses',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
