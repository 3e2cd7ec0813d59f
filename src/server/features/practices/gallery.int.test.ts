import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Agent, type TestApp } from '#test/app';
import { castOf, libraryWithManager } from '#test/cast';
import { makePractice } from '#test/factories';

// The gallery: every published story in the country, searched by words, strategy, region and
// featured; and, for a library and its reviewers, the stories still on their way.

let t: TestApp;
let puput: Agent;
let cendil: Agent;
let gambir: Agent;
let babel: Agent;
let jakarta: Agent;
let yulianti: Agent;
let puputLibrary: { id: number };

type ListBody = {
  items: { id: number; title: string; status: string; featured: boolean; partnerName: string; regionPath: { name: string }[] }[];
  total: number;
};

const on = (date: string) => new Date(`${date}T03:00:00Z`);
const titles = async (agent: Agent, query = '') => {
  const res = await agent.get(`/api/practices${query ? `?${query}` : ''}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<ListBody>().items.map((s) => s.title);
};

beforeAll(async () => {
  t = await testApp();
  const cast = await castOf(t, { staff: ['babel', 'jakarta', 'yulianti'], managers: ['puput', 'cendil'] });
  ({ puput, cendil, babel, jakarta, yulianti } = cast.agents);
  puputLibrary = cast.partners.puput;
  const cendilLibrary = cast.partners.cendil;
  const gambirLibrary = await libraryWithManager(t, { name: 'Perpustakaan Gambir', regionCode: '31.71.01.1001' });
  gambir = gambirLibrary.agent;
  const puputAuthor = { partnerId: puputLibrary.id, authorId: cast.userIds.puput };
  const cendilAuthor = { partnerId: cendilLibrary.id, authorId: cast.userIds.cendil };
  const gambirAuthor = { partnerId: gambirLibrary.partner.id, authorId: gambirLibrary.managerId };

  await makePractice(t.db, {
    ...puputAuthor,
    title: 'Kelas menjahit ibu-ibu',
    strategy: 'pelibatan_masyarakat',
    status: 'published',
    featured: true,
    now: on('2024-03-01'),
  });
  await makePractice(t.db, {
    ...puputAuthor,
    title: 'Dana desa untuk perpustakaan',
    strategy: 'advokasi',
    story: 'Setelah audiensi dengan kepala desa, lahir Peraturan Desa yang menyisihkan dana desa untuk perpustakaan setiap tahun.',
    status: 'published',
    now: on('2024-05-01'),
  });
  await makePractice(t.db, {
    ...cendilAuthor,
    title: 'Internet gratis di Cendil',
    strategy: 'layanan_informasi',
    status: 'published',
    featured: true,
    now: on('2024-04-01'),
  });
  await makePractice(t.db, {
    ...gambirAuthor,
    title: 'Mendongeng di Gambir',
    strategy: 'pelibatan_masyarakat',
    status: 'published',
    now: on('2024-06-01'),
  });
  await makePractice(t.db, { ...puputAuthor, title: 'Draf Puput', now: on('2024-07-02') });
  await makePractice(t.db, { ...cendilAuthor, title: 'Cendil menunggu tinjauan', status: 'submitted', now: on('2024-07-01') });
  await makePractice(t.db, { ...gambirAuthor, title: 'Gambir dikembalikan', status: 'returned', now: on('2024-07-03') });
});
afterAll(() => t.close());

const published = ['Mendongeng di Gambir', 'Dana desa untuk perpustakaan', 'Internet gratis di Cendil', 'Kelas menjahit ibu-ibu'];

describe('the gallery of published stories', () => {
  it('shows every published story in the country to everyone signed in, newest first', async () => {
    for (const agent of [puput, cendil, gambir, jakarta]) expect(await titles(agent, 'status=published')).toEqual(published);
  });

  it('filters by region (any region, even outside the reader’s own), strategy, words and featured', async () => {
    expect(await titles(gambir, 'region=19')).toEqual([
      'Dana desa untuk perpustakaan',
      'Internet gratis di Cendil',
      'Kelas menjahit ibu-ibu',
    ]);
    expect(await titles(jakarta, 'region=19.05&status=published')).toEqual(['Dana desa untuk perpustakaan', 'Kelas menjahit ibu-ibu']);
    expect(await titles(gambir, 'strategy=advokasi')).toEqual(['Dana desa untuk perpustakaan']);
    // Words anywhere in the story, in any case.
    expect(await titles(gambir, `q=${encodeURIComponent('PERATURAN desa')}`)).toEqual(['Dana desa untuk perpustakaan']);
    expect(await titles(gambir, 'q=menjahit')).toEqual(['Kelas menjahit ibu-ibu']);
    expect(await titles(gambir, 'q=100%25')).toEqual([]);
    expect(await titles(gambir, 'featured=true')).toEqual(['Internet gratis di Cendil', 'Kelas menjahit ibu-ibu']);
    expect(await titles(gambir, 'featured=false&status=published')).toEqual(['Mendongeng di Gambir', 'Dana desa untuk perpustakaan']);
    expect(await titles(gambir, 'featured=true&region=19.06&strategy=layanan_informasi')).toEqual(['Internet gratis di Cendil']);
  });

  it('lists a library’s published stories for its partner page and rapor', async () => {
    const res = await gambir.get(`/api/practices?partner=${puputLibrary.id}&status=published`);
    const list = res.json<ListBody>();
    expect(list.total).toBe(2);
    expect(list.items.map((s) => [s.title, s.partnerName, s.regionPath.at(1)?.name])).toEqual([
      ['Dana desa untuk perpustakaan', 'Perpusdes Puput', 'Kabupaten Bangka Barat'],
      ['Kelas menjahit ibu-ibu', 'Perpusdes Puput', 'Kabupaten Bangka Barat'],
    ]);
  });

  it('pages through the matches with the total of all of them', async () => {
    const first = (await gambir.get('/api/practices?status=published&pageSize=3')).json<ListBody>();
    expect(first.items.map((s) => s.title)).toEqual(published.slice(0, 3));
    expect(first.total).toBe(4);
    const second = (await gambir.get('/api/practices?status=published&pageSize=3&page=2')).json<ListBody>();
    expect(second).toMatchObject({ total: 4 });
    expect(second.items.map((s) => s.title)).toEqual(published.slice(3));
    expect((await gambir.get('/api/practices?status=published&pageSize=3&page=3')).json<ListBody>().items).toEqual([]);
    expect((await gambir.get('/api/practices?pageSize=101')).statusCode).toBe(400);
    expect((await gambir.get('/api/practices?featured=maybe')).statusCode).toBe(400);
  });
});

describe('stories on their way', () => {
  it('are listed only for their library and the reviewers in scope, beside the published ones', async () => {
    expect(await titles(puput)).toEqual(['Draf Puput', ...published]);
    expect(await titles(cendil)).toEqual(['Cendil menunggu tinjauan', ...published]);
    expect(await titles(cendil, 'status=draft')).toEqual([]);
    expect(await titles(puput, 'status=draft')).toEqual(['Draf Puput']);
    expect(await titles(babel, 'status=submitted')).toEqual(['Cendil menunggu tinjauan']);
    expect(await titles(yulianti, 'status=submitted')).toEqual([]);
    expect(await titles(babel)).toEqual(['Draf Puput', 'Cendil menunggu tinjauan', ...published]);
    expect(await titles(jakarta)).toEqual(['Gambir dikembalikan', ...published]);
    // Another library's drafts stay hidden even when asked for by name.
    expect(await titles(cendil, `partner=${puputLibrary.id}`)).toEqual(['Dana desa untuk perpustakaan', 'Kelas menjahit ibu-ibu']);
  });
});
