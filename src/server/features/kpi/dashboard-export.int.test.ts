import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChildrenResponse, DashboardResponse } from '#domain/dashboard';
import { testApp, type Agent, type TestApp } from '#test/app';
import { castOf } from '#test/cast';
import { fieldsOf } from '#test/errors';
import { makeActivity } from '#test/factories';
import { column, csvOf, headersOf, rowWhere, rowsOf, sheetOf } from '#test/sheets';

let t: TestApp;
let babel: Agent;
let yulianti: Agent;
let puputManager: Agent;

const period = 'from=2024-01-01&to=2024-12-31';

beforeAll(async () => {
  t = await testApp();
  const cast = await castOf(t, { staff: ['babel', 'yulianti'], managers: ['puput', 'cendil'] });
  ({ babel, yulianti } = cast.agents);
  puputManager = cast.agents.puput;
  const { puput, cendil } = cast.partners;
  const puputReport = { partnerId: puput.id, reporterId: cast.userIds.puput, status: 'verified' } as const;
  await makeActivity(t.db, {
    ...puputReport,
    strategy: 'layanan_informasi',
    date: '2024-03-02',
    participantsMale: 4,
    participantsFemale: 9,
  });
  await makeActivity(t.db, { ...puputReport, strategy: 'advokasi', date: '2024-05-10', participantsMale: 2, participantsFemale: 1 });
  await makeActivity(t.db, { ...puputReport, date: '2024-08-15' });
  // A draft does not count, as on the dashboard.
  await makeActivity(t.db, { partnerId: puput.id, reporterId: cast.userIds.puput, date: '2024-08-16', participantsMale: 50 });
  await makeActivity(t.db, { partnerId: cendil.id, reporterId: cast.userIds.cendil, status: 'submitted', date: '2024-06-03' });
  // Outside the period.
  await makeActivity(t.db, { partnerId: cendil.id, reporterId: cast.userIds.cendil, status: 'verified', date: '2023-12-31' });
}, 60_000);
afterAll(() => t.close());

describe('dashboard export per child region', () => {
  it("has a row per child region of the dashboard's table, its figures, activities per strategy and participants as numbers", async () => {
    const children = (await babel.get(`/api/dashboard/children?${period}`)).json<ChildrenResponse>().items;
    const res = await babel.get(`/api/dashboard/export?format=xlsx&${period}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="dasbor-wilayah-19-2024-01-01-2024-12-31-\d{4}-\d{2}-\d{2}\.xlsx"$/,
    );
    const sheet = await sheetOf(res);
    expect(headersOf(sheet).slice(0, 3)).toEqual(['Kode wilayah', 'Wilayah', 'Mitra']);
    expect(rowsOf(sheet)).toHaveLength(children.length);
    expect(column(sheet, 'Wilayah')).toEqual(children.map((c) => c.name));
    const barat = children.find((c) => c.code === '19.05');
    expect(rowWhere(sheet, 'Kode wilayah', '19.05')).toMatchObject({
      Wilayah: 'Kabupaten Bangka Barat',
      Mitra: 1,
      'Rata-rata skor KPI': barat?.averageScore,
      'KPI hijau': barat?.kpi.hijau,
      'KPI merah': barat?.kpi.merah,
      Kegiatan: 3,
      'Peningkatan layanan informasi': 1,
      'Pelibatan masyarakat': 1,
      Advokasi: 1,
      'Peserta laki-laki': 11,
      'Peserta perempuan': 17,
      'Jumlah peserta': 28,
    });
    expect(rowWhere(sheet, 'Kode wilayah', '19.06')).toMatchObject({ Kegiatan: 1, 'Jumlah peserta': 12 });
    expect(rowWhere(sheet, 'Kode wilayah', '19.01')).toMatchObject({ Mitra: 0, Kegiatan: 0, 'Jumlah peserta': 0 });
    expect(rowWhere(sheet, 'Kode wilayah', '19.01')['Rata-rata skor KPI']).toBeUndefined();
  });

  it('adds up to the dashboard of the region', async () => {
    const summary = (await babel.get(`/api/dashboard?${period}`)).json<DashboardResponse>();
    const rows = csvOf(await babel.get(`/api/dashboard/export?format=csv&${period}`)).slice(1);
    const sum = (i: number) => rows.reduce((n, r) => n + Number(r[i]), 0);
    expect(sum(7)).toBe(summary.activities.total);
    expect(sum(11)).toBe(summary.participants.male);
    expect(sum(12)).toBe(summary.participants.female);
    expect(sum(2)).toBe(summary.partners.total);
  });

  it('follows the region asked for inside the scope, and refuses what the dashboard refuses', async () => {
    const districts = (await yulianti.get(`/api/dashboard/children?${period}`)).json<ChildrenResponse>().items;
    const rows = csvOf(await yulianti.get(`/api/dashboard/export?format=csv&${period}`)).slice(1);
    expect(rows.map((r) => r[0])).toEqual(districts.map((d) => d.code));
    expect((await yulianti.get(`/api/dashboard/export?format=csv&region=19.06&${period}`)).statusCode).toBe(403);
    expect((await puputManager.get(`/api/dashboard/export?format=csv&${period}`)).statusCode).toBe(403);
    expect(fieldsOf(await babel.get(`/api/dashboard/export?${period}`))).toEqual(['format']);
    expect(fieldsOf(await babel.get('/api/dashboard/export?format=xlsx&from=2024-12-31&to=2024-01-01'))).toEqual(['to']);
  });
});
