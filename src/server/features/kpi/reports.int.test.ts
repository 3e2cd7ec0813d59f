import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DashboardResponse, TrendResponse } from '#domain/dashboard';
import type { RaporResponse } from '#domain/rapor';
import { tpbis2024Profile } from '#domain/kpi/tpbis2024';
import { testApp, type Agent, type TestApp } from '#test/app';
import { castOf } from '#test/cast';
import { errorOf } from '#test/errors';
import { makeActivity } from '#test/factories';

let t: TestApp;
let puput: { id: number };
let cendil: { id: number };
let pusat: Agent;
const jan = 'from=2024-01-01&to=2024-01-31';

beforeAll(async () => {
  t = await testApp();
  const cast = await castOf(t, { staff: ['pusat', 'yulianti'], libraries: ['cendil'], managers: ['puput'] });
  ({ puput, cendil } = cast.partners);
  const reporterId = cast.userIds.puput;
  for (const [i, date] of ['2024-01-05', '2024-01-12', '2024-01-19', '2024-01-26', '2024-01-29', '2024-02-02'].entries()) {
    await makeActivity(t.db, {
      partnerId: puput.id,
      reporterId,
      date,
      participantsMale: 8,
      participantsFemale: 8,
      status: i % 2 ? 'verified' : 'submitted',
    });
  }
  for (const date of ['2024-01-08', '2024-01-22']) {
    await makeActivity(t.db, { partnerId: puput.id, reporterId, date, strategy: 'advokasi', status: 'verified' });
  }
  await makeActivity(t.db, {
    partnerId: puput.id,
    reporterId,
    date: '2024-01-09',
    strategy: 'layanan_informasi',
    status: 'submitted',
  });
  // A draft and a returned report do not count.
  await makeActivity(t.db, { partnerId: puput.id, reporterId, date: '2024-01-10', status: 'draft' });
  await makeActivity(t.db, { partnerId: puput.id, reporterId, date: '2024-01-11', status: 'returned' });
  pusat = cast.agents.pusat;
});
afterAll(() => t.close());

describe('scope of reports', () => {
  it('a library manager sees only its own rapor', async () => {
    const manager = await t.login('puput');
    const own = await manager.get(`/api/kpi/partners/${puput.id}?${jan}`);
    expect(own.statusCode).toBe(200);
    expect(own.json<RaporResponse>().result).toMatchObject({ score: 100, color: 'hijau' });
    expect((await manager.get(`/api/kpi/partners/${cendil.id}?${jan}`)).statusCode).toBe(404);
    expect((await manager.get(`/api/kpi/partners/${cendil.id}/rapor.pdf?${jan}`)).statusCode).toBe(404);
    const list = (await manager.get(`/api/kpi/partners?region=19&${jan}`)).json<{ items: { partnerId: number }[] }>();
    expect(list.items.map((i) => i.partnerId)).toEqual([puput.id]);
    expect((await manager.get(`/api/dashboard?region=19.05&${jan}`)).statusCode).toBe(403);
  });

  it('a regency facilitator sees only its regency’s dashboard', async () => {
    const yulianti = await t.login('yulianti');
    const own = await yulianti.get(`/api/dashboard?${jan}`);
    expect(own.statusCode).toBe(200);
    expect(own.json<DashboardResponse>()).toMatchObject({ region: { code: '19.05' }, partners: { total: 1 } });
    expect((await yulianti.get(`/api/dashboard?region=19.05.06&${jan}`)).statusCode).toBe(200);
    expect((await yulianti.get(`/api/dashboard?region=19&${jan}`)).statusCode).toBe(403);
    expect((await yulianti.get(`/api/dashboard?region=19.06&${jan}`)).statusCode).toBe(403);
    expect((await yulianti.get(`/api/kpi/partners/${cendil.id}?${jan}`)).statusCode).toBe(404);
  });
});

describe('the dashboard', () => {
  it('counts only submitted and verified reports, by strategy and sex', async () => {
    const d = (await pusat.get(`/api/dashboard?region=19.05.06.2005&${jan}`)).json<DashboardResponse>();
    // January has 31 days: 4.07 engagement and 1.02 advocacy activities are due, so five and two were reported.
    expect(d.activities).toEqual({ pelibatan_masyarakat: 5, advokasi: 2, layanan_informasi: 1, total: 8 });
    expect(d.participants).toEqual({ male: 5 * 8 + 3 * 5, female: 5 * 8 + 3 * 7, total: 116 });
    expect(d.champions.map((c) => c.partnerId)).toEqual([puput.id]);
    expect(d.kpi).toEqual({ hijau: 1, kuning: 0, merah: 0 });
    expect(d.profile).toEqual({ id: 1, version: 1, thresholds: { green: 80, yellow: 50 } });
  });

  it('has a monthly trend with every month of the range', async () => {
    const trend = (await pusat.get('/api/dashboard/trends?region=19&from=2023-12-15&to=2024-03-01')).json<TrendResponse>();
    expect(trend.months.map((m) => m.month)).toEqual(['2023-12', '2024-01', '2024-02', '2024-03']);
    expect(trend.months[1]).toMatchObject({ pelibatan_masyarakat: 5, advokasi: 2, layanan_informasi: 1 });
    expect(trend.months[2]).toMatchObject({ pelibatan_masyarakat: 1 });
  });

  it('is national for the national office and refuses a backwards range naming the field', async () => {
    const d = await pusat.get(`/api/dashboard?${jan}`);
    expect(d.json<DashboardResponse>()).toMatchObject({ region: { code: null, name: 'Indonesia' }, partners: { total: 2 } });
    const bad = await pusat.get('/api/dashboard?from=2024-02-01&to=2024-01-01');
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad).details?.[0]?.field).toBe('to');
  });
});

describe('live figures', () => {
  it('a report counts the moment it is submitted, and a deactivated partner leaves the lists', async () => {
    const manager = await t.login('puput');
    const week = 'region=19.05&from=2024-03-01&to=2024-03-31';
    const before = (await pusat.get(`/api/dashboard?${week}`)).json<DashboardResponse>();
    const created = await manager.post('/api/activities', {
      partnerId: puput.id,
      strategy: 'advokasi',
      title: 'Audiensi kepala desa',
      date: '2024-03-04',
      participantsMale: 3,
      participantsFemale: 2,
    });
    const id = created.json<{ id: number }>().id;
    expect((await pusat.get(`/api/dashboard?${week}`)).json<DashboardResponse>().activities.advokasi).toBe(before.activities.advokasi);
    await manager.post(`/api/activities/${id}/submit`);
    const after = (await pusat.get(`/api/dashboard?${week}`)).json<DashboardResponse>();
    expect(after.activities.advokasi).toBe(before.activities.advokasi + 1);
    const list = (await pusat.get(`/api/kpi/partners?${week}`)).json<{ items: { partnerId: number; score: number }[] }>();
    expect(list.items.find((i) => i.partnerId === puput.id)?.score).toBeGreaterThan(0);

    await pusat.post(`/api/activities/${id}/return`, { comment: 'Tanggal keliru' });
    expect((await pusat.get(`/api/dashboard?${week}`)).json<DashboardResponse>().activities.advokasi).toBe(before.activities.advokasi);

    const added = await pusat.post('/api/partners', {
      name: 'Perpusdes Sekar Biru',
      type: 'desa',
      scheme: 'replikasi_desa',
      regionCode: '19.05.06.2001',
      cohortYear: 2023,
    });
    expect(added.statusCode, added.body).toBe(201);
    expect((await pusat.get(`/api/dashboard?${week}`)).json<DashboardResponse>().partners.total).toBe(before.partners.total + 1);
    await pusat.patch(`/api/partners/${added.json<{ id: number }>().id}`, { active: false });
    expect((await pusat.get(`/api/dashboard?${week}`)).json<DashboardResponse>().partners.total).toBe(before.partners.total);
  });
});

describe('the rapor', () => {
  it('shows what is missing for green and the month-by-month history', async () => {
    // Nothing in March: the quarter falls to yellow although January was green.
    const r = (await pusat.get(`/api/kpi/partners/${puput.id}?from=2024-01-01&to=2024-03-31`)).json<RaporResponse>();
    expect(r.partner.regionPath.map((p) => p.name)).toEqual(['Kepulauan Bangka Belitung', 'Kabupaten Bangka Barat', 'Parittiga', 'Puput']);
    expect(r.result.color).toBe('kuning');
    expect(r.gap.toGreen.length).toBeGreaterThan(0);
    expect(r.gap.toFull.find((g) => g.code === 'keteraturan')).toEqual({ code: 'keteraturan', unit: 'months', missing: 1 });
    expect(r.history.at(-1)).toMatchObject({ month: '2024-03', score: 0, color: 'merah' });
    expect(r.history.at(-3)).toMatchObject({ month: '2024-01', score: 100, color: 'hijau' });
    expect(r.history).toHaveLength(12);
  });

  it('downloads as an Indonesian PDF', async () => {
    const res = await pusat.get(`/api/kpi/partners/${puput.id}/rapor.pdf?${jan}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="rapor-Perpusdes-Puput-2024-01-01-2024-01-31\.pdf"/);
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('KPI profile versions', () => {
  it('a new version applies from its date; earlier periods keep their colours', async () => {
    const stricter = structuredClone(tpbis2024Profile);
    for (const i of stricter.indicators) if (i.kind !== 'regularity') i.monthlyTargets.desa *= 3;
    const published = await pusat.post('/api/kpi/profiles', {
      definition: stricter,
      effectiveFrom: '2024-02-01',
      note: 'Target dinaikkan',
    });
    expect(published.statusCode, published.body).toBe(201);
    expect(published.json()).toMatchObject({ version: 2, effectiveFrom: '2024-02-01' });

    const january = (await pusat.get(`/api/kpi/partners/${puput.id}?${jan}`)).json<RaporResponse>();
    expect(january.profile.version).toBe(1);
    expect(january.result).toMatchObject({ score: 100, color: 'hijau' });
    const later = (await pusat.get(`/api/kpi/partners?region=19.05&from=2024-01-01&to=2024-02-29`)).json<{
      profile: { version: number };
      items: { score: number }[];
    }>();
    expect(later.profile.version).toBe(2);
    expect(later.items[0]?.score).toBeLessThan(80);
  });

  it('only the national office publishes versions, and a broken profile names its field', async () => {
    const yulianti = await t.login('yulianti');
    expect((await yulianti.post('/api/kpi/profiles', { definition: tpbis2024Profile, effectiveFrom: '2025-01-01' })).statusCode).toBe(403);
    const broken = structuredClone(tpbis2024Profile);
    if (broken.indicators[0]) broken.indicators[0].weight = 10;
    const res = await pusat.post('/api/kpi/profiles', { definition: broken, effectiveFrom: '2025-01-01' });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).details?.[0]?.field).toBe('definition.indicators');
  });
});
