import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { championVillageCodes, demoReportRange } from '#demo/figures';
import type { CertificateCheck, CourseList, CourseProgressReport } from '#domain/course-learning';
import type { DashboardResponse, DataExtentResponse } from '#domain/dashboard';
import { testApp, type Agent, type TestApp } from '#test/app';
import { checkRollups } from '#server/features/rollups/check';
import { demoPassword } from './logins';
import { seedDemo } from './seed';

let t: TestApp;
let babel: Agent;
const range = `from=${demoReportRange.from}&to=${demoReportRange.to}`;

beforeAll(async () => {
  t = await testApp();
  await seedDemo(t.db, new Date('2024-09-28T12:00:00Z'));
  babel = await t.login('babel', demoPassword);
}, 600_000);
afterAll(() => t.close());

describe('the demo province reproduces the source document', () => {
  it('shows 265 partners, 153 supported and 112 replication', async () => {
    const d = (await babel.get(`/api/dashboard?region=19&${range}`)).json<DashboardResponse>();
    expect(d.partners.total).toBe(265);
    expect((d.partners.byScheme.full_support ?? 0) + (d.partners.byScheme.buku_bermutu ?? 0)).toBe(153);
  });

  it('counts 8,746 community engagement, 4,425 advocacy and 195 information service activities for January – 25 September 2024', async () => {
    const d = (await babel.get(`/api/dashboard?region=19&${range}`)).json<DashboardResponse>();
    expect(d.activities).toMatchObject({ pelibatan_masyarakat: 8746, advokasi: 4425, layanan_informasi: 195 });
  });

  it('opens screens on that period: the data runs to the demo’s 28 September, its figures are for January – 25 September', async () => {
    const extent = (await babel.get('/api/dashboard/extent')).json<DataExtentResponse>();
    expect(extent).toEqual({ firstDate: '2024-01-01', lastDate: '2024-09-28', demoPeriod: demoReportRange });
  });

  it('has exactly the twelve named village libraries green at 100', async () => {
    const d = (await babel.get(`/api/dashboard?region=19&${range}`)).json<DashboardResponse>();
    expect(d.champions.map((c) => c.regionCode).sort()).toEqual([...championVillageCodes].sort());
    expect(d.champions.every((c) => c.score === 100 && c.name.startsWith('Perpusdes'))).toBe(true);
    const list = (await babel.get(`/api/kpi/partners?region=19&${range}`)).json<{ items: { score: number; color: string }[] }>();
    expect(list.items.filter((i) => i.score === 100)).toHaveLength(12);
    expect(list.items.filter((i) => i.score === 100).every((i) => i.color === 'hijau')).toBe(true);
  });

  it('ten of the champions are in Bangka Barat, found by drilling down', async () => {
    const children = (await babel.get(`/api/dashboard/children?region=19&${range}`)).json<{
      items: { code: string; name: string; partners: number }[];
    }>();
    expect(children.items.map((c) => c.code)).toEqual(['19.01', '19.02', '19.03', '19.04', '19.05', '19.06', '19.71']);
    expect(children.items.reduce((sum, c) => sum + c.partners, 0)).toBe(264);
    const bangkaBarat = (await babel.get(`/api/dashboard?region=19.05&${range}`)).json<DashboardResponse>();
    expect(bangkaBarat.champions).toHaveLength(10);
  });

  it('records the gathering of 28 September 2024 with 82 managers', async () => {
    const list = (await babel.get('/api/gatherings')).json<{ items: { id: number; date: string; attendees: number }[] }>();
    expect(list.items.find((g) => g.date === '2024-09-28')?.attendees).toBe(82);
  });

  it('built its rollups exactly as the activities say', async () => {
    expect(await checkRollups(t.db)).toEqual([]);
  });
});

describe('the demo’s Elis course and its learners', () => {
  it('ships the course written for this project, published: 6 modules, 19 lessons, a quiz per module', async () => {
    const puput = await t.login('puput', demoPassword);
    const list = (await puput.get('/api/courses')).json<CourseList>();
    const course = list.items.find((c) => c.title === 'Dasar-dasar Perpustakaan Berbasis Inklusi Sosial');
    expect(course).toMatchObject({ status: 'published', moduleCount: 6, lessonCount: 19, quizCount: 6 });
    expect(course?.indicatorCodes).toEqual(['pelibatan', 'peserta', 'advokasi', 'layanan', 'keteraturan']);
    // Puput has finished it: a certificate anyone can check.
    expect(course?.progress).toMatchObject({ percent: 100 });
    const code = course?.progress?.certificateCode ?? '';
    const check = (await t.anonymous().get(`/api/certificates/${code}`)).json<CertificateCheck>();
    expect(check).toMatchObject({ name: 'Pengelola Perpusdes Puput', library: 'Perpusdes Puput' });
    expect(check.issuedOn >= '2024-09-28').toBe(true);
  });

  it('gives a subset of the gathering’s managers realistic progress: some enrolled, some halfway after a failed quiz, some certified', async () => {
    const courseId = (await babel.get('/api/courses')).json<CourseList>().items[0]?.id;
    const report = (await babel.get(`/api/courses/${courseId}/progress?pageSize=500`)).json<CourseProgressReport>();
    expect(report.totals).toEqual({ enrolled: 36, completed: 10, inProgress: 26 });
    const halfway = report.learners.filter((l) => l.completedAt === null && l.lessonsDone > 0);
    expect(halfway).toHaveLength(14);
    expect(halfway.filter((l) => l.quizzes.some((q) => !q.passed)).length).toBeGreaterThanOrEqual(7);
    expect(report.learners.filter((l) => l.lessonsDone === 0)).toHaveLength(12);
    expect(report.learners.filter((l) => l.certificateIssuedOn !== null)).toHaveLength(10);
    const cendil = report.learners.find((l) => l.username === 'cendil');
    expect(cendil?.completedAt).toBeNull();
    expect(cendil?.quizzes.some((q) => !q.passed)).toBe(true);
    expect(report.regions.reduce((n, r) => n + r.enrolled, 0)).toBe(36);
  });
});
