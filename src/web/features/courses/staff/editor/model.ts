import { CreateCourseBody, UpdateCourseBody, type AuthoredCourse, type CourseBody } from '#domain/courses';
import { checked, type Checked } from '#web/forms/issues.ts';

// A course being written, as plain values the inputs hold (numbers as the text typed), and the
// body `POST`/`PUT /api/courses` takes from it. Every item keeps the id it was read with, so a
// save keeps learners' progress on it; `key` tells React the rows apart while they move.

export interface ChoiceDraft {
  key: string;
  id?: number | undefined;
  text: string;
  correct: boolean;
}

export interface QuestionDraft {
  key: string;
  id?: number | undefined;
  prompt: string;
  explanation: string;
  choices: ChoiceDraft[];
}

export interface QuizDraft {
  title: string;
  introduction: string;
  passMark: string;
  questions: QuestionDraft[];
}

export interface LessonDraft {
  key: string;
  id?: number | undefined;
  slug: string | null;
  title: string;
  body: string;
  minutes: string;
}

export interface ModuleDraft {
  key: string;
  id?: number | undefined;
  slug: string | null;
  title: string;
  summary: string;
  introduction: string;
  indicatorCodes: string[];
  lessons: LessonDraft[];
  quiz: QuizDraft | null;
}

export interface CourseDraft {
  slug: string | null;
  title: string;
  summary: string;
  audience: string;
  introduction: string;
  indicatorCodes: string[];
  modules: ModuleDraft[];
}

let keys = 0;
export const newKey = (): string => `k${++keys}`;

export const blankChoice = (): ChoiceDraft => ({ key: newKey(), text: '', correct: false });
export const blankQuestion = (): QuestionDraft => ({ key: newKey(), prompt: '', explanation: '', choices: [blankChoice(), blankChoice()] });
export const blankQuiz = (): QuizDraft => ({ title: '', introduction: '', passMark: '70', questions: [blankQuestion()] });
export const blankLesson = (): LessonDraft => ({ key: newKey(), slug: null, title: '', body: '', minutes: '' });
export const blankModule = (): ModuleDraft => ({
  key: newKey(),
  slug: null,
  title: '',
  summary: '',
  introduction: '',
  indicatorCodes: [],
  lessons: [blankLesson()],
  quiz: null,
});
export const blankCourse = (): CourseDraft => ({
  slug: null,
  title: '',
  summary: '',
  audience: '',
  introduction: '',
  indicatorCodes: [],
  modules: [blankModule()],
});

/**
 * The form of a course as the server has it. Given the draft that was saved, each row keeps its
 * key (the server answers items in the order sent), so folds that were open stay open.
 */
export function draftOf(course: AuthoredCourse, previous?: CourseDraft): CourseDraft {
  return {
    slug: course.slug,
    title: course.title,
    summary: course.summary,
    audience: course.audience ?? '',
    introduction: course.introduction ?? '',
    indicatorCodes: [...course.indicatorCodes],
    modules: course.modules.map((m, i) => {
      const pm = previous?.modules[i];
      return {
        key: pm?.key ?? newKey(),
        id: m.id,
        slug: m.slug,
        title: m.title,
        summary: m.summary ?? '',
        introduction: m.introduction ?? '',
        indicatorCodes: [...m.indicatorCodes],
        lessons: m.lessons.map((l, j) => ({
          key: pm?.lessons[j]?.key ?? newKey(),
          id: l.id,
          slug: l.slug,
          title: l.title,
          body: l.body,
          minutes: l.minutes === null ? '' : String(l.minutes),
        })),
        quiz: m.quiz && {
          title: m.quiz.title ?? '',
          introduction: m.quiz.introduction ?? '',
          passMark: String(m.quiz.passMark),
          questions: m.quiz.questions.map((q, k) => {
            const pq = pm?.quiz?.questions[k];
            return {
              key: pq?.key ?? newKey(),
              id: q.id,
              prompt: q.prompt,
              explanation: q.explanation ?? '',
              choices: q.choices.map((c, n) => ({ key: pq?.choices[n]?.key ?? newKey(), id: c.id, text: c.text, correct: c.correct })),
            };
          }),
        },
      };
    }),
  };
}

const withId = (id: number | undefined) => (id === undefined ? {} : { id });
const orNull = (text: string) => (text.trim() === '' ? null : text);
/** A number as typed: empty is none; anything else goes as a number (NaN too), for the schema to judge. */
const numberOrNull = (text: string) => (text.trim() === '' ? null : Number(text));

/** The whole course as the API takes it, in the order shown. */
export function bodyOf(d: CourseDraft): CourseBody {
  return {
    ...(d.slug ? { slug: d.slug } : {}),
    title: d.title,
    summary: d.summary,
    audience: orNull(d.audience),
    introduction: orNull(d.introduction),
    indicatorCodes: d.indicatorCodes,
    modules: d.modules.map((m) => ({
      ...withId(m.id),
      ...(m.slug ? { slug: m.slug } : {}),
      title: m.title,
      summary: orNull(m.summary),
      introduction: orNull(m.introduction),
      indicatorCodes: m.indicatorCodes.filter((code) => d.indicatorCodes.includes(code)),
      lessons: m.lessons.map((l) => ({
        ...withId(l.id),
        ...(l.slug ? { slug: l.slug } : {}),
        title: l.title,
        body: l.body,
        minutes: numberOrNull(l.minutes),
      })),
      quiz: m.quiz && {
        title: orNull(m.quiz.title),
        introduction: orNull(m.quiz.introduction),
        passMark: numberOrNull(m.quiz.passMark) ?? Number.NaN,
        questions: m.quiz.questions.map((q) => ({
          ...withId(q.id),
          prompt: q.prompt,
          explanation: orNull(q.explanation),
          choices: q.choices.map((c) => ({ ...withId(c.id), text: c.text, correct: c.correct })),
        })),
      },
    })),
  };
}

/** The form's check before sending: the very schemas the server enforces, so the issues name the same fields. */
export function checkCourse(d: CourseDraft, isNew: boolean): Checked<CourseBody> {
  const body = bodyOf(d);
  return checked(isNew ? CreateCourseBody.safeParse(body) : UpdateCourseBody.safeParse(body));
}

/** Whether the form holds anything the server does not have yet. */
export function hasChanges(d: CourseDraft, saved: AuthoredCourse | null): boolean {
  if (saved === null) return true;
  return JSON.stringify(bodyOf(d)) !== JSON.stringify(bodyOf(draftOf(saved)));
}

/** Moves the item at `index` one place up (-1) or down (+1); at either end nothing moves. */
export function moved<T>(items: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (to < 0 || to >= items.length) return [...items];
  const next = [...items];
  const [item] = next.splice(index, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

/** One choice made the correct one: a question has exactly one. */
export const markedCorrect = (choices: readonly ChoiceDraft[], key: string): ChoiceDraft[] =>
  choices.map((c) => ({ ...c, correct: c.key === key }));

/** Unticking a course indicator unticks it in every module too (a module serves only the course's). */
export function withIndicators(d: CourseDraft, codes: string[]): CourseDraft {
  return {
    ...d,
    indicatorCodes: codes,
    modules: d.modules.map((m) => ({ ...m, indicatorCodes: m.indicatorCodes.filter((c) => codes.includes(c)) })),
  };
}

/** The id of the input that holds a field of the API's body: `modules.0.lessons.1.title` → `course-modules-0-lessons-1-title`. */
export const inputIdOf = (field: string): string => `course-${field.split('.').join('-')}`;

/**
 * Where an issue about `field` is shown: its own input, or the nearest part of the form that
 * holds it (`modules.0.quiz.questions.2.choices` is the question's choices). `places` are the
 * fields the form has an element for.
 */
export function placeOf(field: string, places: ReadonlySet<string>): string | null {
  const parts = field.split('.');
  while (parts.length > 0) {
    const at = parts.join('.');
    if (places.has(at)) return at;
    parts.pop();
  }
  return null;
}

/** Every field of the draft that has an element of its own on the form. */
export function placesOf(d: CourseDraft): Set<string> {
  const places = new Set(['title', 'summary', 'audience', 'introduction', 'indicatorCodes', 'modules']);
  d.modules.forEach((m, i) => {
    const at = `modules.${i}`;
    for (const f of ['', '.title', '.summary', '.introduction', '.indicatorCodes', '.lessons', '.quiz']) places.add(`${at}${f}`);
    m.lessons.forEach((_, j) => {
      for (const f of ['', '.title', '.body', '.minutes']) places.add(`${at}.lessons.${j}${f}`);
    });
    if (m.quiz) {
      for (const f of ['.title', '.introduction', '.passMark', '.questions']) places.add(`${at}.quiz${f}`);
      m.quiz.questions.forEach((q, k) => {
        const qa = `${at}.quiz.questions.${k}`;
        for (const f of ['', '.prompt', '.explanation', '.choices']) places.add(`${qa}${f}`);
        q.choices.forEach((_, n) => places.add(`${qa}.choices.${n}.text`));
      });
    }
  });
  return places;
}

/** Words for the parts of a field's path; `label` names a field by its API name. */
export interface PathWords {
  module: (n: number) => string;
  lesson: (n: number) => string;
  quiz: string;
  question: (n: number) => string;
  choice: (n: number) => string;
  label: (name: string) => string;
}

/**
 * A field's path as a person reads it: `modules.0.lessons.1.title` → "Modul 1 › Pelajaran 2 ›
 * Judul pelajaran", so an error in a long course says where to look.
 */
export function describePath(field: string, words: PathWords): string {
  const counted: Readonly<Record<string, ((n: number) => string) | undefined>> = {
    modules: words.module,
    lessons: words.lesson,
    questions: words.question,
    choices: words.choice,
  };
  const parts = field.split('.');
  const said: string[] = [];
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i] ?? '';
    const next = parts[i + 1];
    const count = counted[part];
    if (count && next !== undefined && /^\d+$/.test(next)) {
      said.push(count(Number(next) + 1));
      i += 1;
    } else if (part === 'quiz' && i < parts.length - 1) said.push(words.quiz);
    else if (i === parts.length - 1) said.push(words.label(part));
  }
  return said.join(' › ');
}
