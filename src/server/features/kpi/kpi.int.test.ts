import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factsFromActivities } from '#domain/kpi/facts';
import { scorePartner } from '#domain/kpi/score';
import { tpbis2024Profile } from '#domain/kpi/tpbis2024';
import type { Strategy } from '#domain/taxonomy';
import { testApp, type Agent, type TestApp } from '#test/app';
import { castOf, libraryWithManager } from '#test/cast';

let t: TestApp;
let babel: Agent;

beforeAll(async () => {
  t = await testApp();
  babel = (await castOf(t, { staff: ['babel'] })).agents.babel;
});
afterAll(() => t.close());

interface Report {
  date: string;
  strategy: Strategy;
  male?: number;
  female?: number;
}

/** A village library whose manager reports (and submits) the given activities through the API. */
async function libraryWith(village: string, reports: Report[]) {
  const { partner, agent } = await libraryWithManager(t, { regionCode: village, type: 'desa' });
  for (const [i, r] of reports.entries()) {
    const created = await agent.post('/api/activities', {
      partnerId: partner.id,
      strategy: r.strategy,
      title: `Kegiatan ${r.strategy} ${i + 1}`,
      date: r.date,
      participantsMale: r.male ?? 0,
      participantsFemale: r.female ?? 0,
    });
    expect(created.statusCode, created.body).toBe(201);
    const submitted = await agent.post(`/api/activities/${created.json<{ id: number }>().id}/submit`);
    expect(submitted.statusCode, submitted.body).toBe(200);
  }
  return { partner, agent, reports };
}

const times = (n: number, make: (i: number) => Report) => Array.from({ length: n }, (_, i) => make(i));
const monthly = (month: string, n: number, strategy: Strategy, people = 0) =>
  times(n, (i) => ({
    date: `${month}-${String(1 + (i % 28)).padStart(2, '0')}`,
    strategy,
    male: Math.floor(people / 2),
    female: people - Math.floor(people / 2),
  }));

async function kpiOf(partnerId: number, region: string, from: string, to: string) {
  const res = await babel.get(`/api/kpi/partners?region=${region}&from=${from}&to=${to}`);
  expect(res.statusCode, res.body).toBe(200);
  const body = res.json<{
    profile: { id: number; version: number };
    items: {
      partnerId: number;
      score: number;
      color: string;
      indicators: { code: string; achieved: number; target: number; ratio: number; points: number }[];
    }[];
  }>();
  const item = body.items.find((i) => i.partnerId === partnerId);
  if (!item) throw new Error('partner missing from the KPI list');
  return { ...item, profile: body.profile };
}

function expectedScore(reports: Report[], from: string, to: string) {
  const facts = factsFromActivities(
    reports.map((r) => ({
      date: r.date,
      strategy: r.strategy,
      status: 'submitted' as const,
      participantsMale: r.male ?? 0,
      participantsFemale: r.female ?? 0,
    })),
    { from, to },
  );
  return scorePartner(tpbis2024Profile, 'desa', { from, to }, facts);
}

describe('KPI through the API equals the pure scoring', () => {
  it('a library exactly at every target in February 2024 scores 100, green', async () => {
    // 29 days: targets 3.81 activities, 57.17 participants, 0.95 advocacy, 0.32 information service.
    const lib = await libraryWith('19.05.06.2005', [
      ...monthly('2024-02', 4, 'pelibatan_masyarakat', 15),
      ...monthly('2024-02', 1, 'advokasi'),
      ...monthly('2024-02', 1, 'layanan_informasi'),
    ]);
    const kpi = await kpiOf(lib.partner.id, '19.05.06', '2024-02-01', '2024-02-29');
    expect(kpi).toMatchObject({ score: 100, color: 'hijau' });
    expect(kpi.indicators.find((i) => i.code === 'peserta')).toMatchObject({ achieved: 60, target: 57.17, ratio: 1, points: 15 });
    expect(kpi.profile.version).toBe(1);
    expect(kpi).toMatchObject(expectedScore(lib.reports, '2024-02-01', '2024-02-29'));
  });

  it('just below green (79.99) is yellow, across three months', async () => {
    // Jan–Mar 2024, 91 days: 12 engagement activities (40), 39 participants (3.26), 2 advocacy of 2.99 (16.72),
    // 1 service (10), a report every month (10) = 79.99.
    const reports: Report[] = [
      ...monthly('2024-01', 4, 'pelibatan_masyarakat', 3),
      ...monthly('2024-02', 4, 'pelibatan_masyarakat', 3),
      ...monthly('2024-03', 3, 'pelibatan_masyarakat', 4),
      { date: '2024-03-20', strategy: 'pelibatan_masyarakat', male: 1, female: 2 },
      ...monthly('2024-02', 2, 'advokasi'),
      ...monthly('2024-03', 1, 'layanan_informasi'),
    ];
    const lib = await libraryWith('19.05.06.2001', reports);
    const kpi = await kpiOf(lib.partner.id, '19.05', '2024-01-01', '2024-03-31');
    expect(kpi).toMatchObject({ score: 79.99, color: 'kuning' });
    expect(kpi).toMatchObject(expectedScore(reports, '2024-01-01', '2024-03-31'));
  });

  it('exactly 50 is yellow, and just below it red', async () => {
    const at50 = [
      ...monthly('2024-01', 4, 'pelibatan_masyarakat'),
      ...monthly('2024-02', 4, 'pelibatan_masyarakat'),
      ...monthly('2024-03', 4, 'pelibatan_masyarakat'),
    ];
    const lib50 = await libraryWith('19.05.03.2008', at50);
    expect(await kpiOf(lib50.partner.id, '19', '2024-01-01', '2024-03-31')).toMatchObject({ score: 50, color: 'kuning' });
    const below = at50.slice(1);
    const libBelow = await libraryWith('19.05.03.2009', below);
    const kpi = await kpiOf(libBelow.partner.id, '19', '2024-01-01', '2024-03-31');
    expect(kpi).toMatchObject({ score: 46.79, color: 'merah' });
    expect(kpi).toMatchObject(expectedScore(below, '2024-01-01', '2024-03-31'));
  });

  it('a range that cuts months counts only its own days', async () => {
    const reports = [
      ...monthly('2024-01', 6, 'pelibatan_masyarakat', 10),
      ...monthly('2024-02', 6, 'pelibatan_masyarakat', 10),
      ...monthly('2024-03', 2, 'advokasi'),
    ];
    const lib = await libraryWith('19.05.05.2006', reports);
    for (const [from, to] of [
      ['2024-01-15', '2024-03-10'],
      ['2024-01-03', '2024-01-04'],
      ['2024-02-01', '2024-03-31'],
    ] as const) {
      expect(await kpiOf(lib.partner.id, '19.05.05', from, to)).toMatchObject(expectedScore(reports, from, to));
    }
  });

  it('an empty range scores 0, red, with every target still shown', async () => {
    const lib = await libraryWith('19.05.02.2007', []);
    const kpi = await kpiOf(lib.partner.id, '19.05.02', '2024-05-01', '2024-05-31');
    expect(kpi).toMatchObject({ score: 0, color: 'merah' });
    expect(kpi.indicators.map((i) => i.code)).toEqual(['pelibatan', 'peserta', 'advokasi', 'layanan', 'keteraturan']);
    expect(kpi.indicators.every((i) => i.achieved === 0 && i.target > 0)).toBe(true);
  });
});

describe('the ranking a page at a time', () => {
  interface Page {
    total: number;
    page: number;
    pageSize: number;
    items: { partnerId: number; name: string; score: number; rank: number }[];
  }
  const period = 'from=2024-04-01&to=2024-04-30';
  const pageOf = async (query: string) => {
    const res = await babel.get(`/api/kpi/partners?region=19.05.01&${period}&${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<Page>();
  };

  it('counts the whole region, ranks over it and cuts pages, by score or by name, filtered by name', async () => {
    // Five libraries of one district in April 2024: two at the same score share rank 2.
    const villages = ['19.05.01.1001', '19.05.01.1002', '19.05.01.1003', '19.05.01.1008', '19.05.01.1009'];
    const made = [];
    for (const [i, count] of [6, 3, 3, 1, 0].entries()) {
      made.push(await libraryWith(villages[i] ?? '', monthly('2024-04', count, 'pelibatan_masyarakat')));
    }
    const whole = await pageOf('');
    expect(whole).toMatchObject({ total: 5, page: 1, pageSize: 500 });
    expect(whole.items.map((i) => i.rank)).toEqual([1, 2, 2, 4, 5]);
    expect(whole.items[0]?.partnerId).toBe(made[0]?.partner.id);

    const second = await pageOf('page=2&pageSize=2');
    expect(second).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect(second.items).toEqual(whole.items.slice(2, 4));
    expect((await pageOf('page=4&pageSize=2')).items).toEqual([]);

    const byName = await pageOf('sort=name');
    expect(byName.items.map((i) => i.name)).toEqual(whole.items.map((i) => i.name).sort((a, b) => a.localeCompare(b, 'id')));
    // A filtered page keeps each partner's rank in the whole region.
    const last = whole.items[4];
    if (!last) throw new Error('five partners expected');
    const found = await pageOf(`q=${encodeURIComponent(last.name.toUpperCase())}`);
    expect(found).toMatchObject({ total: 1, items: [{ partnerId: last.partnerId, rank: 5 }] });
  });

  it('refuses a page size above 500 and a sort it does not know, naming the field', async () => {
    for (const [query, field] of [
      ['pageSize=501', 'pageSize'],
      ['page=0', 'page'],
      ['sort=warna', 'sort'],
    ] as const) {
      const res = await babel.get(`/api/kpi/partners?region=19.05.01&${period}&${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(JSON.stringify(res.json()), query).toContain(field);
    }
  });
});
