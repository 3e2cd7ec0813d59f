import type { AuthoredCourse, CourseBody } from '#domain/courses';
import type { Agent } from './app';

/**
 * A small course for tests: two modules of two lessons, each with a quiz of two questions whose
 * first choice is the correct one. `indicatorCodes` says which KPI indicators it serves.
 */
export function courseBody(overrides: Partial<CourseBody> = {}): CourseBody {
  const module = (n: number, code: string) => ({
    title: `Modul ${n}: ${code}`,
    summary: `Ringkasan modul ${n}.`,
    indicatorCodes: [code],
    lessons: [1, 2].map((l) => ({ title: `Pelajaran ${n}.${l}`, body: `## Bagian ${n}.${l}\n\nIsi pelajaran **${n}.${l}**.`, minutes: 3 })),
    quiz: {
      title: `Kuis modul ${n}`,
      passMark: 70,
      questions: [1, 2].map((q) => ({
        prompt: `Pertanyaan ${n}.${q}?`,
        explanation: `Baca lagi pelajaran ${n}.${q}.`,
        choices: [
          { text: `Jawaban tepat ${n}.${q}`, correct: true },
          { text: `Jawaban keliru ${n}.${q}`, correct: false },
          { text: `Jawaban lain ${n}.${q}`, correct: false },
        ],
      })),
    },
  });
  const codes = overrides.indicatorCodes ?? ['advokasi'];
  return {
    title: 'Kursus uji advokasi',
    summary: 'Kursus singkat untuk uji.',
    audience: 'pengelola perpustakaan desa',
    indicatorCodes: codes,
    modules: [module(1, codes[0] ?? 'advokasi'), module(2, codes[codes.length - 1] ?? 'advokasi')],
    ...overrides,
  };
}

/** Creates (and by default publishes) a course through the API as the given author. */
export async function publishedCourse(author: Agent, body: CourseBody = courseBody(), publish = true): Promise<AuthoredCourse> {
  const created = await author.post('/api/courses', body);
  if (created.statusCode !== 201) throw new Error(`course create failed: ${created.statusCode} ${created.body}`);
  const course = created.json<AuthoredCourse>();
  if (!publish) return course;
  const published = await author.post(`/api/courses/${course.id}/publish`);
  if (published.statusCode !== 200) throw new Error(`course publish failed: ${published.statusCode} ${published.body}`);
  return published.json<AuthoredCourse>();
}

/** The answers to a module's quiz that get exactly the questions in `right` right (the first choice is correct). */
export function answersFor(module: AuthoredCourse['modules'][number], right: 'all' | 'none' | number[] = 'all') {
  return (module.quiz?.questions ?? []).map((q, i) => {
    const correct = right === 'all' || (right !== 'none' && right.includes(i));
    const choice = correct ? q.choices.find((c) => c.correct) : q.choices.find((c) => !c.correct);
    return { questionId: q.id, choiceId: choice?.id ?? 0 };
  });
}

/** Reads every lesson and passes every quiz of the course as the learner; answers the last quiz result. */
export async function completeCourse(learner: Agent, course: AuthoredCourse): Promise<void> {
  for (const m of course.modules) {
    for (const l of m.lessons) {
      const res = await learner.post(`/api/courses/${course.id}/lessons/${l.id}/complete`, {});
      if (res.statusCode !== 200) throw new Error(`lesson complete failed: ${res.statusCode} ${res.body}`);
    }
    const res = await learner.post(`/api/courses/${course.id}/modules/${m.id}/quiz`, { answers: answersFor(m) });
    if (res.statusCode !== 200) throw new Error(`quiz failed: ${res.statusCode} ${res.body}`);
  }
}

/** The body that would leave the course as it is: what an editor starts from before changing it. */
export function bodyOf(course: AuthoredCourse): CourseBody {
  return {
    slug: course.slug,
    title: course.title,
    summary: course.summary,
    audience: course.audience,
    introduction: course.introduction,
    indicatorCodes: course.indicatorCodes,
    modules: course.modules.map((m) => ({
      id: m.id,
      slug: m.slug,
      title: m.title,
      summary: m.summary,
      introduction: m.introduction,
      indicatorCodes: m.indicatorCodes,
      lessons: m.lessons.map((l) => ({ ...l })),
      quiz: m.quiz && {
        title: m.quiz.title,
        introduction: m.quiz.introduction,
        passMark: m.quiz.passMark,
        questions: m.quiz.questions.map((q) => ({ ...q, choices: q.choices.map((c) => ({ ...c })) })),
      },
    })),
  };
}
