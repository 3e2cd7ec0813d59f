import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { championVillageCodes, demoReportRange } from '#demo/figures';
import type { CompletenessResponse } from '#domain/completeness';
import type { CertificateCheck, CourseList, CourseProgressReport } from '#domain/course-learning';
import type { DashboardResponse, DataExtentResponse } from '#domain/dashboard';
import type { Practice, PracticeList } from '#domain/practices';
import type { Problem, ProblemList, ProblemRegionSummary } from '#domain/problems';
import { testApp, type Agent, type TestApp } from '#test/app';
import { checkRollups } from '#server/features/rollups/check';
import { demoPassword } from './logins';
import { seedDemo, type DemoSummary } from './seed';

let t: TestApp;
let babel: Agent;
let seeded: DemoSummary;
const range = `from=${demoReportRange.from}&to=${demoReportRange.to}`;

beforeAll(async () => {
  t = await testApp();
  seeded = await seedDemo(t.db, new Date('2024-09-28T12:00:00Z'), t.app.config.uploadDir);
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

const gatheringOf28September = async (agent: Agent) =>
  (await agent.get('/api/gatherings')).json<{ items: { id: number; date: string }[] }>().items.find((g) => g.date === '2024-09-28');

// ---- completeness ----
describe('the demo province’s reporting completeness', () => {
  it('has 244 of its 265 libraries reporting in September 2024, Bangka Barat 63 of 64 with Simpang Yul silent since 31 August', async () => {
    const september = (await babel.get('/api/completeness?month=2024-09')).json<CompletenessResponse>();
    expect(september).toMatchObject({ partners: 265, reported: 244, onTime: 244, silentTotal: 21 });
    expect(september.silent.slice(0, 2).map((p) => [p.name, p.lastReportDate])).toEqual([
      ['Perpusdes Lampur', '2024-04-25'],
      ['Perpusdes Bintet', '2024-05-14'],
    ]);
    const bangkaBarat = (await babel.get('/api/completeness?region=19.05&month=2024-09')).json<CompletenessResponse>();
    expect(bangkaBarat).toMatchObject({ partners: 64, reported: 63 });
    expect(bangkaBarat.silent).toEqual([expect.objectContaining({ name: 'Perpusdes Simpang Yul', lastReportDate: '2024-08-31' })]);
  });
});
// ---- end completeness ----

describe('the demo province shows the programme’s learning loop', () => {
  it('the gathering worked on the problems of Perpusdes Cendil, Belo Laut and Tanjung Labu, now taken up with their threads and actions', async () => {
    const karolina = await t.login('karolina', demoPassword);
    const gathering = await gatheringOf28September(karolina);
    const list = (await karolina.get('/api/problems?region=19')).json<ProblemList>();
    const named = [
      ['Perpusdes Cendil', '19.06.04.2003'],
      ['Perpusdes Belo Laut', '19.05.01.2006'],
      ['Perpusdes Tanjung Labu', '19.03.02.2001'],
    ];
    for (const [name, regionCode] of named) {
      const summary = list.items.find((p) => p.partnerName === name && p.regionCode === regionCode);
      expect(summary, name).toBeDefined();
      const problem = (await karolina.get(`/api/problems/${summary?.id}`)).json<Problem>();
      expect(problem.status).toBe('ditangani');
      expect(problem.gatheringIds).toEqual([gathering?.id]);
      const voices = new Set(problem.comments.filter((c) => c.kind === 'commented').map((c) => c.actor.username));
      expect(voices.has('karolina') && (voices.has('runi') || voices.has('yulianti')) && voices.size >= 3, name).toBe(true);
      expect(problem.comments.some((c) => c.kind === 'handled' && /gathering/i.test(c.comment ?? ''))).toBe(true);
      expect(problem.actions.length).toBeGreaterThanOrEqual(3);
      expect(problem.actions.some((a) => a.done)).toBe(true);
      expect(problem.actions.some((a) => !a.done && a.dueDate > '2024-09-28')).toBe(true);
      expect(problem.history.map((h) => h.kind)).toContain('gathering_linked');
    }
  });

  it('its agenda has the four parts of the source document, linked to the KPI period, the featured stories, the three problems and the course', async () => {
    const id = (await gatheringOf28September(babel))?.id;
    const gathering = (await babel.get(`/api/gatherings/${id}`)).json<{
      agenda: {
        kind: string;
        region?: string;
        from?: string;
        to?: string;
        practiceIds?: number[];
        problemIds?: number[];
        courses?: { id: number; title: string }[];
      }[];
    }>();
    expect(gathering.agenda.map((item) => item.kind)).toEqual(['capaian_kpi', 'praktik_baik', 'pemecahan_masalah', 'elis']);
    expect(gathering.agenda[0]).toMatchObject({ region: '19', from: '2024-01-01', to: '2024-09-25' });
    const featured = (await babel.get('/api/practices?featured=true')).json<PracticeList>().items.map((p) => p.id);
    expect([...(gathering.agenda[1]?.practiceIds ?? [])].sort()).toEqual([...featured].sort());
    const named = ['Perpusdes Cendil', 'Perpusdes Belo Laut', 'Perpusdes Tanjung Labu'];
    const problems = await Promise.all(
      (gathering.agenda[2]?.problemIds ?? []).map(async (pid) => (await babel.get(`/api/problems/${pid}`)).json<Problem>()),
    );
    expect(problems.map((p) => p.partnerName).sort()).toEqual([...named].sort());
    const course = (await babel.get('/api/courses')).json<CourseList>().items.find((c) => c.title.startsWith('Dasar-dasar'));
    expect(gathering.agenda[3]?.courses).toEqual([
      { id: course?.id, title: 'Dasar-dasar Perpustakaan Berbasis Inklusi Sosial', status: 'published' },
    ]);
  });

  it('lists and counts other problems of the province: one solved with its resolution, one with an overdue action', async () => {
    const all = (await babel.get('/api/problems?region=19')).json<ProblemList>();
    expect(all.total).toBe(seeded.problems);
    const solved = (await babel.get('/api/problems?region=19&status=selesai')).json<ProblemList>();
    expect(solved.total).toBe(1);
    expect((await babel.get(`/api/problems/${solved.items[0]?.id}`)).json<Problem>().resolution?.length).toBeGreaterThan(40);
    const overdue = (await babel.get('/api/problems?region=19&overdue=true')).json<ProblemList>();
    expect(overdue.items.map((p) => p.overdueActions)).toEqual([1]);
    const counts = (await babel.get('/api/problems/summary?region=19')).json<ProblemRegionSummary>();
    expect(counts).toMatchObject({ open: seeded.problems - 1, overdueActions: 1 });
  });

  it('publishes seven stories of champions with photos the demo drew, four of them featured, and leaves reviewers stories to review', async () => {
    const puput = await t.login('puput', demoPassword);
    const published = (await puput.get('/api/practices?status=published')).json<PracticeList>();
    expect(published.total).toBe(7);
    expect(published.items.every((s) => (championVillageCodes as readonly string[]).includes(s.regionCode) && s.photoCount >= 1)).toBe(
      true,
    );
    expect((await puput.get('/api/practices?featured=true')).json<PracticeList>().total).toBe(4);

    let photos = 0;
    for (const item of published.items) {
      const story = (await puput.get(`/api/practices/${item.id}`)).json<Practice>();
      expect(story.activities.length, story.title).toBeGreaterThanOrEqual(1);
      expect(story.activities.every((a) => a.status === 'verified')).toBe(true);
      expect(story.testimony).not.toBeNull();
      for (const photo of story.photos) {
        const served = await puput.get(photo.url);
        expect(served.headers['content-type']).toBe('image/jpeg');
        expect(served.rawPayload.length).toBeLessThan(150_000);
        expect(await sharp(served.rawPayload).metadata()).toMatchObject({ width: 800, height: 600 });
        photos += 1;
      }
    }
    expect(photos).toBeGreaterThanOrEqual(published.total);
    // Every story's photos, full size and thumbnail, are files in the upload directory.
    expect(readdirSync(join(t.app.config.uploadDir, 'photos')).length).toBeGreaterThanOrEqual(photos * 2);

    const yulianti = await t.login('yulianti', demoPassword);
    expect((await yulianti.get('/api/practices?status=submitted')).json<PracticeList>().total).toBe(2);
    const returned = (await yulianti.get('/api/practices?status=returned')).json<PracticeList>();
    expect(returned.total).toBe(1);
    expect(returned.items[0]?.returnComment).toContain('kutipan');
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
