import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '#domain/problems';
import { testApp, type Agent, type TestApp } from '#test/app';
import { castOf } from '#test/cast';
import { fieldsOf } from '#test/errors';
import { column, csvOf, headersOf, rowWhere, rowsOf, sheetOf } from '#test/sheets';

let t: TestApp;
let pusat: Agent;
let babel: Agent;
let puputManager: Agent;
let ids: Record<'puput' | 'cendil' | 'gambir', number>;

/** More problems than one page of the export's keyset reads (a page is 1,000 rows). */
const bulk = 1_010;

async function raise(partnerId: number, category: string, title: string): Promise<number> {
  const res = await pusat.post('/api/problems', { partnerId, title, category, description: `${title}: uraian dari lapangan.` });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<Problem>().id;
}

beforeAll(async () => {
  t = await testApp();
  const cast = await castOf(t, { staff: ['pusat', 'babel'], libraries: ['cendil', 'gambir'], managers: ['puput'] });
  ({ pusat, babel } = cast.agents);
  puputManager = cast.agents.puput;
  ids = { puput: cast.partners.puput.id, cendil: cast.partners.cendil.id, gambir: cast.partners.gambir.id };
  const budget = await raise(ids.puput, 'anggaran', 'Anggaran buku, "2024" belum cair');
  // One action long overdue, one not yet due.
  for (const dueDate of ['2020-01-31', '2099-12-31'])
    expect((await pusat.post(`/api/problems/${budget}/actions`, { what: 'Surati dinas', owner: 'Fasilitator', dueDate })).statusCode).toBe(
      201,
    );
  const staff = await raise(ids.cendil, 'sdm', 'Pengelola baru belum dilatih');
  expect(
    (await pusat.post(`/api/problems/${staff}/status`, { status: 'selesai', resolution: 'Pelatihan daring bulan Oktober.' })).statusCode,
  ).toBe(200);
  await raise(ids.gambir, 'koleksi', 'Koleksi anak sedikit');
  // Many problems of Cendil, written straight into the table.
  const at = '2024-09-28T08:00:00.000Z';
  const rows = Array.from({ length: bulk }, (_, i) => ({
    partner_id: ids.cendil,
    title: `Kendala harian ${i + 1}`,
    category: 'sarana_tik',
    description: 'Internet putus.',
    status: 'terbuka',
    resolution: null,
    created_by: cast.userIds.pusat,
    created_at: at,
    updated_at: at,
  }));
  for (let i = 0; i < rows.length; i += 250)
    await t.db
      .insertInto('problems')
      .values(rows.slice(i, i + 250))
      .execute();
}, 60_000);
afterAll(() => t.close());

const totalOf = async (agent: Agent, query: string) => (await agent.get(`/api/problems?${query}`)).json<{ total: number }>().total;

describe('problems export', () => {
  it("has every problem of the list over several pages, with names for category and status and the actions' counts", async () => {
    const res = await babel.get('/api/problems/export?format=xlsx');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="kendala-\d{4}-\d{2}-\d{2}\.xlsx"$/);
    const sheet = await sheetOf(res);
    expect(headersOf(sheet).slice(0, 4)).toEqual(['ID kendala', 'Judul', 'Kategori', 'Status']);
    const total = await totalOf(babel, '');
    expect(total).toBe(bulk + 2);
    expect(rowsOf(sheet)).toHaveLength(total);
    expect(new Set(column(sheet, 'ID kendala')).size).toBe(total);
    expect(column(sheet, 'Mitra')).not.toContain('Perpustakaan Gambir');
    expect(rowWhere(sheet, 'Judul', 'Anggaran buku, "2024" belum cair')).toMatchObject({
      Kategori: 'Anggaran',
      Status: 'Terbuka',
      Mitra: 'Perpusdes Puput',
      'Kabupaten/kota': 'Kabupaten Bangka Barat',
      'Tindak lanjut terbuka': 2,
      'Tindak lanjut terlambat': 1,
    });
    const solved = rowWhere(sheet, 'Judul', 'Pengelola baru belum dilatih');
    expect(solved).toMatchObject({ Status: 'Selesai', Penyelesaian: 'Pelatihan daring bulan Oktober.', 'Tindak lanjut terlambat': 0 });
    expect(solved['Dicatat (WIB)']).toBeInstanceOf(Date);
  });

  it("keeps the list's filters and scope, and refuses what the list refuses", async () => {
    for (const filter of [
      'status=selesai',
      'status=terbuka,ditangani',
      'category=anggaran',
      'overdue=true',
      `partner=${ids.puput}`,
      'region=19.05',
    ]) {
      const rows = csvOf(await babel.get(`/api/problems/export?format=csv&${filter}`)).slice(1);
      expect(rows.length, filter).toBe(await totalOf(babel, filter));
    }
    const own = csvOf(await puputManager.get('/api/problems/export?format=csv')).slice(1);
    expect(own.map((r) => r[5])).toEqual(['Perpusdes Puput']);
    expect((await babel.get('/api/problems/export?format=csv&region=31')).statusCode).toBe(403);
    expect((await babel.get(`/api/problems/export?format=csv&partner=${ids.gambir}`)).statusCode).toBe(404);
    expect(fieldsOf(await babel.get('/api/problems/export?format=json'))).toEqual(['format']);
  });
});
