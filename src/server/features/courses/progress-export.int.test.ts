import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CourseProgressReport } from '#domain/course-learning';
import type { AuthoredCourse } from '#domain/courses';
import { testApp, type Agent, type TestApp } from '#test/app';
import { castOf } from '#test/cast';
import { answersFor, completeCourse, courseBody, publishedCourse } from '#test/courses';
import { fieldsOf } from '#test/errors';
import { column, csvOf, rowWhere, rowsOf, sheetOf } from '#test/sheets';

let t: TestApp;
let pusat: Agent;
let babel: Agent;
let yulianti: Agent;
let puput: Agent;
let course: AuthoredCourse;

beforeAll(async () => {
  t = await testApp();
  const cast = await castOf(t, { staff: ['pusat', 'babel', 'yulianti'], managers: ['puput', 'cendil'] });
  ({ pusat, babel, yulianti, puput } = cast.agents);
  course = await publishedCourse(pusat, courseBody({ title: 'Kursus untuk dipantau' }));
  await completeCourse(puput, course);
  const first = course.modules[0];
  if (!first) throw new Error('fixture changed');
  await cast.agents.cendil.post(`/api/courses/${course.id}/lessons/${first.lessons[0]?.id}/complete`, {});
  await cast.agents.cendil.post(`/api/courses/${course.id}/modules/${first.id}/quiz`, { answers: answersFor(first, 'none') });
  await babel.post(`/api/courses/${course.id}/enrol`, {});
});
afterAll(() => t.close());

const reportOf = async (agent: Agent, query = '') =>
  (await agent.get(`/api/courses/${course.id}/progress${query}`)).json<CourseProgressReport>();

describe('course progress export', () => {
  it("has every learner of the progress report, with the library, numbers, percentage and the certificate's day", async () => {
    const report = await reportOf(babel, '?pageSize=1');
    const res = await babel.get(`/api/courses/${course.id}/progress/export?format=xlsx`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toMatch(
      new RegExp(`^attachment; filename="kemajuan-elis-${course.id}-19-\\d{4}-\\d{2}-\\d{2}\\.xlsx"$`),
    );
    const sheet = await sheetOf(res);
    expect(rowsOf(sheet)).toHaveLength(report.total);
    expect(report.total).toBe(3);
    const puputRow = rowWhere(sheet, 'Mitra', 'Perpusdes Puput');
    expect(puputRow).toMatchObject({
      Peran: 'Pengelola perpustakaan',
      'Pelajaran selesai': 4,
      'Kuis lulus': 2,
      'Percobaan kuis': 2,
      'Kemajuan (%)': 100,
    });
    expect(puputRow['Kabupaten/kota']).toBe('Kabupaten Bangka Barat');
    expect((puputRow['Sertifikat terbit'] as Date).toISOString()).toBe('2024-09-28T00:00:00.000Z');
    expect(puputRow['Terdaftar (WIB)']).toBeInstanceOf(Date);
    const cendilRow = rowWhere(sheet, 'Mitra', 'Perpusdes Cendil');
    expect(cendilRow).toMatchObject({ 'Pelajaran selesai': 1, 'Kuis lulus': 0 });
    expect(cendilRow['Selesai (WIB)']).toBeUndefined();
    // The provincial admin learns too: a learner without a library stands in its own region.
    expect(rowWhere(sheet, 'Nama pengguna', 'babel')).toMatchObject({
      Peran: 'Admin Provinsi',
      'Kode wilayah': '19',
      Provinsi: 'Kepulauan Bangka Belitung',
    });
  });

  it('keeps to the region asked for and to the scope', async () => {
    const regency = csvOf(await babel.get(`/api/courses/${course.id}/progress/export?format=csv&region=19.06`)).slice(1);
    expect(regency).toHaveLength((await reportOf(babel, '?region=19.06')).total);
    expect(regency.map((r) => r[4])).toEqual(['Perpusdes Cendil']);
    const own = await yulianti.get(`/api/courses/${course.id}/progress/export?format=xlsx`);
    expect(column(await sheetOf(own), 'Mitra')).toEqual(['Perpusdes Puput']);
    expect((await yulianti.get(`/api/courses/${course.id}/progress/export?format=csv&region=19.06`)).statusCode).toBe(403);
    expect((await puput.get(`/api/courses/${course.id}/progress/export?format=csv`)).statusCode).toBe(403);
    expect((await babel.get('/api/courses/999999/progress/export?format=csv')).statusCode).toBe(404);
    expect(fieldsOf(await babel.get(`/api/courses/${course.id}/progress/export?format=ods`))).toEqual(['format']);
  });
});
