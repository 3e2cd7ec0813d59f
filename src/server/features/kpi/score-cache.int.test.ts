import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KpiListResponse } from '#domain/dashboard';
import { testApp, type Agent, type TestApp } from '#test/app';
import { makePartner, makeUser } from '#test/factories';
import { scoreCacheOf } from './scoring';

let t: TestApp;
let babel: Agent;
let manager: Agent;
let puput: { id: number };
const period = 'from=2024-01-01&to=2024-09-25';

beforeAll(async () => {
  t = await testApp();
  puput = await makePartner(t.db, { regionCode: '19.05.06.2005', name: 'Perpusdes Puput' });
  await makePartner(t.db, { regionCode: '19.06.04.2003', name: 'Perpusdes Cendil' });
  await makeUser(t.db, { role: 'admin_provinsi', regionCode: '19', username: 'babel' });
  await makeUser(t.db, { role: 'pengelola', partnerId: puput.id, username: 'puput' });
  babel = await t.login('babel');
  manager = await t.login('puput');
});
afterAll(() => t.close());

/** What one dashboard view asks for at once: the summary, the children and the ranking, of the province and a regency. */
const dashboardView = () =>
  [
    `/api/dashboard?region=19&${period}`,
    `/api/dashboard/children?region=19&${period}`,
    `/api/kpi/partners?region=19&${period}`,
    `/api/dashboard?region=19.05&${period}`,
    `/api/dashboard/children?region=19.05&${period}`,
    `/api/kpi/partners?region=19.05&${period}`,
  ].map((url) => babel.get(url));

const scoreOfPuput = async () => {
  const res = await babel.get(`/api/kpi/partners?region=19.05&${period}`);
  return res.json<KpiListResponse>().items.find((i) => i.partnerId === puput.id)?.score;
};

describe('province scores after a write', () => {
  it('are patched once, re-scoring only the reporting library, for every dashboard request that arrives together', async () => {
    for (const res of await Promise.all(dashboardView())) expect(res.statusCode, res.body).toBe(200);
    expect(await scoreOfPuput()).toBe(0);

    const created = await manager.post('/api/activities', {
      partnerId: puput.id,
      strategy: 'pelibatan_masyarakat',
      title: 'Sosialisasi literasi',
      date: '2024-09-01',
      participantsMale: 8,
      participantsFemale: 8,
    });
    expect(created.statusCode, created.body).toBe(201);
    const submitted = await manager.post(`/api/activities/${created.json<{ id: number }>().id}/submit`);
    expect(submitted.statusCode, submitted.body).toBe(200);

    const cache = scoreCacheOf(t.db);
    const before = { computations: cache.computations, patches: cache.patches };
    for (const res of await Promise.all(dashboardView())) expect(res.statusCode, res.body).toBe(200);
    expect(await scoreOfPuput()).toBeGreaterThan(0);
    expect(cache.computations - before.computations).toBe(0);
    expect(cache.patches - before.patches).toBe(1);
  });
});
