import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompletenessResponse, CompletenessTrendResponse } from '#domain/completeness';
import { tpbis2024Profile } from '#domain/kpi/tpbis2024';
import { checkRollups } from '#server/features/rollups/check';
import { testApp, type Agent, type TestApp } from '#test/app';
import { castOf } from '#test/cast';
import { fieldsOf } from '#test/errors';
import { makeActivity, makePartner, makeUser } from '#test/factories';

let t: TestApp;
let babel: Agent;
let pusat: Agent;
let yulianti: Agent;
let puputManager: Agent;
let puput: { id: number };
let cendil: { id: number };
let airBelo: { id: number };
let airBeloManager: number;

/** A moment in Western Indonesian Time. */
const wib = (moment: string) => new Date(`${moment}:00+07:00`);

beforeAll(async () => {
  t = await testApp();
  const cast = await castOf(t, { staff: ['pusat', 'babel', 'yulianti'], managers: ['puput', 'cendil'], libraries: ['gambir'] });
  ({ babel, pusat, yulianti } = cast.agents);
  puputManager = cast.agents.puput;
  ({ puput, cendil } = cast.partners);
  airBelo = await makePartner(t.db, { name: 'Perpusdes Air Belo', regionCode: '19.05.01.2005' });
  airBeloManager = (await makeUser(t.db, { role: 'pengelola', partnerId: airBelo.id })).id;

  // June 2024 in Bangka Belitung: three active libraries, two report.
  // Puput sends its June report on 2 July: on time. A second June report later does not change that.
  await makeActivity(t.db, {
    partnerId: puput.id,
    reporterId: cast.userIds.puput,
    date: '2024-06-14',
    status: 'submitted',
    now: wib('2024-07-02T09:00'),
  });
  await makeActivity(t.db, {
    partnerId: puput.id,
    reporterId: cast.userIds.puput,
    date: '2024-06-20',
    status: 'verified',
    now: wib('2024-07-20T09:00'),
  });
  // Cendil's first June report comes on 6 July, a day after the deadline.
  await makeActivity(t.db, {
    partnerId: cendil.id,
    reporterId: cast.userIds.cendil,
    date: '2024-06-03',
    status: 'submitted',
    now: wib('2024-07-06T08:00'),
  });
  // Air Belo reported in May, and in June only a draft and a report sent back: neither counts.
  await makeActivity(t.db, {
    partnerId: airBelo.id,
    reporterId: airBeloManager,
    date: '2024-05-20',
    status: 'verified',
    now: wib('2024-05-21T10:00'),
  });
  await makeActivity(t.db, {
    partnerId: airBelo.id,
    reporterId: airBeloManager,
    date: '2024-06-10',
    status: 'draft',
    now: wib('2024-06-11T10:00'),
  });
  await makeActivity(t.db, {
    partnerId: airBelo.id,
    reporterId: airBeloManager,
    date: '2024-06-11',
    status: 'returned',
    now: wib('2024-06-12T10:00'),
  });
  // Outside the province: counted for the country only.
  await makeActivity(t.db, {
    partnerId: cast.partners.gambir.id,
    reporterId: cast.userIds.pusat,
    date: '2024-06-05',
    status: 'submitted',
    now: wib('2024-06-06T10:00'),
  });
}, 60_000);
afterAll(() => t.close());

async function completenessOf(agent: Agent, query: string): Promise<CompletenessResponse> {
  const res = await agent.get(`/api/completeness?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<CompletenessResponse>();
}

async function trendOf(agent: Agent, query: string): Promise<CompletenessTrendResponse['months']> {
  const res = await agent.get(`/api/completeness/trend?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<CompletenessTrendResponse>().months;
}

describe('completeness of a month', () => {
  it('counts the active partners that reported: 2 of 3 in June, one of them on time', async () => {
    const june = await completenessOf(babel, 'month=2024-06');
    expect(june).toMatchObject({ month: '2024-06', deadline: '2024-07-05', partners: 3, reported: 2, onTime: 1, silentTotal: 1 });
    expect(june.rate).toBeCloseTo(2 / 3, 10);
    expect(june.region).toEqual({ code: '19', name: 'Kepulauan Bangka Belitung', level: 'provinsi' });
  });

  it('lists the silent partner with its last counted report, not its draft or returned one', async () => {
    const june = await completenessOf(babel, 'month=2024-06');
    expect(june.silent).toEqual([
      { partnerId: airBelo.id, name: 'Perpusdes Air Belo', regionCode: '19.05.01.2005', lastReportDate: '2024-05-20' },
    ]);
  });

  it('splits the figures by child region', async () => {
    const june = await completenessOf(babel, 'month=2024-06');
    const byCode = new Map(june.children.map((c) => [c.regionCode, c]));
    expect(byCode.get('19.05')).toMatchObject({ name: 'Kabupaten Bangka Barat', partners: 2, reported: 1, rate: 0.5, onTime: 1 });
    expect(byCode.get('19.06')).toMatchObject({ name: 'Kabupaten Belitung Timur', partners: 1, reported: 1, rate: 1, onTime: 0 });
    expect(byCode.get('19.01')).toMatchObject({ partners: 0, reported: 0, rate: 0 });
    expect(june.children).toHaveLength(7);
  });

  it("shows a facilitator its own regency by default, and a regency's districts below it", async () => {
    const june = await completenessOf(yulianti, 'month=2024-06');
    expect(june).toMatchObject({ partners: 2, reported: 1, onTime: 1, region: { code: '19.05' } });
    expect(june.children.find((c) => c.regionCode === '19.05.06')).toMatchObject({ partners: 1, reported: 1 });
    expect(june.children.find((c) => c.regionCode === '19.05.01')).toMatchObject({ partners: 1, reported: 0 });
  });

  it('counts the whole country for the national office', async () => {
    const june = await completenessOf(pusat, 'month=2024-06');
    expect(june).toMatchObject({ partners: 4, reported: 3, onTime: 2, region: { code: null, name: 'Indonesia' } });
    expect(june.children).toHaveLength(38);
    expect(june.children.find((c) => c.regionCode === '31')).toMatchObject({ partners: 1, reported: 1, rate: 1 });
  });

  it('moves the instant a report is sent, and leaves nothing the rollup check would find', async () => {
    const late = await makeActivity(t.db, {
      partnerId: airBelo.id,
      reporterId: airBeloManager,
      date: '2024-06-28',
      status: 'submitted',
      now: wib('2024-08-01T10:00'),
    });
    const june = await completenessOf(babel, 'month=2024-06');
    expect(june).toMatchObject({ partners: 3, reported: 3, onTime: 1, silent: [], silentTotal: 0 });
    expect(await checkRollups(t.db)).toEqual([]);
    // Sent back to the reporter, it stops counting again.
    expect((await babel.post(`/api/activities/${late.id}/return`, { comment: 'Lengkapi foto kegiatan.' })).statusCode).toBe(200);
    expect(await completenessOf(babel, 'month=2024-06')).toMatchObject({ reported: 2, silentTotal: 1 });
    expect(await checkRollups(t.db)).toEqual([]);
  });

  it("follows the KPI profile's deadline day: with day 12, Cendil's report of 6 July is on time too", async () => {
    const published = await pusat.post('/api/kpi/profiles', {
      definition: { ...tpbis2024Profile, reportingDeadlineDay: 12 },
      effectiveFrom: '2024-06-01',
      note: 'batas laporan tanggal 12',
    });
    expect(published.statusCode, published.body).toBe(201);
    expect(await completenessOf(babel, 'month=2024-06')).toMatchObject({ deadline: '2024-07-12', reported: 2, onTime: 2 });
    // May ends before the new version: its deadline stays day 5.
    expect(await completenessOf(babel, 'month=2024-05')).toMatchObject({ deadline: '2024-06-05', reported: 1, onTime: 1 });
  });

  it('reads the deadline day 5 from profiles stored before the setting existed', async () => {
    const versions = (await pusat.get('/api/kpi/profiles')).json<{
      items: { version: number; definition: { reportingDeadlineDay: number } }[];
    }>();
    expect(versions.items.find((v) => v.version === 1)?.definition.reportingDeadlineDay).toBe(5);
  });
});

describe('the monthly trend', () => {
  it('gives every month from one to the other, for a province and for a regency', async () => {
    expect(await trendOf(babel, 'from=2024-04&to=2024-07')).toEqual([
      { month: '2024-04', partners: 3, reported: 0, rate: 0, onTime: 0 },
      { month: '2024-05', partners: 3, reported: 1, rate: 1 / 3, onTime: 1 },
      { month: '2024-06', partners: 3, reported: 2, rate: 2 / 3, onTime: 2 },
      { month: '2024-07', partners: 3, reported: 0, rate: 0, onTime: 0 },
    ]);
    expect(await trendOf(yulianti, 'region=19.05&from=2024-05&to=2024-06')).toEqual([
      { month: '2024-05', partners: 2, reported: 1, rate: 0.5, onTime: 1 },
      { month: '2024-06', partners: 2, reported: 1, rate: 0.5, onTime: 1 },
    ]);
    expect((await trendOf(pusat, 'from=2024-06&to=2024-06'))[0]).toMatchObject({ partners: 4, reported: 3 });
  });

  it('refuses a reversed or too long range, naming the field', async () => {
    expect(fieldsOf(await babel.get('/api/completeness/trend?from=2024-07&to=2024-01'))).toEqual(['to']);
    expect(fieldsOf(await babel.get('/api/completeness/trend?from=2020-01&to=2024-01'))).toEqual(['from']);
  });
});

describe('who may read completeness', () => {
  it('refuses a library manager: it has its own rapor', async () => {
    expect((await puputManager.get('/api/completeness?month=2024-06')).statusCode).toBe(403);
    expect((await puputManager.get('/api/completeness/trend?from=2024-01&to=2024-06')).statusCode).toBe(403);
  });

  it('refuses a region outside the scope, and answers 404 for an unknown one', async () => {
    expect((await yulianti.get('/api/completeness?region=19.06&month=2024-06')).statusCode).toBe(403);
    expect((await babel.get('/api/completeness?region=31&month=2024-06')).statusCode).toBe(403);
    expect((await babel.get('/api/completeness?region=19.99&month=2024-06')).statusCode).toBe(404);
  });

  it('refuses a month that is not YYYY-MM, naming month', async () => {
    for (const month of ['2024-13', 'June', '2024-6', '1999-12']) {
      const res = await babel.get(`/api/completeness?month=${month}`);
      expect(res.statusCode, month).toBe(400);
      expect(fieldsOf(res)).toEqual(['month']);
    }
    expect(fieldsOf(await babel.get('/api/completeness'))).toEqual(['month']);
  });
});
