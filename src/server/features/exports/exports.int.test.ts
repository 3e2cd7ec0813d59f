import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Agent, type TestApp } from '#test/app';
import { castOf } from '#test/cast';
import { fieldsOf } from '#test/errors';
import { makeActivity, makeUser } from '#test/factories';
import { column, csvOf, headersOf, rowsOf, sheetOf } from '#test/sheets';

let t: TestApp;
let pusat: Agent;
let babel: Agent;
let puputManager: Agent;
let puput: { id: number };
let cendil: { id: number };
let gambir: { id: number };

const period = 'from=2024-01-01&to=2024-12-31';
/** More than one page of the export's keyset reads (a page is 1,000 rows). */
const bulk = 2_150;

beforeAll(async () => {
  t = await testApp();
  const cast = await castOf(t, { staff: ['pusat', 'babel'], libraries: ['puput', 'cendil', 'gambir'], managers: ['puput'] });
  ({ pusat, babel, puput: puputManager } = cast.agents);
  ({ puput, cendil, gambir } = cast.partners);
  const reporterId = cast.userIds.puput;
  const reviewerId = cast.userIds.pusat;
  await makeActivity(t.db, {
    partnerId: puput.id,
    reporterId,
    reviewerId,
    status: 'verified',
    title: 'Kelas menjahit, "batch" 1',
    date: '2024-08-15',
  });
  await makeActivity(t.db, { partnerId: puput.id, reporterId, reviewerId, status: 'submitted', strategy: 'advokasi', date: '2024-09-02' });
  await makeActivity(t.db, { partnerId: puput.id, reporterId, status: 'draft' });
  for (const partner of [cendil, gambir]) {
    const manager = await makeUser(t.db, { role: 'pengelola', partnerId: partner.id });
    await makeActivity(t.db, { partnerId: partner.id, reporterId: manager.id, reviewerId, status: 'verified', date: '2024-07-01' });
  }
  // Many drafts of Cendil, written straight into the table: enough rows that the export reads several pages.
  const at = '2024-09-28T08:00:00.000Z';
  const rows = Array.from({ length: bulk }, (_, i) => ({
    partner_id: cendil.id,
    region_code: '19.06.04.2003',
    strategy: 'layanan_informasi',
    subtype: null,
    title: `Layanan harian ${i + 1}`,
    date: '2024-06-10',
    description: null,
    location: null,
    participants_male: i % 7,
    participants_female: i % 5,
    participants_disability: 0,
    participants_elderly: 0,
    participants_children: 0,
    stakeholders: '[]',
    outcome_document_type: null,
    outcome_document_number: null,
    outcome_amount_rupiah: null,
    status: 'draft',
    client_id: null,
    return_comment: null,
    created_by: reviewerId,
    created_at: at,
    updated_at: at,
    submitted_at: null,
    reviewed_at: null,
    reviewed_by: null,
  }));
  for (let i = 0; i < rows.length; i += 500)
    await t.db
      .insertInto('activities')
      .values(rows.slice(i, i + 500))
      .execute();
});
afterAll(() => t.close());

const totalOf = async (agent: Agent, url: string) => (await agent.get(url)).json<{ total: number }>().total;

describe('partners export', () => {
  it('has every partner of the list, with Indonesian headers, real numbers and dates, as a download', async () => {
    const res = await pusat.get('/api/partners/export?format=xlsx');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="mitra-\d{4}-\d{2}-\d{2}\.xlsx"$/);
    const sheet = await sheetOf(res);
    expect(headersOf(sheet).slice(0, 4)).toEqual(['ID mitra', 'Nama mitra', 'Jenis', 'Skema']);
    expect(rowsOf(sheet)).toHaveLength(await totalOf(pusat, '/api/partners'));
    expect(column(sheet, 'Nama mitra')).toEqual(['Perpusdes Cendil', 'Perpusdes Puput', 'Perpustakaan Gambir']);
    expect(column(sheet, 'Provinsi')).toContain('Kepulauan Bangka Belitung');
    expect(column(sheet, 'Tahun angkatan').every((v) => typeof v === 'number')).toBe(true);
    expect(column(sheet, 'Dicatat (WIB)').every((v) => v instanceof Date)).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
  });

  it("keeps the list's filters and the admin's province", async () => {
    const res = await babel.get('/api/partners/export?format=csv&scheme=buku_bermutu');
    const rows = csvOf(res).slice(1);
    expect(rows.map((r) => r[1])).toEqual(['Perpusdes Cendil']);
    expect(rows).toHaveLength(await totalOf(babel, '/api/partners?scheme=buku_bermutu'));
    expect((await babel.get('/api/partners/export?format=csv')).body).not.toContain('Gambir');
  });

  it('a manager gets only its own library', async () => {
    const rows = csvOf(await puputManager.get('/api/partners/export?format=csv')).slice(1);
    expect(rows.map((r) => r[1])).toEqual(['Perpusdes Puput']);
  });
});

describe('activities export', () => {
  it('has as many rows as the list, over several pages, with numbers, dates and the partner and region names', async () => {
    const res = await pusat.get('/api/activities/export?format=xlsx');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/filename="kegiatan-\d{4}-\d{2}-\d{2}\.xlsx"/);
    const sheet = await sheetOf(res);
    const total = await totalOf(pusat, '/api/activities');
    expect(total).toBeGreaterThan(bulk);
    expect(rowsOf(sheet)).toHaveLength(total);
    const ids = column(sheet, 'ID kegiatan') as number[];
    expect(new Set(ids).size).toBe(total);
    expect(column(sheet, 'Tanggal').every((d) => d instanceof Date)).toBe(true);
    expect(column(sheet, 'Peserta perempuan').every((n) => typeof n === 'number')).toBe(true);
    const first = rowsOf(sheet)[0] ?? [];
    const at = (header: string) => first[headersOf(sheet).indexOf(header)];
    expect(at('Judul kegiatan')).toBe('Kelas menjahit, "batch" 1');
    expect(at('Mitra')).toBe('Perpusdes Puput');
    expect(at('Kabupaten/kota')).toBe('Kabupaten Bangka Barat');
    expect(at('Status laporan')).toBe('Terverifikasi');
    expect(at('Jumlah peserta')).toBe(12);
    expect((at('Tanggal') as Date).toISOString()).toBe('2024-08-15T00:00:00.000Z');
  });

  it('as CSV: UTF-8 with a byte-order mark, quoted where needed, the same rows', async () => {
    const res = await pusat.get('/api/activities/export?format=csv&strategy=pelibatan_masyarakat');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect([...res.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(res.body).toContain('"Kelas menjahit, ""batch"" 1"');
    const [header, ...rows] = csvOf(res);
    expect(header?.slice(0, 3)).toEqual(['ID kegiatan', 'Tanggal', 'Judul kegiatan']);
    expect(rows).toHaveLength(await totalOf(pusat, '/api/activities?strategy=pelibatan_masyarakat'));
    expect(rows.map((r) => r[1])).toContain('2024-08-15');
  });

  it('with the filters of the list: status, dates, partner, title', async () => {
    for (const filter of ['status=verified', 'from=2024-08-01&to=2024-09-30', `partner=${puput.id}`, 'q=harian 21', 'region=19.06']) {
      const rows = csvOf(await babel.get(`/api/activities/export?format=csv&${filter}`)).slice(1);
      expect(rows.length, filter).toBe(await totalOf(babel, `/api/activities?${filter}`));
    }
  });

  it("a provincial admin's has only its province, a manager's only its library", async () => {
    const province = csvOf(await babel.get('/api/activities/export?format=csv')).slice(1);
    expect(province).toHaveLength(await totalOf(babel, '/api/activities'));
    expect(province.every((r) => r[5]?.startsWith('19.'))).toBe(true);
    const own = csvOf(await puputManager.get('/api/activities/export?format=csv')).slice(1);
    expect(own.map((r) => r[4])).toEqual(['Perpusdes Puput', 'Perpusdes Puput', 'Perpusdes Puput']);
  });

  it('refuses what the list refuses: a region outside the scope, a partner the manager does not run', async () => {
    expect((await babel.get('/api/activities/export?format=csv&region=31')).statusCode).toBe(403);
    expect((await babel.get(`/api/activities/export?format=csv&partner=${gambir.id}`)).statusCode).toBe(404);
    expect((await puputManager.get(`/api/activities/export?format=csv&partner=${cendil.id}`)).statusCode).toBe(404);
  });
});

describe('KPI ranking export', () => {
  it("has the ranking's partners in its order, with score, colour and each indicator's achieved, target and points", async () => {
    const list = (await babel.get(`/api/kpi/partners?${period}`)).json<{
      items: { name: string; score: number; indicators: { achieved: number; target: number; points: number }[] }[];
    }>();
    const res = await babel.get(`/api/kpi/partners/export?format=xlsx&${period}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/filename="peringkat-kpi-2024-01-01-2024-12-31-\d{4}-\d{2}-\d{2}\.xlsx"/);
    const sheet = await sheetOf(res);
    expect(rowsOf(sheet)).toHaveLength(list.items.length);
    expect(column(sheet, 'Nama mitra')).toEqual(list.items.map((i) => i.name));
    expect(column(sheet, 'Skor')).toEqual(list.items.map((i) => i.score));
    expect(column(sheet, 'Peringkat')).toEqual(list.items.map((_, i) => i + 1));
    expect(column(sheet, 'Warna').every((c) => ['Hijau', 'Kuning', 'Merah'].includes(String(c)))).toBe(true);
    const headers = headersOf(sheet).map(String);
    const indicatorCount = list.items[0]?.indicators.length ?? 0;
    expect(headers.filter((h) => h.endsWith(': capaian'))).toHaveLength(indicatorCount);
    expect(headers.filter((h) => h.endsWith(': target'))).toHaveLength(indicatorCount);
    expect(headers.filter((h) => h.endsWith(': poin'))).toHaveLength(indicatorCount);
    const achieved = headers.findIndex((h) => h.endsWith(': capaian'));
    expect(rowsOf(sheet).map((r) => r[achieved])).toEqual(list.items.map((i) => i.indicators[0]?.achieved));
  });

  it("a manager's is its own library, and a region outside the scope is refused", async () => {
    expect(csvOf(await puputManager.get(`/api/kpi/partners/export?format=csv&${period}`)).slice(1)).toHaveLength(1);
    expect((await babel.get(`/api/kpi/partners/export?format=csv&region=31&${period}`)).statusCode).toBe(403);
  });
});

describe('the format', () => {
  it('anything but xlsx or csv, or none, is refused naming the format', async () => {
    for (const url of ['/api/partners/export?format=pdf', '/api/activities/export', `/api/kpi/partners/export?format=XLSX&${period}`]) {
      const res = await pusat.get(url);
      expect(res.statusCode, url).toBe(400);
      expect(fieldsOf(res), url).toEqual(['format']);
    }
  });
});
