import { describe, expect, it } from 'vitest';
import type { AuthoredCourse } from '#domain/courses';
import {
  blankCourse,
  bodyOf,
  checkCourse,
  describePath,
  draftOf,
  hasChanges,
  markedCorrect,
  moved,
  placeOf,
  placesOf,
  withIndicators,
  type PathWords,
} from './model';

const course: AuthoredCourse = {
  id: 4,
  slug: 'dasar',
  status: 'published',
  title: 'Dasar inklusi sosial',
  summary: 'Pengantar',
  audience: null,
  introduction: null,
  indicatorCodes: ['advokasi', 'pelibatan'],
  revision: 3,
  modules: [
    {
      id: 10,
      slug: null,
      title: 'Modul advokasi',
      summary: null,
      introduction: null,
      indicatorCodes: ['advokasi'],
      lessons: [
        { id: 20, slug: 'satu', title: 'Pelajaran satu', body: '# Satu', minutes: 5 },
        { id: 21, slug: null, title: 'Pelajaran dua', body: 'Dua', minutes: null },
      ],
      quiz: {
        title: null,
        introduction: null,
        passMark: 70,
        questions: [
          {
            id: 30,
            prompt: 'Apa itu advokasi?',
            explanation: null,
            choices: [
              { id: 40, text: 'Membaca', correct: false },
              { id: 41, text: 'Mengajak pemerintah desa', correct: true },
            ],
          },
        ],
      },
    },
  ],
  images: [],
  publishProblems: [],
  enrolments: 2,
  history: [],
  createdAt: '2024-09-01T00:00:00.000Z',
  updatedAt: '2024-09-01T00:00:00.000Z',
  publishedAt: '2024-09-02T00:00:00.000Z',
};

const words: PathWords = {
  module: (n) => `Modul ${n}`,
  lesson: (n) => `Pelajaran ${n}`,
  quiz: 'Kuis',
  question: (n) => `Soal ${n}`,
  choice: (n) => `Pilihan ${n}`,
  label: (name) => ({ title: 'Judul', prompt: 'Pertanyaan', text: 'Teks pilihan', quiz: 'Kuis', choices: 'Pilihan jawaban' })[name] ?? name,
};

describe('the course form', () => {
  it('sends back every item with the id it was read with, so learners keep their progress on it', () => {
    const body = bodyOf(draftOf(course));
    expect(body.modules[0]?.id).toBe(10);
    expect(body.modules[0]?.lessons.map((l) => [l.id, l.slug, l.minutes])).toEqual([
      [20, 'satu', 5],
      [21, undefined, null],
    ]);
    expect(body.modules[0]?.quiz?.questions[0]?.choices.map((c) => [c.id, c.correct])).toEqual([
      [40, false],
      [41, true],
    ]);
    expect(checkCourse(draftOf(course), false).ok).toBe(true);
    expect(hasChanges(draftOf(course), course)).toBe(false);
  });

  it('keeps the row keys of the draft that was saved, so new items get their ids without folds closing', () => {
    const sent = draftOf(course);
    const again = draftOf(course, sent);
    expect(again.modules[0]?.lessons.map((l) => l.key)).toEqual(sent.modules[0]?.lessons.map((l) => l.key));
    expect(draftOf(course).modules[0]?.key).not.toBe(sent.modules[0]?.key);
  });

  it('reorders lessons and sees that as a change', () => {
    const draft = draftOf(course);
    const module = draft.modules[0];
    if (!module) throw new Error('no module');
    const swapped = { ...draft, modules: [{ ...module, lessons: moved(module.lessons, 0, 1) }] };
    expect(bodyOf(swapped).modules[0]?.lessons.map((l) => l.id)).toEqual([21, 20]);
    expect(hasChanges(swapped, course)).toBe(true);
    expect(moved([1, 2, 3], 0, -1)).toEqual([1, 2, 3]);
    expect(moved([1, 2, 3], 2, 1)).toEqual([1, 2, 3]);
  });

  it('names the field of an empty question prompt as the server would, and finds its input', () => {
    const draft = draftOf(course);
    const question = draft.modules[0]?.quiz?.questions[0];
    if (!question) throw new Error('no question');
    question.prompt = '  ';
    const check = checkCourse(draft, false);
    expect(check.ok).toBe(false);
    const fields = check.ok ? [] : check.error.details.map((d) => d.field);
    expect(fields).toEqual(['modules.0.quiz.questions.0.prompt']);
    expect(placeOf('modules.0.quiz.questions.0.prompt', placesOf(draft))).toBe('modules.0.quiz.questions.0.prompt');
    // A choice's id the server refuses is shown at the question's choices.
    expect(placeOf('modules.0.quiz.questions.0.choices.1.id', placesOf(draft))).toBe('modules.0.quiz.questions.0.choices');
  });

  it('asks for exactly one correct choice, and marking one unmarks the others', () => {
    const draft = draftOf(course);
    const question = draft.modules[0]?.quiz?.questions[0];
    if (!question) throw new Error('no question');
    question.choices = question.choices.map((c) => ({ ...c, correct: false }));
    const check = checkCourse(draft, false);
    expect(check.ok ? [] : check.error.details.map((d) => [d.field, d.issue])).toEqual([
      ['modules.0.quiz.questions.0.choices', 'one_correct_choice'],
    ]);
    const first = question.choices[0]?.key ?? '';
    expect(markedCorrect(question.choices, first).map((c) => c.correct)).toEqual([true, false]);
  });

  it('refuses ids on a new course and checks a blank one like the server', () => {
    const check = checkCourse(blankCourse(), true);
    expect(check.ok ? [] : check.error.details.map((d) => d.field)).toEqual(
      expect.arrayContaining([
        'title',
        'summary',
        'indicatorCodes',
        'modules.0.title',
        'modules.0.lessons.0.title',
        'modules.0.lessons.0.body',
      ]),
    );
    expect(checkCourse(draftOf(course), true).ok).toBe(false);
  });

  it('drops a course indicator from its modules too', () => {
    const draft = withIndicators(draftOf(course), ['pelibatan']);
    expect(draft.modules[0]?.indicatorCodes).toEqual([]);
    expect(checkCourse(draft, false).ok).toBe(true);
  });

  it('says where a field is in words', () => {
    expect(describePath('modules.0.lessons.1.title', words)).toBe('Modul 1 › Pelajaran 2 › Judul');
    expect(describePath('modules.2.quiz.questions.0.choices.3.text', words)).toBe('Modul 3 › Kuis › Soal 1 › Pilihan 4 › Teks pilihan');
    expect(describePath('modules.0.quiz', words)).toBe('Modul 1 › Kuis');
    expect(describePath('modules.0.quiz.questions.1.choices', words)).toBe('Modul 1 › Kuis › Soal 2 › Pilihan jawaban');
    expect(describePath('title', words)).toBe('Judul');
  });
});
