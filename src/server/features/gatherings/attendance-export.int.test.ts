import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Gathering } from '#domain/gatherings';
import { testApp, type Agent, type TestApp } from '#test/app';
import { castOf } from '#test/cast';
import { fieldsOf } from '#test/errors';
import { makePartner } from '#test/factories';
import { column, csvOf, headersOf, rowWhere, rowsOf, sheetOf } from '#test/sheets';

let t: TestApp;
let babel: Agent;
let jakarta: Agent;
let gathering: Gathering;
let ids: Record<'cendil' | 'belo' | 'labu', number>;

beforeAll(async () => {
  t = await testApp();
  const cast = await castOf(t, { staff: ['babel', 'jakarta'], libraries: ['cendil'] });
  ({ babel, jakarta } = cast.agents);
  ids = {
    cendil: cast.partners.cendil.id,
    belo: (await makePartner(t.db, { name: 'Perpusdes Belo Laut', regionCode: '19.05.01.2006' })).id,
    labu: (await makePartner(t.db, { name: 'Perpusdes Tanjung Labu', regionCode: '19.03.02.2001' })).id,
  };
  const created = await babel.post('/api/gatherings', {
    title: 'Gathering mitra TPBIS',
    date: '2024-09-28',
    mode: 'offline',
    regionCode: '19',
  });
  const id = created.json<Gathering>().id;
  gathering = (await babel.post(`/api/gatherings/${id}/attendance`, { partnerIds: [ids.labu, ids.cendil, ids.belo] })).json<Gathering>();
});
afterAll(() => t.close());

describe('attendance export', () => {
  it("has every library on the gathering's attendance, by name, with its id, kind and where it is", async () => {
    const res = await babel.get(`/api/gatherings/${gathering.id}/attendance/export?format=xlsx`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="daftar-hadir-2024-09-28-gathering-mitra-tpbis-\d{4}-\d{2}-\d{2}\.xlsx"$/,
    );
    const sheet = await sheetOf(res);
    expect(headersOf(sheet)).toEqual([
      'No',
      'ID mitra',
      'Nama perpustakaan',
      'Jenis',
      'Desa/kelurahan',
      'Kecamatan',
      'Kabupaten/kota',
      'Kode wilayah',
    ]);
    expect(rowsOf(sheet)).toHaveLength(gathering.attendance.length);
    expect(column(sheet, 'Nama perpustakaan')).toEqual(gathering.attendance.map((a) => a.name));
    expect(column(sheet, 'No')).toEqual([1, 2, 3]);
    expect(rowWhere(sheet, 'ID mitra', ids.labu)).toMatchObject({
      'Nama perpustakaan': 'Perpusdes Tanjung Labu',
      Jenis: 'Perpustakaan desa/kelurahan',
      'Kabupaten/kota': 'Kabupaten Bangka Selatan',
      'Kode wilayah': '19.03.02.2001',
    });
  });

  it('as CSV can be imported into the next gathering as it is', async () => {
    const csv = await babel.get(`/api/gatherings/${gathering.id}/attendance/export?format=csv`);
    expect(csvOf(csv).slice(1)).toHaveLength(3);
    const next = (
      await babel.post('/api/gatherings', { title: 'Gathering berikutnya', date: '2024-10-12', mode: 'online', regionCode: '19' })
    ).json<Gathering>();
    const dry = await babel.post(`/api/gatherings/${next.id}/attendance/import?dryRun=1`, { text: csv.rawPayload.toString('utf8') });
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json<{ matched: { partnerId: number }[]; unmatched: unknown[] }>()).toMatchObject({ unmatched: [] });
    expect(
      dry
        .json<{ matched: { partnerId: number }[] }>()
        .matched.map((m) => m.partnerId)
        .sort(),
    ).toEqual(Object.values(ids).sort());
  });

  it('is refused where the gathering is, and without a format', async () => {
    expect((await jakarta.get(`/api/gatherings/${gathering.id}/attendance/export?format=csv`)).statusCode).toBe(404);
    expect((await babel.get(`/api/gatherings/999999/attendance/export?format=csv`)).statusCode).toBe(404);
    expect(fieldsOf(await babel.get(`/api/gatherings/${gathering.id}/attendance/export`))).toEqual(['format']);
  });
});
