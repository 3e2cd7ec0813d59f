import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KpiListResponse } from '#domain/dashboard';
import type { KpiProfile } from '#domain/kpi/profile';
import type { KpiProfileVersion, ProfilePreviewResponse } from '#domain/kpi/profile-versions';
import { tpbis2024Profile } from '#domain/kpi/tpbis2024';
import { testApp, type Agent, type TestApp } from '#test/app';
import { castOf } from '#test/cast';
import { errorOf } from '#test/errors';
import { makeActivity, makePartner, makeUser } from '#test/factories';

// The preview of a KPI profile version not yet saved, and what saving one does to the scores
// already cached: September 2024 in Bangka Belitung, three village libraries of known colours.

let t: TestApp;
let pusat: Agent;
let babel: Agent;
const september = { from: '2024-09-01', to: '2024-09-30' };
const ranking = `/api/kpi/partners?region=19&from=${september.from}&to=${september.to}`;
const ids = { puput: 0, cendil: 0, ketap: 0 };

/** A September a village library reports: `engagements` pelibatan activities and one advocacy when `advocacy`. */
async function september2024(partnerId: number, engagements: number, advocacy: boolean) {
  const reporter = await makeUser(t.db, { role: 'pengelola', partnerId });
  for (let i = 0; i < engagements; i += 1)
    await makeActivity(t.db, { partnerId, reporterId: reporter.id, date: `2024-09-0${i + 1}`, status: 'submitted' });
  if (advocacy)
    await makeActivity(t.db, { partnerId, reporterId: reporter.id, strategy: 'advokasi', date: '2024-09-10', status: 'verified' });
}

const withGreenAt = (green: number): KpiProfile => ({ ...structuredClone(tpbis2024Profile), thresholds: { green, yellow: 50 } });

const colours = async () =>
  Object.fromEntries(
    (await pusat.get(ranking)).json<KpiListResponse>().items.map((i) => [i.partnerId, { score: i.score, color: i.color }]),
  );

beforeAll(async () => {
  t = await testApp();
  const cast = await castOf(t, { staff: ['pusat', 'babel'], libraries: ['puput', 'cendil'] });
  ({ pusat, babel } = cast.agents);
  ids.puput = cast.partners.puput.id;
  ids.cendil = cast.partners.cendil.id;
  ids.ketap = (await makePartner(t.db, { regionCode: '19.05.03.2009', name: 'Perpusdes Ketap' })).id;
  // Puput (Bangka Barat) and Cendil (Belitung Timur) green in the 80s, Ketap red.
  await september2024(ids.puput, 4, true);
  await september2024(ids.cendil, 4, true);
  await september2024(ids.ketap, 1, false);
});
afterAll(() => t.close());

describe('POST /api/kpi/profiles/preview', () => {
  it('a hijau threshold raised to 90 turns the two libraries in the 80s yellow, one in each regency', async () => {
    const before = await colours();
    expect(before[ids.puput]?.color).toBe('hijau');
    expect(before[ids.puput]?.score).toBeLessThan(90);
    expect(before[ids.cendil]?.color).toBe('hijau');
    expect(before[ids.ketap]?.color).toBe('merah');

    const res = await pusat.post('/api/kpi/profiles/preview', {
      definition: withGreenAt(90),
      effectiveFrom: '2024-01-01',
      region: '19',
      ...september,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<ProfilePreviewResponse>()).toEqual({
      current: { id: expect.any(Number) as number, version: 1 },
      appliesToPeriod: true,
      partners: 3,
      changed: 2,
      transitions: [{ from: 'hijau', to: 'kuning', count: 2 }],
      regions: [
        {
          regionCode: '19.05',
          name: 'Kabupaten Bangka Barat',
          partners: 2,
          changed: 1,
          transitions: [{ from: 'hijau', to: 'kuning', count: 1 }],
        },
        {
          regionCode: '19.06',
          name: 'Kabupaten Belitung Timur',
          partners: 1,
          changed: 1,
          transitions: [{ from: 'hijau', to: 'kuning', count: 1 }],
        },
      ],
    });
  });

  it('counts by province for the whole country, and says when the period ends before the version starts', async () => {
    const res = await pusat.post('/api/kpi/profiles/preview', { definition: withGreenAt(90), effectiveFrom: '2024-10-01', ...september });
    const preview = res.json<ProfilePreviewResponse>();
    expect(preview).toMatchObject({ appliesToPeriod: false, changed: 2 });
    expect(preview.regions.map((r) => [r.regionCode, r.changed])).toEqual([['19', 2]]);
  });

  it('stores nothing, and changes nothing when the definition is the one in force', async () => {
    const same = await pusat.post('/api/kpi/profiles/preview', {
      definition: tpbis2024Profile,
      effectiveFrom: '2024-01-01',
      region: '19',
      ...september,
    });
    expect(same.json<ProfilePreviewResponse>()).toMatchObject({ partners: 3, changed: 0, regions: [] });
    expect((await pusat.get('/api/kpi/profiles')).json<{ items: unknown[] }>().items).toHaveLength(1);
  });

  it('is the national office’s alone, and a definition whose weights do not total 100 names its field', async () => {
    const asProvince = await babel.post('/api/kpi/profiles/preview', {
      definition: withGreenAt(90),
      effectiveFrom: '2024-01-01',
      region: '19',
      ...september,
    });
    expect(asProvince.statusCode).toBe(403);
    const broken = withGreenAt(90);
    if (broken.indicators[0]) broken.indicators[0].weight = 30;
    const res = await pusat.post('/api/kpi/profiles/preview', {
      definition: broken,
      effectiveFrom: '2024-01-01',
      region: '19',
      ...september,
    });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).details).toContainEqual(expect.objectContaining({ field: 'definition.indicators', issue: 'weights_sum' }));
  });
});

describe('saving a new version', () => {
  it('recolours a period already scored and cached, as the preview said', async () => {
    // The ranking of September is in the province's score cache now.
    expect((await colours())[ids.puput]?.color).toBe('hijau');
    const saved = await pusat.post('/api/kpi/profiles', {
      definition: withGreenAt(90),
      effectiveFrom: '2024-09-01',
      note: 'Hijau mulai 90',
    });
    expect(saved.statusCode, saved.body).toBe(201);
    expect(saved.json<KpiProfileVersion>()).toMatchObject({ version: 2, effectiveFrom: '2024-09-01', note: 'Hijau mulai 90' });

    const after = (await pusat.get(ranking)).json<KpiListResponse>();
    expect(after.profile.version).toBe(2);
    const colourOf = (id: number) => after.items.find((i) => i.partnerId === id)?.color;
    expect([colourOf(ids.puput), colourOf(ids.cendil), colourOf(ids.ketap)]).toEqual(['kuning', 'kuning', 'merah']);
  });

  it('leaves a period that ended before the version’s date as it was', async () => {
    const august = (await pusat.get('/api/kpi/partners?region=19&from=2024-08-01&to=2024-08-31')).json<KpiListResponse>();
    expect(august.profile.version).toBe(1);
  });
});
