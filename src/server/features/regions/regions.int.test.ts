import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Agent, type TestApp } from '#test/app';
import { castOf } from '#test/cast';
import { errorOf } from '#test/errors';
import { insertRegions } from './repository';
import { childrenOf, knownRegion } from './service';

let t: TestApp;
let agent: Agent;
beforeAll(async () => {
  t = await testApp();
  agent = (await castOf(t, { staff: ['karolina'] })).agents.karolina;
});
afterAll(() => t.close());

type Items = { items: { code: string; name: string; level: string; path?: { code: string; name: string }[] }[] };

describe('regions', () => {
  it('holds every official region: 38 provinces, 514 regencies, 7,285 districts, 83,762 villages', async () => {
    const provinces = (await agent.get('/api/regions')).json<Items>().items;
    expect(provinces).toHaveLength(38);
    expect(provinces.find((p) => p.code === '19')).toEqual({ code: '19', name: 'Kepulauan Bangka Belitung', level: 'provinsi' });
    const about = (await t.anonymous().get('/api/about')).json<{ regions: number }>();
    expect(about.regions).toBe(38 + 514 + 7285 + 83762);
  });

  it('lists children down to the village of Cendil', async () => {
    const regencies = (await agent.get('/api/regions?parent=19')).json<Items>().items;
    expect(regencies.map((r) => r.name)).toContain('Kabupaten Belitung Timur');
    const villages = (await agent.get('/api/regions?parent=19.06.04')).json<Items>().items;
    expect(villages.find((v) => v.code === '19.06.04.2003')).toEqual({ code: '19.06.04.2003', name: 'Cendil', level: 'desa' });
    const cendil = await agent.get('/api/regions/19.06.04.2003');
    expect(cendil.json()).toEqual({ code: '19.06.04.2003', name: 'Cendil', level: 'desa', parentCode: '19.06.04' });
  });

  it('finds by name in any case and tells the two villages named Puput apart by their path', async () => {
    const hits = (await agent.get('/api/regions?q=PUPUT&parent=19')).json<Items>().items;
    expect(hits.map((h) => h.code).sort()).toEqual(['19.04.04.2005', '19.05.06.2005']);
    const bangkaBarat = hits.find((h) => h.code === '19.05.06.2005');
    expect(bangkaBarat?.path?.map((p) => p.name)).toEqual(['Kepulauan Bangka Belitung', 'Kabupaten Bangka Barat', 'Parittiga', 'Puput']);
  });

  it('answers 404 for an unknown code and 400 for a malformed one', async () => {
    expect((await agent.get('/api/regions/19.99')).statusCode).toBe(404);
    expect((await agent.get('/api/regions?parent=19.99')).statusCode).toBe(404);
    const bad = await agent.get('/api/regions/abc');
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad).details?.[0]?.field).toBe('code');
  });

  it('needs a session', async () => {
    expect((await t.anonymous().get('/api/regions')).statusCode).toBe(401);
  });
});

describe('regions read before', () => {
  it('are kept once found; a region not found is asked again, and a transaction reads for itself', async () => {
    const provinces = await childrenOf(t.db, null);
    expect(await childrenOf(t.db, null)).toBe(provinces);
    expect(await knownRegion(t.db, '19')).toBe(await knownRegion(t.db, '19'));

    // A code no region has yet (no official code starts 99): asked, missed, then present.
    expect(await knownRegion(t.db, '99')).toBeNull();
    await t.db.transaction().execute(async (tx) => {
      await insertRegions(tx, [{ code: '99', name: 'Provinsi Uji', level: 'provinsi', parent_code: null, search_name: 'provinsi uji' }]);
      expect(await knownRegion(tx, '99')).toMatchObject({ name: 'Provinsi Uji' });
    });
    expect(await knownRegion(t.db, '99')).toMatchObject({ code: '99', name: 'Provinsi Uji', level: 'provinsi' });
    // A village has no children: nothing kept, and asking is no error.
    expect(await childrenOf(t.db, '19.06.04.2003')).toEqual([]);
    await t.db.deleteFrom('regions').where('code', '=', '99').execute();
  });
});
