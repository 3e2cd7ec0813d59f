import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Agent, type TestApp } from '#test/app';
import { castOf, libraryWithManager } from '#test/cast';
import { fieldsOf } from '#test/errors';
import { makePractice } from '#test/factories';
import { column, csvOf, headersOf, rowWhere, rowsOf, sheetOf } from '#test/sheets';

let t: TestApp;
let babel: Agent;
let puputManager: Agent;
let puputId: number;

/** More stories than one page of the export's keyset reads (a page is 1,000 rows). */
const bulk = 1_010;

beforeAll(async () => {
  t = await testApp();
  const cast = await castOf(t, { staff: ['pusat', 'babel'], managers: ['puput', 'cendil'] });
  babel = cast.agents.babel;
  puputManager = cast.agents.puput;
  const { puput, cendil } = cast.partners;
  puputId = puput.id;
  const reviewerId = cast.userIds.pusat;
  const gambir = await libraryWithManager(t, { name: 'Perpustakaan Gambir', regionCode: '31.71.01.1001' });
  await makePractice(t.db, {
    partnerId: puput.id,
    authorId: cast.userIds.puput,
    title: 'Kelas menjahit, "batch" 1',
    strategy: 'pelibatan_masyarakat',
    status: 'published',
    featured: true,
    reviewerId,
  });
  await makePractice(t.db, { partnerId: puput.id, authorId: cast.userIds.puput, title: 'Draf Puput' });
  await makePractice(t.db, { partnerId: cendil.id, authorId: cast.userIds.cendil, title: 'Pojok baca Cendil', status: 'submitted' });
  await makePractice(t.db, {
    partnerId: gambir.partner.id,
    authorId: gambir.managerId,
    title: 'Kisah Gambir',
    status: 'published',
    reviewerId,
  });
  await makePractice(t.db, { partnerId: gambir.partner.id, authorId: gambir.managerId, title: 'Draf Gambir' });
  // Many published stories of Cendil, written straight into the table.
  const at = '2024-09-28T08:00:00.000Z';
  const rows = Array.from({ length: bulk }, (_, i) => ({
    partner_id: cendil.id,
    title: `Kisah harian ${i + 1}`,
    summary: 'Ringkasan.',
    story: 'Cerita.',
    strategy: 'layanan_informasi',
    testimony: null,
    testimony_by: null,
    status: 'published',
    return_comment: null,
    created_by: cast.userIds.cendil,
    created_at: at,
    updated_at: at,
    submitted_at: at,
    published_at: at,
    published_by: reviewerId,
    featured_at: null,
    featured_by: null,
  }));
  for (let i = 0; i < rows.length; i += 250)
    await t.db
      .insertInto('practices')
      .values(rows.slice(i, i + 250))
      .execute();
}, 60_000);
afterAll(() => t.close());

const totalOf = async (agent: Agent, query: string) => (await agent.get(`/api/practices?${query}`)).json<{ total: number }>().total;

describe('stories export', () => {
  it('has every story of the list over several pages, with names for status and strategy, and real dates', async () => {
    const res = await babel.get('/api/practices/export?format=xlsx');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="praktik-baik-\d{4}-\d{2}-\d{2}\.xlsx"$/);
    const sheet = await sheetOf(res);
    expect(headersOf(sheet).slice(0, 3)).toEqual(['ID kisah', 'Judul', 'Ringkasan']);
    const total = await totalOf(babel, '');
    expect(total).toBe(bulk + 4);
    expect(rowsOf(sheet)).toHaveLength(total);
    expect(new Set(column(sheet, 'ID kisah')).size).toBe(total);
    // Drafts of a library outside the province are not the admin's to see; its published story is everyone's.
    expect(column(sheet, 'Judul')).toContain('Kisah Gambir');
    expect(column(sheet, 'Judul')).not.toContain('Draf Gambir');
    const sewing = rowWhere(sheet, 'Judul', 'Kelas menjahit, "batch" 1');
    expect(sewing).toMatchObject({
      Mitra: 'Perpusdes Puput',
      Strategi: 'Pelibatan masyarakat',
      Status: 'Terbit',
      Unggulan: 'Ya',
      Foto: 0,
      'Kabupaten/kota': 'Kabupaten Bangka Barat',
    });
    expect((sewing['Terbit (WIB)'] as Date).toISOString()).toBe('2024-09-28T15:00:00.000Z');
  });

  it("keeps the list's filters, and a manager's circle", async () => {
    for (const filter of [
      'status=submitted',
      'featured=true',
      'region=31',
      `partner=${puputId}`,
      'q=menjahit',
      'strategy=layanan_informasi',
    ]) {
      const rows = csvOf(await babel.get(`/api/practices/export?format=csv&${filter}`)).slice(1);
      expect(rows.length, filter).toBe(await totalOf(babel, filter));
    }
    const own = csvOf(await puputManager.get(`/api/practices/export?format=csv&partner=${puputId}`)).slice(1);
    expect(own.map((r) => r[1]).sort()).toEqual(['Draf Puput', 'Kelas menjahit, "batch" 1']);
    expect(fieldsOf(await babel.get('/api/practices/export'))).toEqual(['format']);
  });
});
