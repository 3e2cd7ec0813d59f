import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthoredCourse } from '#domain/courses';
import type { Gathering } from '#domain/gatherings';
import { testApp, type Agent, type TestApp } from '#test/app';
import { castOf } from '#test/cast';
import { completeCourse, courseBody, publishedCourse } from '#test/courses';
import { errorOf, fieldsOf } from '#test/errors';
import { makeUser } from '#test/factories';
import { pdfLayoutLines, pdfPages } from '#test/pdf';

// A gathering's `elis` item introduces courses: which it may link, how an edit keeps them, what
// the gathering page and the pack show of them, and why a linked course cannot be deleted.

let t: TestApp;
let a: Record<'pusat' | 'babel' | 'puput' | 'cendil', Agent>;
const courses: Record<'advokasi' | 'layanan' | 'draft', AuthoredCourse> = {} as never;

const create = (agent: Agent, body: object) =>
  agent.post('/api/gatherings', { title: 'Gathering mitra TPBIS', date: '2024-09-28', mode: 'online', regionCode: '19', ...body });

async function created(agent: Agent, body: object): Promise<Gathering> {
  const res = await create(agent, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json<Gathering>();
}

const elisItem = (g: Gathering) => g.agenda.find((i) => i.kind === 'elis');

beforeAll(async () => {
  t = await testApp();
  const cast = await castOf(t, { staff: ['pusat', 'babel'], libraries: ['gambir'], managers: ['puput', 'cendil'] });
  a = cast.agents;
  courses.advokasi = await publishedCourse(a.pusat, courseBody({ title: 'Advokasi dana desa untuk perpustakaan' }));
  courses.layanan = await publishedCourse(a.pusat, courseBody({ title: 'Layanan internet warga', indicatorCodes: ['layanan'] }));
  courses.draft = await publishedCourse(a.pusat, courseBody({ title: 'Kursus yang masih draf' }), false);

  // Learners: Puput finished the advocacy course, Cendil enrolled in it, a Jakarta manager finished it too.
  await completeCourse(a.puput, courses.advokasi);
  expect((await a.cendil.post(`/api/courses/${courses.advokasi.id}/enrol`, {})).statusCode).toBe(200);
  const jakarta = await makeUser(t.db, { role: 'pengelola', partnerId: cast.partners.gambir.id });
  await completeCourse(await t.login(jakarta.username), courses.advokasi);
});
afterAll(() => t.close());

describe('an Elis agenda item', () => {
  it('introduces published courses, in the order chosen, each with its title', async () => {
    const g = await created(a.babel, {
      agenda: [{ kind: 'elis', title: 'Pengenalan aplikasi Elis', courseIds: [courses.layanan.id, courses.advokasi.id] }],
    });
    expect(elisItem(g)).toMatchObject({
      courseIds: [courses.layanan.id, courses.advokasi.id],
      courses: [
        { id: courses.layanan.id, title: 'Layanan internet warga', status: 'published' },
        { id: courses.advokasi.id, title: 'Advokasi dana desa untuk perpustakaan', status: 'published' },
      ],
    });
    // Everyone who may read the gathering sees the courses, a village manager included.
    const seen = (await a.puput.get(`/api/gatherings/${g.id}`)).json<Gathering>();
    expect(elisItem(seen)?.courses?.map((c) => c.title)).toEqual(['Layanan internet warga', 'Advokasi dana desa untuk perpustakaan']);
  });

  it('refuses an id of no course, and a draft to one who may not see it, naming the id', async () => {
    const unknown = await create(a.babel, { agenda: [{ kind: 'elis', title: 'Elis', courseIds: [courses.advokasi.id, 999_999] }] });
    expect([unknown.statusCode, fieldsOf(unknown)]).toEqual([400, ['agenda.0.courseIds.1']]);
    expect(errorOf(unknown).details?.[0]?.issue).toBe('unknown_course');
    const draft = await create(a.babel, {
      agenda: [
        { kind: 'lainnya', title: 'Pembukaan' },
        { kind: 'elis', title: 'Elis', courseIds: [courses.draft.id] },
      ],
    });
    expect([draft.statusCode, fieldsOf(draft)]).toEqual([400, ['agenda.1.courseIds.0']]);
    expect(errorOf(draft).details?.[0]?.issue).toBe('unknown_course');
    // The national office writes the courses: it may plan a gathering around one still in draft.
    const planned = await created(a.pusat, { agenda: [{ kind: 'elis', title: 'Elis', courseIds: [courses.draft.id] }] });
    expect(elisItem(planned)?.courses?.map((c) => [c.title, c.status])).toEqual([['Kursus yang masih draf', 'draft']]);
    const asBabel = (await a.babel.get(`/api/gatherings/${planned.id}`)).json<Gathering>();
    expect([elisItem(asBabel)?.courseIds, elisItem(asBabel)?.courses]).toEqual([[courses.draft.id], []]);
  });

  it('keeps its item id and courses through an edit, and changes them when told', async () => {
    const g = await created(a.babel, {
      agenda: [
        { kind: 'lainnya', title: 'Pembukaan' },
        { kind: 'elis', title: 'Elis', courseIds: [courses.advokasi.id] },
      ],
    });
    const item = elisItem(g);
    if (!item) throw new Error('no elis item');
    const moved = await a.babel.patch(`/api/gatherings/${g.id}`, {
      agenda: [
        { id: item.id, kind: 'elis', title: 'Pengenalan Elis', courseIds: [courses.advokasi.id] },
        { kind: 'lainnya', title: 'Penutup' },
      ],
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json<Gathering>().agenda[0]).toMatchObject({ id: item.id, position: 0, courseIds: [courses.advokasi.id] });

    const changed = await a.babel.patch(`/api/gatherings/${g.id}`, {
      agenda: [{ id: item.id, kind: 'elis', title: 'Pengenalan Elis', courseIds: [courses.layanan.id, courses.advokasi.id] }],
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const after = await a.babel.get(`/api/gatherings/${g.id}`);
    expect(elisItem(after.json<Gathering>())).toMatchObject({ id: item.id, courseIds: [courses.layanan.id, courses.advokasi.id] });
    const last = after.json<Gathering>().history.at(-1);
    expect(last?.kind).toBe('agenda_changed');
    expect((last?.changes?.agenda as { to: { courseIds?: number[] }[] }).to[0]?.courseIds).toEqual([
      courses.layanan.id,
      courses.advokasi.id,
    ]);
  });

  it('keeps a course it introduced when sent back after the course was unpublished', async () => {
    const course = await publishedCourse(a.pusat, courseBody({ title: 'Kursus yang akan ditarik' }));
    const g = await created(a.babel, { agenda: [{ kind: 'elis', title: 'Elis', courseIds: [course.id] }] });
    expect((await a.pusat.post(`/api/courses/${course.id}/unpublish`)).statusCode).toBe(200);
    const item = elisItem((await a.babel.get(`/api/gatherings/${g.id}`)).json<Gathering>());
    const resent = await a.babel.patch(`/api/gatherings/${g.id}`, {
      agenda: [{ id: item?.id, kind: 'elis', title: 'Elis', courseIds: item?.courseIds }],
    });
    expect(resent.statusCode, resent.body).toBe(200);
    expect(elisItem(resent.json<Gathering>())?.courseIds).toEqual([course.id]);
  });
});

describe('a course on a gathering’s agenda', () => {
  it('cannot be deleted while an agenda introduces it; once off the agenda it can', async () => {
    const course = await publishedCourse(a.pusat, courseBody({ title: 'Kursus tanpa peserta' }), false);
    const g = await created(a.pusat, { agenda: [{ kind: 'elis', title: 'Elis', courseIds: [course.id] }] });
    const refused = await a.pusat.delete(`/api/courses/${course.id}`);
    expect(refused.statusCode).toBe(409);
    expect(errorOf(refused).details?.[0]).toMatchObject({ field: 'gatherings', issue: 'on_agenda' });
    expect(elisItem((await a.pusat.get(`/api/gatherings/${g.id}`)).json<Gathering>())?.courseIds).toEqual([course.id]);

    const item = elisItem(g);
    const off = await a.pusat.patch(`/api/gatherings/${g.id}`, { agenda: [{ id: item?.id, kind: 'elis', title: 'Elis', courseIds: [] }] });
    expect(off.statusCode, off.body).toBe(200);
    expect((await a.pusat.delete(`/api/courses/${course.id}`)).statusCode).toBe(204);
    expect(elisItem((await a.pusat.get(`/api/gatherings/${g.id}`)).json<Gathering>())?.courseIds).toEqual([]);
  });
});

describe('the pack’s Elis section', () => {
  const packText = async (id: number) => {
    const res = await a.babel.get(`/api/gatherings/${id}/pack.pdf`);
    expect(res.statusCode, res.body).toBe(200);
    return { text: pdfPages(res.rawPayload).join(' '), lines: pdfLayoutLines(res.rawPayload) };
  };

  it('counts the region’s learners in the courses the gathering introduced: enrolled, finished, certified', async () => {
    const g = await created(a.babel, { agenda: [{ kind: 'elis', title: 'Elis', courseIds: [courses.advokasi.id] }] });
    const { text, lines } = await packText(g.id);
    expect(text).toContain(
      'Elis: e-learning inklusi sosial Kursus yang diperkenalkan pada gathering ini. Pembelajar di Kepulauan Bangka Belitung',
    );
    expect(lines).toContain('Kursus Terdaftar Selesai Sertifikat');
    // Puput finished and Cendil enrolled; the Jakarta manager stands outside the province.
    expect(lines).toContain('1. Advokasi dana desa untuk perpustakaan 2 1 1');
    expect(text).not.toContain('Layanan internet warga');
  });

  it('reports every published course when the agenda introduces none', async () => {
    const g = await created(a.babel, { agenda: [{ kind: 'lainnya', title: 'Pembukaan' }] });
    const { text, lines } = await packText(g.id);
    expect(text).toContain('Semua kursus Elis yang terbit.');
    expect(lines).toContain('1. Advokasi dana desa untuk perpustakaan 2 1 1');
    expect(lines).toContain('2. Layanan internet warga 0 0 0');
    expect(text).not.toContain('Kursus yang masih draf');
  });
});
