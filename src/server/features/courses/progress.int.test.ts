import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CourseProgressReport, ElisProgress, LearnerCourse, LearnerProgress } from '#domain/course-learning';
import type { AuthoredCourse } from '#domain/courses';
import type { RaporResponse } from '#domain/rapor';
import { testApp, type Agent, type TestApp } from '#test/app';
import { castOf, libraryWithManager } from '#test/cast';
import { answersFor, bodyOf, completeCourse, courseBody, publishedCourse } from '#test/courses';
import { makeActivity } from '#test/factories';
import { pdfPages } from '#test/pdf';

let t: TestApp;
let pusat: Agent;
let babel: Agent;
let jakarta: Agent;
let runi: Agent;
let yulianti: Agent;
let karolina: Agent;
let puput: Agent;
let cendil: Agent;
let gambir: Agent;
let libraries: { puput: { id: number }; cendil: { id: number } };
let puputManagerId: number;

beforeAll(async () => {
  t = await testApp();
  const cast = await castOf(t, { staff: ['pusat', 'babel', 'jakarta', 'runi', 'yulianti', 'karolina'], managers: ['puput', 'cendil'] });
  ({ pusat, babel, jakarta, runi, yulianti, karolina, puput, cendil } = cast.agents);
  libraries = cast.partners;
  puputManagerId = cast.userIds.puput;
  gambir = (await libraryWithManager(t, { name: 'Perpustakaan Gambir', regionCode: '31.71.01.1001' })).agent;
});
afterAll(() => t.close());

const put = (agent: Agent, course: AuthoredCourse, body: object) =>
  agent.request({ method: 'PUT', url: `/api/courses/${course.id}`, payload: body });
const progressOf = async (agent: Agent, course: AuthoredCourse) =>
  (await agent.get(`/api/courses/${course.id}`)).json<LearnerCourse>().progress;

describe('an edit of a published course', () => {
  it('keeps progress on the lessons and quizzes that still exist, and drops it with those removed', async () => {
    const course = await publishedCourse(pusat, courseBody({ title: 'Kursus yang diedit' }));
    const [first, second] = course.modules;
    if (!first || !second) throw new Error('fixture changed');
    const [kept, removed] = first.lessons;
    if (!kept || !removed) throw new Error('fixture changed');
    for (const lesson of [kept, removed]) await puput.post(`/api/courses/${course.id}/lessons/${lesson.id}/complete`, {});
    await puput.post(`/api/courses/${course.id}/modules/${first.id}/quiz`, { answers: answersFor(first) });
    await puput.post(`/api/courses/${course.id}/modules/${second.id}/quiz`, { answers: answersFor(second) });

    // The author removes one lesson, adds another, rewrites a kept lesson, and removes the second module.
    const body = bodyOf(course);
    const firstBody = body.modules[0];
    if (!firstBody) throw new Error('fixture changed');
    firstBody.lessons = [
      { ...firstBody.lessons[0], id: kept.id, title: 'Pelajaran 1.1, diperbarui', body: 'Isi baru.' },
      { title: 'Pelajaran baru', body: 'Isi pelajaran baru.' },
    ];
    body.modules = [firstBody];
    const res = await put(pusat, course, body);
    expect(res.statusCode, res.body).toBe(200);
    const edited = res.json<AuthoredCourse>();
    expect(edited.modules).toHaveLength(1);
    expect(edited.modules[0]?.lessons.map((l) => l.id)[0]).toBe(kept.id);
    expect(edited.revision).toBe(course.revision + 1);

    const progress = await progressOf(puput, edited);
    expect(progress?.lessonsDone).toEqual([kept.id]);
    expect(progress?.quizzesPassed).toEqual([first.id]);
    expect(progress?.quizzes.map((q) => q.moduleId)).toEqual([first.id]);
    // 1 of 2 lessons and 1 of 1 quiz.
    expect(progress?.percent).toBe(66);
    expect(progress?.completedAt).toBeNull();
  });

  it('completes a learner whose only missing step the edit removed, with one certificate', async () => {
    const course = await publishedCourse(pusat, courseBody({ title: 'Kursus dipangkas' }));
    const [first, second] = course.modules;
    if (!first || !second) throw new Error('fixture changed');
    for (const lesson of first.lessons) await cendil.post(`/api/courses/${course.id}/lessons/${lesson.id}/complete`, {});
    await cendil.post(`/api/courses/${course.id}/modules/${first.id}/quiz`, { answers: answersFor(first) });
    expect((await progressOf(cendil, course))?.completedAt).toBeNull();

    const body = bodyOf(course);
    body.modules = body.modules.slice(0, 1);
    expect((await put(pusat, course, body)).statusCode).toBe(200);
    const progress = await progressOf(cendil, course);
    expect(progress?.percent).toBe(100);
    expect(progress?.certificateCode).toMatch(/^[0-9A-Z]{12}$/);
  });

  it('must keep the course complete: a module without a quiz is refused while it is published', async () => {
    const course = await publishedCourse(pusat, courseBody({ title: 'Kursus terbit tetap lengkap' }));
    const body = bodyOf(course);
    const first = body.modules[0];
    if (!first) throw new Error('fixture changed');
    first.quiz = null;
    const res = await put(pusat, course, body);
    expect(res.statusCode).toBe(409);
    expect((await pusat.get(`/api/courses/${course.id}/authoring`)).json<AuthoredCourse>().revision).toBe(course.revision);
  });

  it('refuses a choice moved to another question', async () => {
    const course = await publishedCourse(pusat, courseBody({ title: 'Kursus pilihan pindah' }));
    const body = bodyOf(course);
    const questions = body.modules[0]?.quiz?.questions ?? [];
    const [a, b] = questions;
    if (!a || !b) throw new Error('fixture changed');
    const moved = b.choices[1];
    if (!moved) throw new Error('fixture changed');
    a.choices = [...a.choices, { ...moved }];
    const res = await put(pusat, course, body);
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { details: { field: string }[] } }>().error.details.map((d) => d.field)).toEqual([
      'modules.0.quiz.questions.0.choices.3.id',
    ]);
  });
});

describe('staff see the progress of the learners in their scope', () => {
  let course: AuthoredCourse;
  beforeAll(async () => {
    course = await publishedCourse(pusat, courseBody({ title: 'Kursus untuk dipantau' }));
    await completeCourse(puput, course);
    const first = course.modules[0];
    if (!first) throw new Error('fixture changed');
    await cendil.post(`/api/courses/${course.id}/lessons/${first.lessons[0]?.id}/complete`, {});
    await cendil.post(`/api/courses/${course.id}/modules/${first.id}/quiz`, { answers: answersFor(first, 'none') });
    await gambir.post(`/api/courses/${course.id}/enrol`, {});
  });

  const report = async (agent: Agent, query = '') => {
    const res = await agent.get(`/api/courses/${course.id}/progress${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<CourseProgressReport>();
  };
  const names = (r: CourseProgressReport) => r.learners.map((l) => l.partnerName).sort();

  it('the province: its learners by regency, nobody from Jakarta', async () => {
    const r = await report(babel);
    expect(names(r)).toEqual(['Perpusdes Cendil', 'Perpusdes Puput']);
    expect(r.totals).toEqual({ enrolled: 2, completed: 1, inProgress: 1 });
    expect(r.regions.map((g) => [g.regionCode, g.enrolled, g.completed])).toEqual([
      ['19.05', 1, 1],
      ['19.06', 1, 0],
    ]);
    expect(JSON.stringify(r)).not.toContain('Gambir');
    expect((await report(runi)).total).toBe(2);
    expect((await report(karolina)).total).toBe(2);
  });

  it('a learner row says how far, how many attempts, the best score and the certificate', async () => {
    const r = await report(babel);
    const puputRow = r.learners.find((l) => l.partnerName === 'Perpusdes Puput');
    expect(puputRow).toMatchObject({ lessonsDone: 4, quizzesPassed: 2, attempts: 2, percent: 100, certificateIssuedOn: '2024-09-28' });
    const cendilRow = r.learners.find((l) => l.partnerName === 'Perpusdes Cendil');
    expect(cendilRow).toMatchObject({ lessonsDone: 1, quizzesPassed: 0, attempts: 1, completedAt: null, certificateIssuedOn: null });
    expect(cendilRow?.quizzes).toEqual([expect.objectContaining({ attempts: 1, bestScore: 0, passed: false })]);
  });

  it('the regency facilitator: only her regency; another regency is refused', async () => {
    expect(names(await report(yulianti))).toEqual(['Perpusdes Puput']);
    expect((await yulianti.get(`/api/courses/${course.id}/progress?region=19.06`)).statusCode).toBe(403);
    expect(names(await report(runi, '?region=19.06'))).toEqual(['Perpusdes Cendil']);
  });

  it('Jakarta sees Jakarta; the national office sees everyone; a manager sees no one else’s progress', async () => {
    expect(names(await report(jakarta))).toEqual(['Perpustakaan Gambir']);
    expect((await jakarta.get(`/api/courses/${course.id}/progress?region=19`)).statusCode).toBe(403);
    expect((await report(pusat)).total).toBe(3);
    expect((await puput.get(`/api/courses/${course.id}/progress`)).statusCode).toBe(403);
  });

  it('every course in one table, counted in the scope', async () => {
    const res = await yulianti.get('/api/courses/progress');
    expect(res.statusCode).toBe(200);
    const item = res.json<ElisProgress>().items.find((i) => i.courseId === course.id);
    expect(item).toMatchObject({ enrolled: 1, completed: 1, inProgress: 0 });
  });
});

describe('the rapor recommends the courses for its indicators below target', () => {
  const september = 'from=2024-09-01&to=2024-09-30';
  let advokasi: AuthoredCourse;
  let layanan: AuthoredCourse;
  let pelibatan: AuthoredCourse;

  beforeAll(async () => {
    // Only this block's courses are published: the others of this file are taken down (their progress stays).
    for (const c of (await pusat.get('/api/courses')).json<{ items: { id: number }[] }>().items) {
      await pusat.post(`/api/courses/${c.id}/unpublish`);
    }
    advokasi = await publishedCourse(pusat, courseBody({ title: 'Advokasi untuk desa', indicatorCodes: ['advokasi', 'keteraturan'] }));
    layanan = await publishedCourse(pusat, courseBody({ title: 'Layanan informasi', indicatorCodes: ['layanan'] }));
    pelibatan = await publishedCourse(pusat, courseBody({ title: 'Pelibatan warga', indicatorCodes: ['pelibatan', 'peserta'] }));
    // A draft on advocacy is nobody's recommendation.
    await publishedCourse(pusat, courseBody({ title: 'Advokasi (draf)', indicatorCodes: ['advokasi'] }), false);
    // Puput meets every September target but advocacy: 4 engagements of 16 people, one service improvement.
    for (let i = 0; i < 4; i++) {
      await makeActivity(t.db, {
        partnerId: libraries.puput.id,
        reporterId: puputManagerId,
        status: 'submitted',
        date: '2024-09-10',
        participantsMale: 8,
        participantsFemale: 8,
      });
    }
    await makeActivity(t.db, {
      partnerId: libraries.puput.id,
      reporterId: puputManagerId,
      status: 'submitted',
      strategy: 'layanan_informasi',
      date: '2024-09-12',
    });
  });

  const rapor = async (agent: Agent, partnerId: number) => {
    const res = await agent.get(`/api/kpi/partners/${partnerId}?${september}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<RaporResponse>();
  };

  it('a library red on advocacy gets the advocacy course, for advocacy, pointing at its advocacy module', async () => {
    const r = await rapor(babel, libraries.puput.id);
    const below = r.result.indicators.filter((i) => i.ratio < 1).map((i) => i.code);
    expect(below).toEqual(['advokasi']);
    expect(r.recommendedCourses).toEqual([
      {
        id: advokasi.id,
        title: 'Advokasi untuk desa',
        indicatorCode: 'advokasi',
        module: { id: advokasi.modules[0]?.id, title: 'Modul 1: advokasi' },
      },
    ]);
  });

  it('a library below target everywhere gets every course, furthest indicator first, each once', async () => {
    const r = await rapor(babel, libraries.cendil.id);
    expect(r.recommendedCourses.map((c) => [c.title, c.indicatorCode])).toEqual([
      ['Pelibatan warga', 'pelibatan'],
      ['Advokasi untuk desa', 'advokasi'],
      ['Layanan informasi', 'layanan'],
    ]);
    expect(r.recommendedCourses.map((c) => c.id)).toEqual([pelibatan.id, advokasi.id, layanan.id]);
  });

  it('carries the library manager’s progress once started, for the manager and for staff, and prints it', async () => {
    const first = advokasi.modules[0];
    if (!first) throw new Error('fixture changed');
    const progress = (await puput.post(`/api/courses/${advokasi.id}/lessons/${first.lessons[0]?.id}/complete`, {})).json<LearnerProgress>();
    for (const agent of [puput, babel]) {
      const [recommended] = (await rapor(agent, libraries.puput.id)).recommendedCourses;
      expect(recommended?.progress).toEqual({ enrolledAt: progress.enrolledAt, percent: progress.percent, completedAt: null });
    }
    const pdf = await babel.get(`/api/kpi/partners/${libraries.puput.id}/rapor.pdf?${september}`);
    const text = pdfPages(pdf.rawPayload).join(' ');
    expect(text).toContain('Kursus Elis yang disarankan');
    expect(text).toContain(`Advokasi untuk desa (modul "Modul 1: advokasi") — untuk Kegiatan advokasi; sudah ${progress.percent}%`);
  });

  it('recommends nothing when every indicator meets its target', async () => {
    await makeActivity(t.db, {
      partnerId: libraries.puput.id,
      reporterId: puputManagerId,
      status: 'submitted',
      strategy: 'advokasi',
      date: '2024-09-15',
    });
    expect((await rapor(babel, libraries.puput.id)).recommendedCourses).toEqual([]);
  });
});
