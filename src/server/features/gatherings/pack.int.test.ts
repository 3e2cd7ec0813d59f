import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCountedActivities, demoReportRange } from '#demo/figures';
import type { DashboardResponse } from '#domain/dashboard';
import { formatScore } from '#domain/kpi/score';
import type { Actor } from '#domain/permissions';
import { testApp, type Agent, type TestApp } from '#test/app';
import { fieldsOf } from '#test/errors';
import { makePractice, makeUser } from '#test/factories';
import { multipartFile } from '#test/multipart';
import { pdfImagesPerPage, pdfLayoutLines, pdfPages } from '#test/pdf';
import { demoPassword } from '#server/features/demo/logins';
import { seedDemo } from '#server/features/demo/seed';
import { publishPractice, submitPractice } from '#server/features/practices/review';
import { addProblemAction, updateProblemActionOf } from '#server/features/problems/actions';
import { raiseProblem } from '#server/features/problems/service';
import { changeProblemStatus } from '#server/features/problems/status';
import { buildGatheringPack } from './pack';
import { packPdf } from './pack-pdf';
import { gatheringForActor } from './queries';

// The gathering pack of the demo province, read back from the PDF with poppler as a reader sees it.

let t: TestApp;
let babel: Agent;
let puput: Agent;
let babelActor: Actor;
let gatheringId: number;
const ids = { sewing: 0, internet: 0, draft: 0, cendil: 0, beloLaut: 0 };
const range = `from=${demoReportRange.from}&to=${demoReportRange.to}`;
const now = new Date('2024-09-28T08:00:00Z');

const photo = () =>
  sharp({ create: { width: 1200, height: 800, channels: 3, background: '#aa5533' } })
    .jpeg()
    .toBuffer();

interface Me {
  user: { id: number; role: 'admin_provinsi' | 'pengelola'; regionCode?: string; partnerId?: number };
}
const meOf = async (agent: Agent) => (await agent.get('/api/auth/me')).json<Me>().user;
const managerActor = (me: Me['user']): Actor => ({ id: me.id, role: 'pengelola', partnerId: me.partnerId ?? -1 });

async function partnerNamed(name: string): Promise<number> {
  const res = await babel.get(`/api/partners?region=19&q=${encodeURIComponent(name)}`);
  const found = res.json<{ items: { id: number; name: string }[] }>().items.find((p) => p.name === name);
  if (!found) throw new Error(`no partner ${name}`);
  return found.id;
}

beforeAll(async () => {
  t = await testApp();
  await seedDemo(t.db, new Date('2024-09-28T12:00:00Z'), t.app.config.uploadDir);
  babel = await t.login('babel', demoPassword);
  puput = await t.login('puput', demoPassword);
  const cendil = await t.login('cendil', demoPassword);
  const babelMe = await meOf(babel);
  babelActor = { id: babelMe.id, role: 'admin_provinsi', regionCode: '19' };
  const list = (await babel.get('/api/gatherings')).json<{ items: { id: number; date: string }[] }>();
  gatheringId = list.items.find((g) => g.date === '2024-09-28')?.id ?? 0;

  // Two published stories of champions, one with a photo, and a draft that must stay unprinted.
  const puputMe = await meOf(puput);
  const cendilMe = await meOf(cendil);
  const sewing = await makePractice(t.db, {
    partnerId: puputMe.partnerId ?? -1,
    authorId: puputMe.id,
    title: 'Kelas menjahit ibu-ibu Puput',
    summary: 'Dua puluh ibu rumah tangga belajar menjahit di perpustakaan desa dan kini menerima pesanan seragam sekolah.',
    strategy: 'pelibatan_masyarakat',
  });
  const upload = await puput.request({
    method: 'POST',
    url: `/api/practices/${sewing.id}/photos`,
    ...multipartFile(await photo(), { field: 'file' }),
  });
  expect(upload.statusCode, upload.body).toBe(201);
  await submitPractice(t.db, managerActor(puputMe), sewing.id, now);
  await publishPractice(t.db, babelActor, sewing.id, now);
  ids.sewing = sewing.id;
  const internet = await makePractice(t.db, {
    partnerId: cendilMe.partnerId ?? -1,
    authorId: cendilMe.id,
    title: 'Internet gratis di Cendil',
    summary: 'Warga Cendil mengurus layanan daring di perpustakaan tanpa harus ke kota kecamatan.',
  });
  await submitPractice(t.db, managerActor(cendilMe), internet.id, now);
  await publishPractice(t.db, babelActor, internet.id, now);
  ids.internet = internet.id;
  ids.draft = (await makePractice(t.db, { partnerId: cendilMe.partnerId ?? -1, authorId: cendilMe.id, title: 'Draf rahasia Cendil' })).id;

  // Two problems the gathering worked on: one being handled with its actions, one solved.
  ids.cendil = await raiseProblem(
    t.db,
    babelActor,
    {
      partnerId: cendilMe.partnerId ?? -1,
      title: 'Koneksi internet perpustakaan sering terputus',
      category: 'sarana_tik',
      description: 'Sinyal di ruang baca hilang setiap sore sehingga layanan internet warga terhenti.',
    },
    now,
  );
  await changeProblemStatus(t.db, babelActor, ids.cendil, { status: 'ditangani' }, now);
  const done = await addProblemAction(
    t.db,
    babelActor,
    ids.cendil,
    { what: 'Mengajukan penguatan sinyal ke Diskominfo', owner: 'Kepala Desa Cendil', dueDate: '2024-09-20' },
    now,
  );
  await updateProblemActionOf(t.db, babelActor, ids.cendil, done.id, { done: true }, now);
  await addProblemAction(
    t.db,
    babelActor,
    ids.cendil,
    { what: 'Memasang router cadangan', owner: 'Pengelola Perpusdes Cendil', dueDate: '2024-09-25' },
    now,
  );
  ids.beloLaut = await raiseProblem(
    t.db,
    babelActor,
    {
      partnerId: await partnerNamed('Perpusdes Belo Laut'),
      title: 'Anggaran desa untuk perpustakaan belum dialokasikan',
      category: 'anggaran',
      description: 'Perpustakaan belum masuk rencana kerja pemerintah desa tahun depan.',
    },
    now,
  );
  await changeProblemStatus(
    t.db,
    babelActor,
    ids.beloLaut,
    { status: 'selesai', resolution: 'Musyawarah desa menyetujui dana operasional perpustakaan dalam APBDes 2025.' },
    now,
  );
  // The agenda, as the provincial admin edits it: only these two problems (the demo's own items are replaced).
  const edited = await babel.patch(`/api/gatherings/${gatheringId}`, {
    agenda: [{ kind: 'pemecahan_masalah', title: 'Pemecahan masalah', problemIds: [ids.cendil, ids.beloLaut] }],
  });
  expect(edited.statusCode, edited.body).toBe(200);
}, 900_000);
afterAll(() => t.close());

const download = async (agent: Agent, query = range) => {
  const res = await agent.get(`/api/gatherings/${gatheringId}/pack.pdf?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toBe('application/pdf');
  return { pdf: res.rawPayload, text: pdfPages(res.rawPayload).join(' '), disposition: res.headers['content-disposition'] };
};

describe('the gathering pack of 28 September 2024', () => {
  it('presents the gathering on its cover: title, day, mode, region, trainers, consultant and the 82 who attended', async () => {
    const { text, disposition } = await download(babel);
    expect(disposition).toBe('attachment; filename="bahan-gathering-19-2024-09-28.pdf"');
    expect(text).toContain('Bahan Gathering Webinar Gathering Program TPBIS Kepulauan Bangka Belitung');
    // pdftotext reads the cover's two columns one after the other: the labels, then their values.
    expect(text).toContain(
      'Hari, tanggal Pelaksanaan Wilayah Pelatih Ahli Konsultan Pendamping Kehadiran Periode data ' +
        'Sabtu, 28 September 2024 Daring (online) Kepulauan Bangka Belitung (19) Runi Alcitra Amalia, Yulianti Karolina ' +
        '82 pengelola mitra 1 Januari 2024 s.d. 25 September 2024',
    );
  });

  it('shows 8.746 / 4.425 / 195 counted activities per strategy, the participants and the 265 partners by scheme, as the dashboard counts them', async () => {
    const { text } = await download(babel);
    const d = (await babel.get(`/api/dashboard?region=19&${range}`)).json<DashboardResponse>();
    // The three cards side by side: their figures first, then their labels, in the same order.
    expect(text).toContain(
      '8.746 4.425 195 kegiatan pelibatan masyarakat kegiatan advokasi untuk sinergi, kolaborasi dan dukungan kegiatan peningkatan layanan informasi',
    );
    const total = demoCountedActivities.pelibatan_masyarakat + demoCountedActivities.advokasi + demoCountedActivities.layanan_informasi;
    expect(text).toContain(`Jumlah: ${total.toLocaleString('id-ID')} kegiatan.`);
    const p = d.participants;
    expect(text).toContain(
      `Peserta kegiatan: ${p.total.toLocaleString('id-ID')} orang (laki-laki ${p.male.toLocaleString('id-ID')}, perempuan ${p.female.toLocaleString('id-ID')}).`,
    );
    expect(text).toContain('265 mitra aktif di Kepulauan Bangka Belitung');
    const supported = (d.partners.byScheme.full_support ?? 0) + (d.partners.byScheme.buku_bermutu ?? 0);
    expect(supported).toBe(153);
    const s = d.partners.byScheme;
    const counts = [s.full_support, s.buku_bermutu, s.replikasi_provinsi, s.replikasi_kabkota, s.replikasi_desa].map((n) => n ?? 0);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(265);
    expect(text).toContain(
      `Dukungan penuh Bantuan buku bermutu Replikasi mandiri provinsi Replikasi mandiri kabupaten/kota Replikasi mandiri desa ${counts.join(' ')} Jumlah 265`,
    );
    expect(text).toContain('153 mitra dukungan penuh dan bantuan buku bermutu 112 mitra replikasi mandiri');
  });

  it('shows the colours of every regency/city, adding up to the province', async () => {
    const { text, pdf } = await download(babel);
    const lines = pdfLayoutLines(pdf);
    const d = (await babel.get(`/api/dashboard?region=19&${range}`)).json<DashboardResponse>();
    const children = (await babel.get(`/api/dashboard/children?region=19&${range}`)).json<{
      items: { name: string; partners: number; averageScore: number | null; kpi: Record<'hijau' | 'kuning' | 'merah', number> }[];
    }>();
    expect(text).toContain(
      'Skor dan warna KPI per kabupaten/kota Hijau: skor 80 ke atas · kuning: 50 sampai di bawah 80 · merah: di bawah 50.',
    );
    expect(lines).toContain('Kabupaten/kota Mitra Hijau Kuning Merah Rata-rata skor Sebaran');
    for (const c of children.items) {
      const average = formatScore(c.averageScore ?? 0, 'id-ID');
      expect(lines).toContain(`${c.name} ${c.partners} ${c.kpi.hijau} ${c.kpi.kuning} ${c.kpi.merah} ${average}`);
    }
    expect(lines).toContain(`Kepulauan Bangka Belitung 265 ${d.kpi.hijau} ${d.kpi.kuning} ${d.kpi.merah}`);
    expect(text).toContain('Baris jumlah termasuk 1 mitra di tingkat Kepulauan Bangka Belitung sendiri.');
  });

  it('names the twelve champions with their score of 100', async () => {
    const { text } = await download(babel);
    const d = (await babel.get(`/api/dashboard?region=19&${range}`)).json<DashboardResponse>();
    expect(d.champions).toHaveLength(12);
    expect(text).toContain('12 mitra mencapai semua target KPI');
    d.champions.forEach((c, i) => expect(text).toMatch(new RegExp(`${i + 1}\\. ${c.name} (Kabupaten|Kota) [A-Za-z ]+ 100`)));
    for (const village of [
      'Cendil',
      'Sempan',
      'Air Belo',
      'Belo Laut',
      'Teluk Limau',
      'Rambat',
      'Bukit Terak',
      'Ranggi Asam',
      'Ketap',
      'Benteng Kota',
      'Sekar Biru',
      'Puput',
    ]) {
      expect(text).toMatch(new RegExp(`\\d+\\. Perpusdes ${village} (Kabupaten|Kota) [A-Za-z ]+ 100`));
    }
    expect(text).toContain('Perpusdes Cendil Kabupaten Belitung Timur 100');
  });

  it('lists the problems the gathering worked on, with library, status and actions', async () => {
    const { text } = await download(babel);
    expect(text).toContain('Pemecahan masalah');
    expect(text).toContain('1. Koneksi internet perpustakaan sering terputus');
    expect(text).toMatch(/Perpusdes Cendil · Cendil, [A-Za-z ]+, Kabupaten Belitung Timur, Kepulauan Bangka Belitung/);
    expect(text).toContain('Kategori: Sarana TIK · Status: Ditangani');
    expect(text).toContain('Mengajukan penguatan sinyal ke Diskominfo — Kepala Desa Cendil, tenggat 20 September 2024 · selesai');
    expect(text).toContain('Memasang router cadangan — Pengelola Perpusdes Cendil, tenggat 25 September 2024 · terlambat');
    expect(text).toContain('2. Anggaran desa untuk perpustakaan belum dialokasikan');
    expect(text).toContain('Kategori: Anggaran · Status: Selesai');
    expect(text).toContain('Penyelesaian: Musyawarah desa menyetujui dana operasional perpustakaan dalam APBDes 2025.');
  });

  it('reports the province’s learners in the demo course: 36 enrolled, 10 finished with a certificate', async () => {
    const { text, pdf } = await download(babel);
    // The agenda was replaced by one without an Elis item: the pack reports every published course.
    expect(text).toContain('Elis: e-learning inklusi sosial Semua kursus Elis yang terbit. Pembelajar di Kepulauan Bangka Belitung');
    const lines = pdfLayoutLines(pdf);
    expect(lines).toContain('Kursus Terdaftar Selesai Sertifikat');
    expect(lines).toContain('1. Dasar-dasar Perpustakaan Berbasis Inklusi Sosial 36 10 10');
  });

  it('covers the gathering’s year up to the day before it when no period is asked for', async () => {
    const { text } = await download(babel, '');
    expect(text).toContain('82 pengelola mitra 1 Januari 2024 s.d. 27 September 2024');
  });

  it('shows the stories on the agenda with title, library, summary and one photo; never a draft', async () => {
    const gathering = await gatheringForActor(t.db, babelActor, gatheringId, now);
    const pack = await buildGatheringPack(t.db, {
      actor: babelActor,
      gathering,
      period: demoReportRange,
      links: { practiceIds: [ids.sewing, ids.internet, ids.draft], problemIds: [ids.cendil], courseIds: [] },
      uploadDir: t.app.config.uploadDir,
      now,
    });
    expect(pack.stories.map((s) => s.id)).toEqual([ids.sewing, ids.internet]);
    const pdf = await packPdf(pack, '2024-09-28');
    const pages = pdfPages(pdf);
    const text = pages.join(' ');
    expect(text).toContain('Praktik baik yang dibagikan 2 kisah mitra pada agenda gathering ini.');
    expect(text).toMatch(/1\. Kelas menjahit ibu-ibu Puput Perpusdes Puput Puput, [A-Za-z ]+, Kabupaten Bangka Barat/);
    expect(text).toContain('Dua puluh ibu rumah tangga belajar menjahit di perpustakaan desa dan kini menerima pesanan seragam sekolah.');
    expect(text).toMatch(/2\. Internet gratis di Cendil Perpusdes Cendil Cendil, /);
    expect(text).not.toContain('Draf rahasia');
    expect(text).toContain('Koneksi internet perpustakaan sering terputus');
    // The one photo, on the page where its story is.
    const images = pdfImagesPerPage(pdf, pages.length);
    expect(images.reduce((a, b) => a + b, 0)).toBe(1);
    expect(pages[images.findIndex((n) => n === 1)]).toContain('Kelas menjahit ibu-ibu Puput');
  });

  it('leaves out the problems its reader may not see: a village manager sees only its own library’s', async () => {
    const { text } = await download(puput);
    expect(text).toContain('8.746 4.425 195 kegiatan pelibatan masyarakat');
    expect(text).not.toContain('Koneksi internet perpustakaan sering terputus');
    expect(text).not.toContain('Pemecahan masalah');
  });

  it('refuses a bad period, naming the field', async () => {
    const url = (q: string) => `/api/gatherings/${gatheringId}/pack.pdf?${q}`;
    const cases: [string, string[]][] = [
      ['from=2024-13-01', ['from']],
      ['to=2024-02-30', ['to']],
      ['from=2024-09-25&to=2024-01-01', ['to']],
      ['from=2024-10-01', ['from']],
      ['to=2023-12-31', ['to']],
      ['from=1999-01-01', ['from']],
      ['period=2024', ['period']],
    ];
    for (const [query, fields] of cases) {
      const res = await babel.get(url(query));
      expect(res.statusCode, query).toBe(400);
      expect([...new Set(fieldsOf(res))], query).toEqual(fields);
    }
  });

  it('is not found outside the gathering’s region, nor for a gathering that does not exist', async () => {
    const jakarta = await makeUser(t.db, { role: 'admin_provinsi', regionCode: '31' });
    const outsider = await t.login(jakarta.username);
    expect((await outsider.get(`/api/gatherings/${gatheringId}/pack.pdf?${range}`)).statusCode).toBe(404);
    expect((await babel.get(`/api/gatherings/999999/pack.pdf?${range}`)).statusCode).toBe(404);
    expect((await t.anonymous().get(`/api/gatherings/${gatheringId}/pack.pdf?${range}`)).statusCode).toBe(401);
  });
});
