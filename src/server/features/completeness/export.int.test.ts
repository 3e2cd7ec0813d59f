import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompletenessResponse } from '#domain/completeness';
import { testApp, type Agent, type TestApp } from '#test/app';
import { castOf } from '#test/cast';
import { fieldsOf } from '#test/errors';
import { makeActivity, makePartner, makeUser } from '#test/factories';
import { column, csvOf, headersOf, rowWhere, rowsOf, sheetOf } from '#test/sheets';

let t: TestApp;
let babel: Agent;
let pusat: Agent;
let yulianti: Agent;
let puputManager: Agent;

/** More silent libraries than one page of the export's keyset reads (a page is 1,000 rows). */
const bulk = 1_020;
const wib = (moment: string) => new Date(`${moment}:00+07:00`);

beforeAll(async () => {
  t = await testApp();
  const cast = await castOf(t, { staff: ['pusat', 'babel', 'yulianti'], managers: ['puput', 'cendil'] });
  ({ babel, pusat, yulianti } = cast.agents);
  puputManager = cast.agents.puput;
  const { puput, cendil } = cast.partners;
  // June 2024: Puput reports on time, Cendil a day late; Air Belo last reported in May.
  await makeActivity(t.db, {
    partnerId: puput.id,
    reporterId: cast.userIds.puput,
    date: '2024-06-14',
    status: 'submitted',
    now: wib('2024-07-02T09:00'),
  });
  await makeActivity(t.db, {
    partnerId: cendil.id,
    reporterId: cast.userIds.cendil,
    date: '2024-06-03',
    status: 'submitted',
    now: wib('2024-07-06T08:00'),
  });
  const airBelo = await makePartner(t.db, { name: 'Perpusdes Air Belo', regionCode: '19.05.01.2005' });
  const airBeloManager = await makeUser(t.db, { role: 'pengelola', partnerId: airBelo.id });
  await makeActivity(t.db, {
    partnerId: airBelo.id,
    reporterId: airBeloManager.id,
    date: '2024-05-20',
    status: 'verified',
    now: wib('2024-05-21T10:00'),
  });
  // Many libraries that never reported, written straight into the table before anything is read.
  const at = '2024-09-28T08:00:00.000Z';
  const rows = Array.from({ length: bulk }, (_, i) => ({
    name: `Perpusdes Uji ${String(i + 1).padStart(4, '0')}`,
    type: 'desa',
    scheme: 'full_support',
    region_code: '19.05.01.2005',
    cohort_year: 2022,
    address: null,
    phone: null,
    created_at: at,
    updated_at: at,
  }));
  for (let i = 0; i < rows.length; i += 500)
    await t.db
      .insertInto('partners')
      .values(rows.slice(i, i + 500))
      .execute();
}, 60_000);
afterAll(() => t.close());

const answerOf = async (agent: Agent, query: string) => (await agent.get(`/api/completeness?${query}`)).json<CompletenessResponse>();

describe('completeness export', () => {
  it("has the screen's child regions with their counts, the rate as a percentage and the day in the file name", async () => {
    const answer = await answerOf(babel, 'month=2024-06');
    const res = await babel.get('/api/completeness/export?format=xlsx&month=2024-06');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="kelengkapan-19-2024-06-\d{4}-\d{2}-\d{2}\.xlsx"$/);
    const sheet = await sheetOf(res);
    expect(headersOf(sheet)).toEqual([
      'Kode wilayah',
      'Wilayah',
      'Mitra aktif',
      'Melapor',
      'Belum melapor',
      'Kelengkapan (%)',
      'Tepat waktu',
    ]);
    expect(rowsOf(sheet)).toHaveLength(answer.children.length);
    expect(column(sheet, 'Kode wilayah')).toEqual(answer.children.map((c) => c.regionCode));
    expect(rowWhere(sheet, 'Kode wilayah', '19.06')).toMatchObject({
      Wilayah: 'Kabupaten Belitung Timur',
      'Mitra aktif': 1,
      Melapor: 1,
      'Kelengkapan (%)': 100,
      'Tepat waktu': 0,
    });
    const barat = rowWhere(sheet, 'Kode wilayah', '19.05');
    expect(barat).toMatchObject({ 'Mitra aktif': bulk + 2, Melapor: 1, 'Belum melapor': bulk + 1, 'Tepat waktu': 1 });
    expect(barat['Kelengkapan (%)']).toBe(Math.round((1 / (bulk + 2)) * 1000) / 10);
  });

  it('with rows=silent, every silent library over several pages, with its region names and last report day', async () => {
    const answer = await answerOf(babel, 'month=2024-06');
    expect(answer.silentTotal).toBe(bulk + 1);
    const res = await babel.get('/api/completeness/export?format=xlsx&month=2024-06&rows=silent');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/filename="belum-melapor-19-2024-06-\d{4}-\d{2}-\d{2}\.xlsx"/);
    const sheet = await sheetOf(res);
    expect(rowsOf(sheet)).toHaveLength(answer.silentTotal);
    expect(new Set(column(sheet, 'ID mitra')).size).toBe(answer.silentTotal);
    const airBelo = rowWhere(sheet, 'Nama mitra', 'Perpusdes Air Belo');
    expect(airBelo).toMatchObject({ 'Kabupaten/kota': 'Kabupaten Bangka Barat', 'Kode wilayah': '19.05.01.2005' });
    expect((airBelo['Laporan terakhir'] as Date).toISOString()).toBe('2024-05-20T00:00:00.000Z');
    expect(rowWhere(sheet, 'Nama mitra', 'Perpusdes Uji 0001')['Laporan terakhir']).toBeUndefined();
  });

  it("follows the region asked for and the asker's scope", async () => {
    const regency = csvOf(await yulianti.get('/api/completeness/export?format=csv&month=2024-06&rows=silent')).slice(1);
    expect(regency).toHaveLength((await answerOf(yulianti, 'month=2024-06')).silentTotal);
    const country = csvOf(await pusat.get('/api/completeness/export?format=csv&month=2024-06')).slice(1);
    expect(country).toHaveLength(38);
    expect(country.find((r) => r[0] === '19')?.slice(2, 4)).toEqual([String(bulk + 3), '2']);
    expect((await yulianti.get('/api/completeness/export?format=csv&month=2024-06&region=19.06')).statusCode).toBe(403);
    expect((await puputManager.get('/api/completeness/export?format=csv&month=2024-06')).statusCode).toBe(403);
  });

  it('refuses a missing or unknown format, and an unknown table, naming the field', async () => {
    expect(fieldsOf(await babel.get('/api/completeness/export?month=2024-06'))).toEqual(['format']);
    expect(fieldsOf(await babel.get('/api/completeness/export?format=pdf&month=2024-06'))).toEqual(['format']);
    expect(fieldsOf(await babel.get('/api/completeness/export?format=csv&month=2024-06&rows=all'))).toEqual(['rows']);
  });
});
