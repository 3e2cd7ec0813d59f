import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Agent, type TestApp } from '#test/app';
import { castOf } from '#test/cast';
import { errorOf, fieldsOf } from '#test/errors';
import { makeActivity } from '#test/factories';
import { generationsOf } from '#server/features/rollups/generations';

let t: TestApp;
let pusat: Agent;
let babel: Agent;
let fasil: Agent;
let karolina: Agent;
let puputManager: Agent;
let puput: { id: number };
let cendil: { id: number };
let jakarta: { id: number };
let puputManagerId: number;

beforeAll(async () => {
  t = await testApp();
  const cast = await castOf(t, {
    staff: ['pusat', 'babel', 'yulianti', 'karolina'],
    libraries: ['puput', 'cendil', 'gambir'],
    managers: ['puput', 'puput2'],
  });
  ({ pusat, babel, yulianti: fasil, karolina, puput: puputManager } = cast.agents);
  ({ puput, cendil, gambir: jakarta } = cast.partners);
  puputManagerId = cast.userIds.puput;
});
afterAll(() => t.close());

type PartnerBody = {
  id: number;
  name: string;
  type: string;
  scheme: string;
  regionCode: string;
  regionName: string;
  cohortYear: number;
  active: boolean;
};
type ListBody = { items: PartnerBody[]; total: number };
const namesOf = (res: { json: <T>() => T }) => res.json<ListBody>().items.map((p) => p.name);
const totalPartners = async () => (await pusat.get('/api/partners?pageSize=500')).json<ListBody>().total;

const airBelo = { name: 'Perpusdes Air Belo', type: 'desa', scheme: 'full_support', regionCode: '19.05.01.2005', cohortYear: 2019 };

describe('creating partners', () => {
  it('a provincial admin adds a village library at a village and sees it with its region name', async () => {
    const res = await babel.post('/api/partners', { ...airBelo, address: 'Jl. Raya Air Belo', phone: '+62 812-7000-1234' });
    expect(res.statusCode, res.body).toBe(201);
    const created = res.json<PartnerBody>();
    expect(created).toMatchObject({ ...airBelo, regionName: 'Air Belo', active: true, address: 'Jl. Raya Air Belo' });
    const page = await babel.get(`/api/partners/${created.id}`);
    expect(page.json()).toMatchObject({
      id: created.id,
      managers: [],
      activityCounts: { draft: 0, submitted: 0, verified: 0, returned: 0 },
    });
  });

  it('places each type at the level it serves: a regency library at a regency, a province library at a province', async () => {
    const kab = await babel.post('/api/partners', {
      name: 'Perpustakaan Kabupaten Bangka Barat',
      type: 'kabkota',
      scheme: 'replikasi_kabkota',
      regionCode: '19.05',
      cohortYear: 2022,
    });
    expect(kab.statusCode, kab.body).toBe(201);
    const prov = await babel.post('/api/partners', {
      name: 'DKPUS Kepulauan Bangka Belitung',
      type: 'provinsi',
      scheme: 'replikasi_provinsi',
      regionCode: '19',
      cohortYear: 2020,
    });
    expect(prov.statusCode, prov.body).toBe(201);
    const tbm = await babel.post('/api/partners', {
      name: 'TBM Sekar Biru',
      type: 'tbm',
      scheme: 'replikasi_desa',
      regionCode: '19.05.06.2001',
      cohortYear: 2023,
    });
    expect(tbm.statusCode, tbm.body).toBe(201);
  });

  it('refuses a region of the wrong level for the type, or an unknown one, with 400 naming regionCode', async () => {
    const before = await totalPartners();
    const cases = [
      [{ ...airBelo, name: 'Salah Level', regionCode: '19.05' }, 'wrong_level'],
      [{ ...airBelo, name: 'Salah Level', type: 'kabkota', regionCode: '19.05.01.2005' }, 'wrong_level'],
      [{ ...airBelo, name: 'Salah Level', type: 'provinsi', regionCode: '19.05' }, 'wrong_level'],
      [{ ...airBelo, name: 'Salah Level', type: 'tbm', regionCode: '19.05.01' }, 'wrong_level'],
      [{ ...airBelo, name: 'Tidak Ada', regionCode: '19.99.99.2999' }, 'unknown_region'],
    ] as const;
    for (const [body, issue] of cases) {
      const res = await babel.post('/api/partners', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(errorOf(res).details?.[0]).toMatchObject({ field: 'regionCode', issue });
    }
    expect(await totalPartners()).toBe(before);
  });

  it('names every failing field: wrong types, unknown fields, limits, a cohort before 2018 or in the future', async () => {
    const res = await babel.post('/api/partners', {
      name: 'ab',
      type: 'kota',
      scheme: 'gratis',
      regionCode: 19,
      cohortYear: 2017,
      phone: 'call me',
      extra: 1,
    });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual(['cohortYear', 'extra', 'name', 'phone', 'regionCode', 'scheme', 'type']);
    const long = await babel.post('/api/partners', { ...airBelo, name: 'x'.repeat(161), address: 'y'.repeat(301) });
    expect(fieldsOf(long)).toEqual(['address', 'name']);
    expect(errorOf(long).details?.find((d) => d.field === 'name')?.limit).toBe(160);
    const future = await babel.post('/api/partners', { ...airBelo, name: 'Perpusdes Masa Depan', cohortYear: 2025 });
    expect(future.statusCode).toBe(400);
    expect(errorOf(future).details?.[0]).toMatchObject({ field: 'cohortYear', issue: 'future' });
    const missing = await babel.post('/api/partners', { name: 'Perpusdes Tanpa Apa-apa' });
    expect(fieldsOf(missing)).toEqual(['cohortYear', 'regionCode', 'scheme', 'type']);
  });

  it('refuses a second partner of the same type and name at the same region with 409', async () => {
    const res = await babel.post('/api/partners', { ...airBelo, name: 'PERPUSDES AIR BELO' });
    expect(res.statusCode).toBe(409);
    expect(errorOf(res).details?.[0]?.field).toBe('name');
  });

  it('only admins create partners, and only inside their region', async () => {
    const before = await totalPartners();
    expect((await babel.post('/api/partners', { ...airBelo, name: 'Di Jakarta', regionCode: '31.71.01.1002' })).statusCode).toBe(403);
    for (const agent of [fasil, karolina, puputManager]) {
      expect((await agent.post('/api/partners', { ...airBelo, name: 'Bukan Wewenang' })).statusCode).toBe(403);
    }
    const national = await pusat.post('/api/partners', { ...airBelo, name: 'Perpustakaan Kelurahan Gambir', regionCode: '31.71.01.1002' });
    expect(national.statusCode).toBe(201);
    expect(await totalPartners()).toBe(before + 1);
  });
});

describe('listing and viewing partners', () => {
  it('filters by region subtree, type, scheme, cohort year and name in any case, with a total', async () => {
    const bangkaBarat = await babel.get('/api/partners?region=19.05&pageSize=500');
    expect(bangkaBarat.statusCode).toBe(200);
    expect(namesOf(bangkaBarat)).toEqual(
      expect.arrayContaining(['Perpusdes Puput', 'Perpusdes Air Belo', 'Perpustakaan Kabupaten Bangka Barat']),
    );
    expect(namesOf(bangkaBarat)).not.toContain('Perpusdes Cendil');
    expect(bangkaBarat.json<ListBody>().items.every((p) => p.regionCode.startsWith('19.05'))).toBe(true);

    expect(namesOf(await babel.get('/api/partners?type=kabkota'))).toEqual(['Perpustakaan Kabupaten Bangka Barat']);
    expect(namesOf(await babel.get('/api/partners?scheme=buku_bermutu'))).toEqual(['Perpusdes Cendil']);
    expect(namesOf(await babel.get('/api/partners?cohortYear=2021'))).toEqual(['Perpusdes Cendil']);
    expect(namesOf(await babel.get('/api/partners?q=PUPUT'))).toEqual(['Perpusdes Puput']);
    const paged = await babel.get('/api/partners?page=2&pageSize=2');
    expect(paged.json<ListBody>().items).toHaveLength(2);
    expect(paged.json<ListBody>().total).toBeGreaterThanOrEqual(6);
  });

  it('refuses bad filters with 400', async () => {
    const res = await babel.get('/api/partners?type=kota&pageSize=501&cohortYear=abc&active=maybe');
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual(['active', 'cohortYear', 'pageSize', 'type']);
  });

  it('keeps each user inside its scope', async () => {
    const province = namesOf(await babel.get('/api/partners?pageSize=500'));
    expect(province).toContain('Perpusdes Cendil');
    expect(province).not.toContain('Perpustakaan Gambir');
    expect((await babel.get('/api/partners?region=31')).statusCode).toBe(403);
    expect((await babel.get(`/api/partners/${jakarta.id}`)).statusCode).toBe(404);

    expect(namesOf(await fasil.get('/api/partners?pageSize=500'))).not.toContain('Perpusdes Cendil');
    expect((await fasil.get(`/api/partners/${cendil.id}`)).statusCode).toBe(404);
    expect((await karolina.get(`/api/partners/${cendil.id}`)).statusCode).toBe(200);

    expect(namesOf(await puputManager.get('/api/partners?pageSize=500'))).toEqual(['Perpusdes Puput']);
    expect((await puputManager.get(`/api/partners/${cendil.id}`)).statusCode).toBe(404);
    expect(namesOf(await pusat.get('/api/partners?pageSize=500'))).toContain('Perpustakaan Gambir');
  });

  it('the partner page shows its managers and its activities by status', async () => {
    await makeActivity(t.db, { partnerId: puput.id, reporterId: puputManagerId });
    await makeActivity(t.db, { partnerId: puput.id, reporterId: puputManagerId, status: 'submitted' });
    await makeActivity(t.db, { partnerId: puput.id, reporterId: puputManagerId, status: 'verified' });
    const res = await puputManager.get(`/api/partners/${puput.id}`);
    expect(res.statusCode).toBe(200);
    const page = res.json<{ managers: { username: string }[]; activityCounts: Record<string, number> }>();
    expect(page.managers.map((m) => m.username).sort()).toEqual(['puput', 'puput2']);
    expect(page.activityCounts).toEqual({ draft: 1, submitted: 1, verified: 1, returned: 0 });
  });
});

describe('editing partners', () => {
  it('an admin edits the name and scheme; the type must still fit the region', async () => {
    const res = await babel.patch(`/api/partners/${cendil.id}`, { name: 'Perpustakaan Desa Cendil', scheme: 'full_support' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ name: 'Perpustakaan Desa Cendil', scheme: 'full_support', regionCode: '19.06.04.2003' });
    const wrong = await babel.patch(`/api/partners/${cendil.id}`, { type: 'kabkota' });
    expect(wrong.statusCode).toBe(400);
    expect(errorOf(wrong).details?.[0]).toMatchObject({ field: 'regionCode', issue: 'wrong_level' });
    const bad = await babel.patch(`/api/partners/${cendil.id}`, { active: 'no', name: '' });
    expect(fieldsOf(bad)).toEqual(['active', 'name']);
  });

  it('only admins in scope edit', async () => {
    expect((await karolina.patch(`/api/partners/${cendil.id}`, { name: 'Diubah Konsultan' })).statusCode).toBe(403);
    expect((await puputManager.patch(`/api/partners/${puput.id}`, { name: 'Diubah Pengelola' })).statusCode).toBe(403);
    expect((await babel.patch(`/api/partners/${jakarta.id}`, { name: 'Diubah Babel' })).statusCode).toBe(404);
    expect((await babel.patch(`/api/partners/${cendil.id}`, { regionCode: '31.71.01.1001' })).statusCode).toBe(403);
    expect((await pusat.get(`/api/partners/${jakarta.id}`)).json()).toMatchObject({ name: 'Perpustakaan Gambir' });
  });

  it('deactivating keeps the partner and its history but stops new reports', async () => {
    const res = await babel.patch(`/api/partners/${puput.id}`, { active: false });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ active: false });
    expect(namesOf(await babel.get('/api/partners?active=false'))).toEqual(['Perpusdes Puput']);
    expect(namesOf(await babel.get('/api/partners?active=true&pageSize=500'))).not.toContain('Perpusdes Puput');
    const activities = await puputManager.get(`/api/activities?partner=${puput.id}`);
    expect(activities.json<{ total: number }>().total).toBe(3);
    const report = await puputManager.post('/api/activities', {
      partnerId: puput.id,
      strategy: 'advokasi',
      title: 'Audiensi kepala desa',
      date: '2024-09-20',
      participantsMale: 2,
      participantsFemale: 1,
    });
    expect(report.statusCode).toBe(400);
    expect(errorOf(report).details?.[0]).toMatchObject({ field: 'partnerId', issue: 'inactive_partner' });
    expect((await puputManager.get(`/api/activities?partner=${puput.id}`)).json<{ total: number }>().total).toBe(3);
    expect((await babel.patch(`/api/partners/${puput.id}`, { active: true })).json()).toMatchObject({ active: true });
  });

  it('moving a partner to another village moves its activities and their counts with it', async () => {
    const moved = await babel.patch(`/api/partners/${puput.id}`, { regionCode: '19.05.06.2010' });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ regionCode: '19.05.06.2010', regionName: expect.any(String) as string });
    const there = await babel.get('/api/activities?region=19.05.06.2010');
    expect(there.json<{ total: number }>().total).toBe(3);
    expect((await babel.get('/api/activities?region=19.05.06.2005')).json<{ total: number }>().total).toBe(0);
    // The submitted and the verified activity count; the rollups followed the move.
    const rollup = await t.db
      .selectFrom('rollup_region_day')
      .select(['region_code', 'activities'])
      .where('region_code', 'in', ['19.05.06.2005', '19.05.06.2010'])
      .where('activities', '!=', 0)
      .execute();
    expect(rollup).toEqual([{ region_code: '19.05.06.2010', activities: 2 }]);
  });

  it('a patch that changes nothing writes nothing and keeps the province’s cached scores', async () => {
    const generation = async () => (await generationsOf(t.db, ['19'])).get('19');
    const {
      managers: _m,
      activityCounts: _a,
      ...before
    } = (await babel.get(`/api/partners/${cendil.id}`)).json<
      PartnerBody & { address: string | null; phone: string | null; updatedAt: string; managers: unknown; activityCounts: unknown }
    >();
    const kept = await generation();
    t.clock.advance(60_000);
    const same = { name: before.name, type: before.type, scheme: before.scheme, regionCode: before.regionCode, active: true };
    for (const patch of [{}, same, { cohortYear: before.cohortYear, address: before.address, phone: before.phone }]) {
      const res = await babel.patch(`/api/partners/${cendil.id}`, patch);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual(before);
    }
    expect(await generation()).toBe(kept);

    // A new phone number is saved, but how to reach a library does not move its scores; a new name does.
    const phoned = await babel.patch(`/api/partners/${cendil.id}`, { phone: '+62 819-1234-5678' });
    expect(phoned.json()).toMatchObject({ phone: '+62 819-1234-5678', updatedAt: t.clock.now().toISOString() });
    expect(await generation()).toBe(kept);
    await babel.patch(`/api/partners/${cendil.id}`, { name: 'Perpusdes Cendil Baru' });
    expect(await generation()).toBe((kept ?? 0) + 1);
  });
});
