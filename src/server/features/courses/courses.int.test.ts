import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CertificateCheck, CourseList, LearnerCourse, LearnerLesson, LearnerProgress, QuizResult } from '#domain/course-learning';
import type { AuthoredCourse } from '#domain/courses';
import type { Photo } from '#domain/photos';
import { testApp, type Agent, type TestApp } from '#test/app';
import { castOf } from '#test/cast';
import { answersFor, bodyOf, completeCourse, courseBody, publishedCourse } from '#test/courses';
import { errorOf, fieldsOf } from '#test/errors';
import { multipartFile } from '#test/multipart';
import { pdfImagesPerPage, pdfPages } from '#test/pdf';

let t: TestApp;
let pusat: Agent;
let puput: Agent;
let cendil: Agent;
let runi: Agent;
let puput2: Agent;
let course: AuthoredCourse;

beforeAll(async () => {
  t = await testApp();
  const cast = await castOf(t, { staff: ['pusat', 'runi'], managers: ['puput', 'puput2', 'cendil'] });
  ({ pusat, puput, puput2, cendil, runi } = cast.agents);
  course = await publishedCourse(pusat);
});
afterAll(() => t.close());

const moduleOf = (c: AuthoredCourse, i: number) => {
  const m = c.modules[i];
  if (!m) throw new Error(`course has no module ${i}`);
  return m;
};
const quizUrl = (c: AuthoredCourse, i: number) => `/api/courses/${c.id}/modules/${moduleOf(c, i).id}/quiz`;
const lessonUrl = (c: AuthoredCourse, i: number, j: number) => `/api/courses/${c.id}/lessons/${moduleOf(c, i).lessons[j]?.id}`;

describe('authoring', () => {
  it('creates a draft with ids for every module, lesson, question and choice', async () => {
    const res = await pusat.post('/api/courses', courseBody({ title: 'Kursus draf' }));
    expect(res.statusCode, res.body).toBe(201);
    const draft = res.json<AuthoredCourse>();
    expect(draft.status).toBe('draft');
    expect(draft.modules).toHaveLength(2);
    const ids = draft.modules.flatMap((m) => [
      m.id,
      ...m.lessons.map((l) => l.id),
      ...(m.quiz?.questions ?? []).flatMap((q) => [q.id, ...q.choices.map((c) => c.id)]),
    ]);
    expect(ids.every((id) => Number.isInteger(id) && id > 0)).toBe(true);
    expect(draft.modules[0]?.quiz?.questions[0]?.choices.map((c) => c.correct)).toEqual([true, false, false]);
    expect(draft.publishProblems).toEqual([]);
  });

  it('is for the national office only', async () => {
    for (const agent of [runi, puput]) expect((await agent.post('/api/courses', courseBody())).statusCode).toBe(403);
  });

  it('refuses a question without exactly one correct choice, naming it', async () => {
    const body = courseBody();
    const question = body.modules[0]?.quiz?.questions[1];
    if (!question) throw new Error('fixture changed');
    question.choices = question.choices.map((c) => ({ ...c, correct: true }));
    const res = await pusat.post('/api/courses', body);
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual(['modules.0.quiz.questions.1.choices']);
  });

  it('refuses an indicator the KPI profile does not know', async () => {
    const res = await pusat.post('/api/courses', courseBody({ indicatorCodes: ['kebahagiaan'] }));
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toContain('indicatorCodes');
  });

  it('refuses ids in a new course, and ids of another course in an edit', async () => {
    const withId = courseBody();
    const first = withId.modules[0];
    if (!first) throw new Error('fixture changed');
    first.id = moduleOf(course, 0).id;
    expect(fieldsOf(await pusat.post('/api/courses', withId))).toEqual(['modules.0.id']);
    const other = await publishedCourse(pusat, courseBody({ title: 'Kursus lain' }), false);
    const res = await pusat.request({ method: 'PUT', url: `/api/courses/${other.id}`, payload: withId });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual(['modules.0.id']);
  });

  it('will not publish a course with a module lacking a quiz, and names the module', async () => {
    const body = courseBody({ title: 'Kursus belum siap' });
    const second = body.modules[1];
    if (!second) throw new Error('fixture changed');
    second.quiz = null;
    const draft = await publishedCourse(pusat, body, false);
    expect(draft.publishProblems.map((p) => p.field)).toEqual(['modules.1.quiz']);
    const res = await pusat.post(`/api/courses/${draft.id}/publish`);
    expect(res.statusCode).toBe(409);
    expect(fieldsOf(res)).toEqual(['modules.1.quiz']);
  });

  it('publishes and unpublishes; a draft is not there for learners', async () => {
    const draft = await publishedCourse(pusat, courseBody({ title: 'Kursus bolak-balik' }), false);
    expect((await puput.get(`/api/courses/${draft.id}`)).statusCode).toBe(404);
    expect((await puput.get('/api/courses')).json<CourseList>().items.map((i) => i.id)).not.toContain(draft.id);
    expect((await pusat.post(`/api/courses/${draft.id}/publish`)).json<AuthoredCourse>().status).toBe('published');
    expect((await puput.get(`/api/courses/${draft.id}`)).statusCode).toBe(200);
    expect((await pusat.post(`/api/courses/${draft.id}/publish`)).statusCode).toBe(409);
    expect((await pusat.post(`/api/courses/${draft.id}/unpublish`)).json<AuthoredCourse>().status).toBe('draft');
    expect((await puput.get(`/api/courses/${draft.id}`)).statusCode).toBe(404);
    const history = (await pusat.get(`/api/courses/${draft.id}/authoring`)).json<AuthoredCourse>().history.map((h) => h.kind);
    expect(history).toEqual(['created', 'published', 'unpublished']);
  });

  it('lets an author preview a draft as a learner sees it', async () => {
    const draft = await publishedCourse(pusat, courseBody({ title: 'Kursus pratinjau' }), false);
    const preview = await pusat.get(`/api/courses/${draft.id}`);
    expect(preview.statusCode).toBe(200);
    expect(preview.body).not.toMatch(/correct/i);
    expect((await pusat.post(`/api/courses/${draft.id}/enrol`, {})).statusCode).toBe(409);
  });

  it('deletes a course nobody enrolled in, and refuses one with learners', async () => {
    const draft = await publishedCourse(pusat, courseBody({ title: 'Kursus dihapus' }), false);
    expect((await pusat.delete(`/api/courses/${draft.id}`)).statusCode).toBe(204);
    expect((await pusat.get(`/api/courses/${draft.id}/authoring`)).statusCode).toBe(404);
    const used = await publishedCourse(pusat, courseBody({ title: 'Kursus dipakai' }));
    await cendil.post(`/api/courses/${used.id}/enrol`, {});
    expect((await pusat.delete(`/api/courses/${used.id}`)).statusCode).toBe(409);
  });

  it('writes nothing for an edit that changes nothing', async () => {
    const before = (await pusat.get(`/api/courses/${course.id}/authoring`)).json<AuthoredCourse>();
    const res = await pusat.request({ method: 'PUT', url: `/api/courses/${course.id}`, payload: bodyOf(before) });
    expect(res.statusCode, res.body).toBe(200);
    const after = res.json<AuthoredCourse>();
    expect(after.revision).toBe(before.revision);
    expect(after.updatedAt).toBe(before.updatedAt);
    expect(after.history).toHaveLength(before.history.length);
  });
});

describe('lesson pictures', () => {
  it('are uploaded by the author with the photo checks, shown in lessons, and seen only where the course is', async () => {
    const draft = await publishedCourse(pusat, courseBody({ title: 'Kursus bergambar' }), false);
    const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 10, g: 120, b: 60 } } })
      .jpeg()
      .toBuffer();
    const upload = await pusat.request({
      method: 'POST',
      url: `/api/courses/${draft.id}/images`,
      ...multipartFile(jpeg, { field: 'file' }),
    });
    expect(upload.statusCode, upload.body).toBe(201);
    const image = upload.json<Photo>();
    expect(image.url).toBe(`/api/courses/${draft.id}/images/${image.id}`);
    const notAPicture = await pusat.request({
      method: 'POST',
      url: `/api/courses/${draft.id}/images`,
      ...multipartFile(Buffer.from('<script>alert(1)</script>'), { field: 'file', filename: 'x.png', type: 'image/png' }),
    });
    expect(notAPicture.statusCode).toBe(415);
    expect(
      (await puput.request({ method: 'POST', url: `/api/courses/${draft.id}/images`, ...multipartFile(jpeg, { field: 'file' }) }))
        .statusCode,
    ).toBe(403);

    const body = bodyOf(draft);
    const lesson = body.modules[0]?.lessons[0];
    if (!lesson) throw new Error('fixture changed');
    lesson.body = `Lihat gambar:\n\n![Pojok baca anak](${image.url})\n\n![Foto lain](https://evil.example/x.png)`;
    await pusat.request({ method: 'PUT', url: `/api/courses/${draft.id}`, payload: body });
    // A draft's pictures are its authors' only, like the draft.
    expect((await puput.get(image.url)).statusCode).toBe(404);
    await pusat.post(`/api/courses/${draft.id}/publish`);
    const served = await puput.get(`${image.url}?size=thumb`);
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/jpeg');
    const view = (await puput.get(`/api/courses/${draft.id}/lessons/${lesson.id}`)).json<LearnerLesson>();
    expect(view.bodyHtml).toContain(`<img src="${image.url}" alt="Pojok baca anak" loading="lazy">`);
    expect(view.bodyHtml).not.toContain('evil.example');
    expect((await pusat.delete(image.url)).statusCode).toBe(204);
    const after = (await puput.get(`/api/courses/${draft.id}/lessons/${lesson.id}`)).json<LearnerLesson>();
    expect(after.bodyHtml).not.toContain('<img');
  });
});

/** Every answer a learner gets, searched for the word that would tell which choice is right. */
const leaks = (body: string) => /correct/i.test(body);

describe('learning', () => {
  it('never tells a learner which choice is correct, in any answer they get', async () => {
    const answers: string[] = [];
    const keep = async (res: Promise<{ body: string; statusCode: number }>) => {
      const r = await res;
      expect(r.statusCode, r.body).toBeLessThan(300);
      answers.push(r.body);
    };
    await keep(cendil.get('/api/courses'));
    await keep(cendil.get(`/api/courses/${course.id}`));
    await keep(cendil.post(`/api/courses/${course.id}/enrol`, {}));
    await keep(cendil.get(lessonUrl(course, 0, 0)));
    await keep(cendil.post(`${lessonUrl(course, 0, 0)}/complete`, {}));
    await keep(cendil.post(quizUrl(course, 0), { answers: answersFor(moduleOf(course, 0), 'none') }));
    await keep(cendil.post(quizUrl(course, 0), { answers: answersFor(moduleOf(course, 0), 'all') }));
    expect(answers.filter(leaks)).toEqual([]);
    // The author's view is the only one that says.
    expect(leaks((await pusat.get(`/api/courses/${course.id}/authoring`)).body)).toBe(true);
    expect((await cendil.get(`/api/courses/${course.id}/authoring`)).statusCode).toBe(403);
  });

  it('renders the lesson for reading, with its neighbours', async () => {
    const lesson = (await puput.get(lessonUrl(course, 0, 1))).json<LearnerLesson>();
    expect(lesson.bodyHtml).toContain('<h2>Bagian 1.2</h2>');
    expect(lesson.bodyHtml).toContain('<strong>1.2</strong>');
    expect(lesson.previousLessonId).toBe(moduleOf(course, 0).lessons[0]?.id);
    expect(lesson.nextLessonId).toBe(moduleOf(course, 1).lessons[0]?.id);
  });

  it('scores against the pass mark and names the wrong questions, with their hints only', async () => {
    const m = moduleOf(course, 1);
    const half = (await puput.post(quizUrl(course, 1), { answers: answersFor(m, [0]) })).json<QuizResult>();
    expect(half).toMatchObject({ score: 50, passed: false, passMark: 70, questionCount: 2, wrongQuestionIds: [m.quiz?.questions[1]?.id] });
    expect(half.feedback).toEqual([{ questionId: m.quiz?.questions[1]?.id, explanation: 'Baca lagi pelajaran 2.2.' }]);
    const unanswered = (await puput.post(quizUrl(course, 1), { answers: [] })).json<QuizResult>();
    expect(unanswered).toMatchObject({ score: 0, passed: false });
    expect(unanswered.wrongQuestionIds).toHaveLength(2);
    const full = (await puput.post(quizUrl(course, 1), { answers: answersFor(m) })).json<QuizResult>();
    expect(full).toMatchObject({ score: 100, passed: true, wrongQuestionIds: [], feedback: [] });
    expect(full.progress.quizzes).toEqual([expect.objectContaining({ moduleId: m.id, attempts: 3, bestScore: 100, passed: true })]);
  });

  it('refuses an answer naming a question or a choice the quiz does not have (it changed since)', async () => {
    const m = moduleOf(course, 0);
    const other = moduleOf(course, 1);
    const foreign = [{ questionId: other.quiz?.questions[0]?.id ?? 0, choiceId: other.quiz?.questions[0]?.choices[0]?.id ?? 0 }];
    const res = await puput.post(quizUrl(course, 0), { answers: foreign });
    expect(res.statusCode).toBe(409);
    expect(errorOf(res).details?.[0]).toMatchObject({ field: 'answers.0.questionId', issue: 'quiz_changed' });
    const wrongChoice = [{ questionId: m.quiz?.questions[0]?.id ?? 0, choiceId: m.quiz?.questions[1]?.choices[0]?.id ?? 0 }];
    expect(fieldsOf(await puput.post(quizUrl(course, 0), { answers: wrongChoice }))).toEqual(['answers.0.choiceId']);
  });

  it('counts a lesson marked done twice once', async () => {
    const first = (await puput.post(`${lessonUrl(course, 1, 1)}/complete`, {})).json<LearnerProgress>();
    const again = (await puput.post(`${lessonUrl(course, 1, 1)}/complete`)).json<LearnerProgress>();
    expect(again.lessonsDone).toEqual(first.lessonsDone);
    expect(again.lessonsDone.filter((id) => id === moduleOf(course, 1).lessons[1]?.id)).toHaveLength(1);
  });

  it('counts an attempt sent twice with the same attemptId once, answering the first result', async () => {
    const fresh = await publishedCourse(pusat, courseBody({ title: 'Kursus outbox' }));
    const attemptId = randomUUID();
    const m = moduleOf(fresh, 0);
    const first = (await puput.post(quizUrl(fresh, 0), { attemptId, answers: answersFor(m, 'none') })).json<QuizResult>();
    // The resend carries the same answers; even other answers under the same id are the same attempt.
    const again = await puput.post(quizUrl(fresh, 0), { attemptId, answers: answersFor(m, 'all') });
    expect(again.statusCode).toBe(200);
    expect(again.json<QuizResult>()).toMatchObject({ attemptId, score: first.score, passed: false, attemptedAt: first.attemptedAt });
    expect(again.json<QuizResult>().progress.quizzes).toEqual([expect.objectContaining({ attempts: 1 })]);
    const elsewhere = await puput.post(quizUrl(fresh, 1), { attemptId, answers: [] });
    expect(elsewhere.statusCode).toBe(409);
  });

  it('answers a stranger, and a learner of a course that does not exist, as it should', async () => {
    expect((await t.anonymous().get(`/api/courses/${course.id}`)).statusCode).toBe(401);
    expect((await puput.get('/api/courses/999999')).statusCode).toBe(404);
    expect((await puput.post(`/api/courses/${course.id}/lessons/999999/complete`, {})).statusCode).toBe(404);
  });
});

describe('completion and the certificate', () => {
  let done: AuthoredCourse;
  let learner: Agent;
  beforeAll(async () => {
    done = await publishedCourse(pusat, courseBody({ title: 'Kursus sertifikat' }));
    learner = puput2;
  });

  it('issues exactly one certificate once every lesson is done and every quiz passed', async () => {
    expect((await learner.get(`/api/courses/${done.id}/certificate.pdf`)).statusCode).toBe(404);
    await completeCourse(learner, done);
    const progress = (await learner.get(`/api/courses/${done.id}`)).json<LearnerCourse>().progress;
    expect(progress?.percent).toBe(100);
    expect(progress?.completedAt).toBeTypeOf('string');
    expect(progress?.certificateCode).toMatch(/^[0-9A-Z]{12}$/);
    // Doing it all again changes nothing: still one certificate, the same code.
    await completeCourse(learner, done);
    const again = (await learner.get(`/api/courses/${done.id}`)).json<LearnerCourse>().progress;
    expect(again?.certificateCode).toBe(progress?.certificateCode);
    expect(again?.completedAt).toBe(progress?.completedAt);
    const rows = await t.db.selectFrom('course_certificates').selectAll().where('course_id', '=', done.id).execute();
    expect(rows).toHaveLength(1);
  });

  it('gives a one-page Indonesian PDF with the name, library, course, date, code and a QR code', async () => {
    const res = await learner.get(`/api/courses/${done.id}/certificate.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.rawPayload;
    const pages = pdfPages(pdf);
    expect(pages).toHaveLength(1);
    const code = (await learner.get(`/api/courses/${done.id}`)).json<LearnerCourse>().progress?.certificateCode ?? '';
    const text = pages[0] ?? '';
    expect(text).toContain('SERTIFIKAT');
    expect(text).toContain('puput2');
    expect(text).toContain('Perpusdes Puput');
    expect(text).toContain('Kursus sertifikat');
    expect(text).toContain('28 September 2024');
    expect(text).toContain(`${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`);
    expect(text).toContain(`/sertifikat/${code}`);
    expect(pdfImagesPerPage(pdf, 1)).toEqual([1]);
    // Only the learner's own: another manager has none.
    expect((await cendil.get(`/api/courses/${done.id}/certificate.pdf`)).statusCode).toBe(404);
  });

  it('is confirmed to anyone without a session, however the code is typed; a made-up code is 404', async () => {
    const code = (await learner.get(`/api/courses/${done.id}`)).json<LearnerCourse>().progress?.certificateCode ?? '';
    const stranger = t.anonymous();
    const res = await stranger.get(`/api/certificates/${code}`);
    expect(res.statusCode).toBe(200);
    expect(res.json<CertificateCheck>()).toEqual({
      code,
      name: 'puput2',
      course: 'Kursus sertifikat',
      courseId: done.id,
      issuedOn: '2024-09-28',
      library: 'Perpusdes Puput',
    });
    expect(
      (
        await stranger.get(
          `/api/certificates/${code
            .toLowerCase()
            .replace(/(.{4})/g, '$1-')
            .slice(0, 14)}`,
        )
      ).statusCode,
    ).toBe(200);
    for (const fake of ['ABCDEFGHJKMN', '0000-0000-0000', 'bukan-kode', '%2e%2e']) {
      const r = await stranger.get(`/api/certificates/${fake}`);
      expect(r.statusCode, fake).toBe(404);
      expect(errorOf(r).code).toBe('not_found');
    }
  });
});
