import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem, ProblemList, ProblemRegionSummary } from '#domain/problems';
import { testApp, type Agent, type TestApp } from '#test/app';
import { castOf } from '#test/cast';
import { fieldsOf } from '#test/errors';
import { makePartner } from '#test/factories';

// Lists of problems by region, library, status, category and overdue, paged; and the counts the
// partner page, its rapor and the dashboards show.

let t: TestApp;
let pusat: Agent;
let babel: Agent;
let jakarta: Agent;
let yulianti: Agent;
let puput: Agent;
let libraries: Record<'puput' | 'cendil' | 'gambir' | 'airBelo' | 'tanjungLabu' | 'bangkaBarat', { id: number }>;
/** The seven problems, by name, raised in this order. */
const p: Record<'puputBudget' | 'puputStaff' | 'airBelo' | 'cendil' | 'tanjungLabu' | 'gambir' | 'bangkaBarat', number> = {
  puputBudget: 0,
  puputStaff: 0,
  airBelo: 0,
  cendil: 0,
  tanjungLabu: 0,
  gambir: 0,
  bangkaBarat: 0,
};

async function raise(partnerId: number, category: string, title: string): Promise<number> {
  t.clock.advance(60_000);
  const res = await pusat.post('/api/problems', { partnerId, title, category, description: `${title}: uraian dari lapangan.` });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<Problem>().id;
}
async function move(id: number, body: Record<string, unknown>) {
  const res = await pusat.post(`/api/problems/${id}/status`, body);
  expect(res.statusCode, res.body).toBe(200);
}
async function action(id: number, dueDate: string) {
  const res = await pusat.post(`/api/problems/${id}/actions`, { what: 'Tindak lanjut', owner: 'Fasilitator', dueDate });
  expect(res.statusCode, res.body).toBe(201);
}

beforeAll(async () => {
  t = await testApp();
  const cast = await castOf(t, { staff: ['pusat', 'babel', 'jakarta', 'yulianti'], libraries: ['cendil', 'gambir'], managers: ['puput'] });
  ({ pusat, babel, jakarta, yulianti, puput } = cast.agents);
  libraries = {
    ...cast.partners,
    airBelo: await makePartner(t.db, { name: 'Perpusdes Air Belo', regionCode: '19.05.01.2005' }),
    tanjungLabu: await makePartner(t.db, { name: 'Perpusdes Tanjung Labu', regionCode: '19.03.02.2001' }),
    bangkaBarat: await makePartner(t.db, { name: 'Perpustakaan Kabupaten Bangka Barat', type: 'kabkota', regionCode: '19.05' }),
  };

  p.puputBudget = await raise(libraries.puput.id, 'anggaran', 'Anggaran perpustakaan belum masuk APBDes');
  await action(p.puputBudget, '2024-09-20');
  p.puputStaff = await raise(libraries.puput.id, 'sdm', 'Pengelola hanya satu orang');
  await move(p.puputStaff, { status: 'ditangani' });
  p.airBelo = await raise(libraries.airBelo.id, 'koleksi', 'Koleksi buku anak sedikit');
  await action(p.airBelo, '2024-09-01');
  await move(p.airBelo, { status: 'selesai', resolution: 'Bantuan 300 buku anak dari provinsi.' });
  p.cendil = await raise(libraries.cendil.id, 'sarana_tik', 'Internet sering putus');
  await action(p.cendil, '2024-09-25');
  await action(p.cendil, '2024-10-25');
  p.tanjungLabu = await raise(libraries.tanjungLabu.id, 'partisipasi', 'Pengunjung sepi');
  await move(p.tanjungLabu, { status: 'ditutup', comment: 'Tercatat dua kali.' });
  p.gambir = await raise(libraries.gambir.id, 'anggaran', 'Anggaran operasional dipotong');
  p.bangkaBarat = await raise(libraries.bangkaBarat.id, 'pelaporan', 'Rekap laporan desa terlambat');
});
afterAll(() => t.close());

const list = async (agent: Agent, query = '') => {
  const res = await agent.get(`/api/problems${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<ProblemList>();
};
const idsOf = async (agent: Agent, query = '') => (await list(agent, query)).items.map((i) => i.id);
const summary = async (agent: Agent, query = '') => {
  const res = await agent.get(`/api/problems/summary${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<ProblemRegionSummary>();
};

describe('the list of problems', () => {
  it('shows the actor’s whole scope, newest first, each with its library, region and action counts', async () => {
    const all = await list(pusat);
    expect(all.total).toBe(7);
    expect(all.items.map((i) => i.id)).toEqual([p.bangkaBarat, p.gambir, p.tanjungLabu, p.cendil, p.airBelo, p.puputStaff, p.puputBudget]);
    expect(all.items.find((i) => i.id === p.cendil)).toMatchObject({
      partnerName: 'Perpusdes Cendil',
      regionCode: '19.06.04.2003',
      regionName: 'Cendil',
      category: 'sarana_tik',
      status: 'terbuka',
      openActions: 2,
      overdueActions: 1,
    });
    expect(await idsOf(babel)).not.toContain(p.gambir);
    expect(await idsOf(yulianti)).toEqual([p.bangkaBarat, p.airBelo, p.puputStaff, p.puputBudget]);
    expect(await idsOf(puput)).toEqual([p.puputStaff, p.puputBudget]);
    expect(await idsOf(puput, '?region=19')).toEqual([p.puputStaff, p.puputBudget]);
  });

  it('filters by region, library, status, category and overdue, alone and together', async () => {
    expect(await idsOf(babel, '?region=19.05')).toEqual([p.bangkaBarat, p.airBelo, p.puputStaff, p.puputBudget]);
    expect(await idsOf(babel, '?region=19.05.06')).toEqual([p.puputStaff, p.puputBudget]);
    expect(await idsOf(babel, `?partner=${libraries.puput.id}`)).toEqual([p.puputStaff, p.puputBudget]);
    expect(await idsOf(pusat, '?status=terbuka')).toEqual([p.bangkaBarat, p.gambir, p.cendil, p.puputBudget]);
    expect(await idsOf(pusat, '?status=terbuka,ditangani')).toEqual([p.bangkaBarat, p.gambir, p.cendil, p.puputStaff, p.puputBudget]);
    expect(await idsOf(pusat, '?status=selesai,ditutup')).toEqual([p.tanjungLabu, p.airBelo]);
    expect(await idsOf(pusat, '?category=anggaran')).toEqual([p.gambir, p.puputBudget]);
    // Air Belo's late action no longer counts: its problem is solved.
    expect(await idsOf(pusat, '?overdue=true')).toEqual([p.cendil, p.puputBudget]);
    expect(await idsOf(pusat, '?overdue=false')).toEqual([p.bangkaBarat, p.gambir, p.tanjungLabu, p.airBelo, p.puputStaff]);
    expect(await idsOf(babel, '?region=19&category=anggaran&status=terbuka&overdue=true')).toEqual([p.puputBudget]);
    expect((await list(babel, '?category=anggaran&region=19.06')).total).toBe(0);
  });

  it('pages, with the total of the whole filtered list', async () => {
    const first = await list(pusat, '?pageSize=3');
    expect([first.total, first.items.map((i) => i.id)]).toEqual([7, [p.bangkaBarat, p.gambir, p.tanjungLabu]]);
    const second = await list(pusat, '?pageSize=3&page=2');
    expect(second.items.map((i) => i.id)).toEqual([p.cendil, p.airBelo, p.puputStaff]);
    const last = await list(pusat, '?pageSize=3&page=3');
    expect([last.total, last.items.map((i) => i.id)]).toEqual([7, [p.puputBudget]]);
    expect((await list(pusat, '?pageSize=3&page=4')).items).toEqual([]);
    expect((await list(pusat, '?status=terbuka&pageSize=2&page=2')).items.map((i) => i.id)).toEqual([p.cendil, p.puputBudget]);
  });

  it('refuses a region outside the scope (403), hides a library outside it (404), and names a bad filter', async () => {
    expect((await yulianti.get('/api/problems?region=19.06')).statusCode).toBe(403);
    expect((await jakarta.get('/api/problems?region=19')).statusCode).toBe(403);
    expect((await yulianti.get(`/api/problems?partner=${libraries.cendil.id}`)).statusCode).toBe(404);
    expect((await puput.get(`/api/problems?partner=${libraries.airBelo.id}`)).statusCode).toBe(404);
    for (const [query, field] of [
      ['?status=terbuka,hilang', 'status'],
      ['?category=listrik', 'category'],
      ['?overdue=mungkin', 'overdue'],
      ['?pageSize=501', 'pageSize'],
      ['?region=19-05', 'region'],
    ]) {
      const res = await pusat.get(`/api/problems${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(fieldsOf(res)[0], query).toBe(field);
    }
  });
});

describe('counts for the partner page, the rapor and the dashboards', () => {
  it('a province: open problems and overdue actions, per regency/city', async () => {
    const babelSummary = await summary(babel, '?region=19');
    expect(babelSummary).toMatchObject({ regionCode: '19', partnerId: null, open: 4, overdueActions: 2 });
    const byChild = Object.fromEntries(babelSummary.children.map((c) => [c.regionCode, [c.open, c.overdueActions]]));
    expect(byChild).toEqual({
      '19.01': [0, 0],
      '19.02': [0, 0],
      '19.03': [0, 0],
      '19.04': [0, 0],
      '19.05': [3, 1],
      '19.06': [1, 1],
      '19.71': [0, 0],
    });
    expect(babelSummary.children.find((c) => c.regionCode === '19.05')?.name).toBe('Kabupaten Bangka Barat');
    // Without a region, the actor's own.
    expect(await summary(babel)).toEqual(babelSummary);
  });

  it('the country, per province; a regency, per district, where its own library counts in the total only', async () => {
    const country = await summary(pusat);
    expect(country).toMatchObject({ regionCode: null, open: 5, overdueActions: 2 });
    expect(country.children).toHaveLength(38);
    expect(country.children.filter((c) => c.open > 0).map((c) => [c.regionCode, c.open])).toEqual([
      ['19', 4],
      ['31', 1],
    ]);

    const regency = await summary(yulianti);
    expect(regency).toMatchObject({ regionCode: '19.05', open: 3, overdueActions: 1 });
    expect(regency.children.filter((c) => c.open > 0).map((c) => [c.regionCode, c.open, c.overdueActions])).toEqual([['19.05.06', 2, 1]]);
    expect(regency.children.every((c) => c.regionCode.startsWith('19.05.'))).toBe(true);

    expect(await summary(babel, '?region=19.05.06.2005')).toMatchObject({ open: 2, overdueActions: 1, children: [] });
  });

  it('one partner’s counts; a library’s manager gets its own', async () => {
    const expected = { regionCode: null, partnerId: libraries.puput.id, open: 2, overdueActions: 1, children: [] };
    expect(await summary(babel, `?partner=${libraries.puput.id}`)).toEqual(expected);
    expect(await summary(puput)).toEqual(expected);
    expect(await summary(yulianti, `?partner=${libraries.airBelo.id}`)).toMatchObject({ open: 0, overdueActions: 0 });
  });

  it('stay inside the scope', async () => {
    expect((await jakarta.get('/api/problems/summary?region=19')).statusCode).toBe(403);
    expect((await yulianti.get('/api/problems/summary?region=19')).statusCode).toBe(403);
    expect((await yulianti.get(`/api/problems/summary?partner=${libraries.cendil.id}`)).statusCode).toBe(404);
    expect((await puput.get(`/api/problems/summary?partner=${libraries.cendil.id}`)).statusCode).toBe(404);
  });
});
