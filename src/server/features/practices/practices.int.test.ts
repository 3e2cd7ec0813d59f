import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { practiceLimits } from '#domain/practices';
import { testApp, type Agent, type TestApp } from '#test/app';
import { castOf, libraryWithManager } from '#test/cast';
import { errorOf, fieldsOf } from '#test/errors';
import { makeActivity, makePractice, makeUser } from '#test/factories';

let t: TestApp;
let puput: Agent;
let cendil: Agent;
let gambirManager: Agent;
let yulianti: Agent;
let babel: Agent;
let jakarta: Agent;
let karolina: Agent;
let belitungTimur: Agent;
let puputLibrary: { id: number };
let cendilLibrary: { id: number };
let puputManagerId: number;
let cendilManagerId: number;

beforeAll(async () => {
  t = await testApp();
  const cast = await castOf(t, { staff: ['babel', 'jakarta', 'yulianti', 'karolina'], managers: ['puput', 'cendil'] });
  ({ puput, cendil, yulianti, babel, jakarta, karolina } = cast.agents);
  ({ puput: puputLibrary, cendil: cendilLibrary } = cast.partners);
  ({ puput: puputManagerId, cendil: cendilManagerId } = cast.userIds);
  gambirManager = (await libraryWithManager(t, { name: 'Perpustakaan Gambir', regionCode: '31.71.01.1001' })).agent;
  await makeUser(t.db, { role: 'fasilitator', regionCode: '19.06', username: 'fasilbeltim' });
  belitungTimur = await t.login('fasilbeltim');
});
afterAll(() => t.close());

interface StoryBody {
  id: number;
  status: string;
  partnerId: number;
  partnerName: string;
  regionCode: string;
  regionPath: { code: string; name: string }[];
  title: string;
  summary: string;
  story: string;
  strategy: string | null;
  testimony: string | null;
  testimonyBy: string | null;
  activities: { id: number; title: string; date: string; strategy: string; status: string }[];
  createdBy: { username: string };
  history: { kind: string; changes: Record<string, unknown> | null }[];
  allowed: string[];
}

const body = (overrides: Record<string, unknown> = {}) => ({
  partnerId: puputLibrary.id,
  title: 'Kelas menjahit ibu-ibu Puput',
  summary: 'Ibu-ibu Puput belajar menjahit dan kini menerima pesanan seragam.',
  story:
    'Perpustakaan desa membuka kelas menjahit setiap Sabtu. Dua puluh ibu ikut, belajar dari buku dan video, lalu membentuk kelompok usaha.',
  ...overrides,
});
const create = (agent: Agent, overrides: Record<string, unknown> = {}) => agent.post('/api/practices', body(overrides));

describe('writing a story', () => {
  it('a manager writes one for its own library: 201, a draft, with its linked activities and place', async () => {
    const sewing = await makeActivity(t.db, { partnerId: puputLibrary.id, reporterId: puputManagerId, title: 'Kelas menjahit pertama' });
    const fair = await makeActivity(t.db, {
      partnerId: puputLibrary.id,
      reporterId: puputManagerId,
      title: 'Pameran hasil jahitan',
      date: '2024-09-20',
      status: 'verified',
    });
    const res = await create(puput, {
      strategy: 'pelibatan_masyarakat',
      testimony: 'Saya kini punya penghasilan sendiri.',
      testimonyBy: 'Ibu Rina',
      activityIds: [fair.id, sewing.id, fair.id],
    });
    expect(res.statusCode, res.body).toBe(201);
    const s = res.json<StoryBody>();
    expect(s).toMatchObject({
      status: 'draft',
      partnerId: puputLibrary.id,
      partnerName: 'Perpusdes Puput',
      regionCode: '19.05.06.2005',
      strategy: 'pelibatan_masyarakat',
      testimony: 'Saya kini punya penghasilan sendiri.',
      testimonyBy: 'Ibu Rina',
      createdBy: { username: 'puput' },
    });
    expect(s.regionPath.map((r) => r.name)).toEqual(['Kepulauan Bangka Belitung', 'Kabupaten Bangka Barat', 'Parittiga', 'Puput']);
    expect(s.activities.map((a) => [a.title, a.status])).toEqual([
      ['Kelas menjahit pertama', 'draft'],
      ['Pameran hasil jahitan', 'verified'],
    ]);
    expect(s.history.map((e) => e.kind)).toEqual(['created']);
  });

  it('the provincial admin may write one for a library in its province; nobody for a library outside their scope', async () => {
    expect((await create(babel)).statusCode).toBe(201);
    expect((await create(babel, { partnerId: cendilLibrary.id })).statusCode).toBe(201);
    expect((await create(cendil)).statusCode).toBe(403);
    expect((await create(jakarta)).statusCode).toBe(403);
    // Facilitators review stories; they do not write them, nor do consultants.
    expect((await create(yulianti)).statusCode).toBe(403);
    expect((await create(karolina)).statusCode).toBe(403);
    const unknown = await create(babel, { partnerId: 999_999 });
    expect(unknown.statusCode).toBe(400);
    expect(fieldsOf(unknown)).toEqual(['partnerId']);
  });

  it('links only its own library’s activities: another library’s is refused with 400 naming activityIds', async () => {
    const own = await makeActivity(t.db, { partnerId: puputLibrary.id, reporterId: puputManagerId });
    const cendils = await makeActivity(t.db, { partnerId: cendilLibrary.id, reporterId: cendilManagerId, status: 'verified' });
    const res = await create(puput, { activityIds: [own.id, cendils.id, 987_654] });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual(['activityIds']);
    expect(errorOf(res).message).toContain(`activities ${cendils.id}, 987654 are not this library's own`);

    const { id } = (await create(puput, { activityIds: [own.id] })).json<StoryBody>();
    const edit = await puput.patch(`/api/practices/${id}`, { activityIds: [own.id, cendils.id] });
    expect(edit.statusCode).toBe(400);
    expect(fieldsOf(edit)).toEqual(['activityIds']);
    expect((await puput.get(`/api/practices/${id}`)).json<StoryBody>().activities.map((a) => a.id)).toEqual([own.id]);

    const another = await makeActivity(t.db, { partnerId: puputLibrary.id, reporterId: puputManagerId, title: 'Kegiatan kedua' });
    const relinked = await puput.patch(`/api/practices/${id}`, { activityIds: [another.id] });
    expect(relinked.statusCode, relinked.body).toBe(200);
    expect(relinked.json<StoryBody>().history.at(-1)?.changes).toEqual({ activityIds: { from: [own.id], to: [another.id] } });
  });

  it('no longer links an activity its reporter deleted', async () => {
    const doomed = await makeActivity(t.db, { partnerId: puputLibrary.id, reporterId: puputManagerId, title: 'Salah input' });
    const { id } = (await create(puput, { activityIds: [doomed.id] })).json<StoryBody>();
    expect((await puput.delete(`/api/activities/${doomed.id}`)).statusCode).toBe(204);
    expect((await puput.get(`/api/practices/${id}`)).json<StoryBody>().activities).toEqual([]);
  });

  it('checks every text field against the shared limits, naming each failing field', async () => {
    const res = await create(puput, {
      title: 'ab',
      summary: 'x'.repeat(practiceLimits.summary + 1),
      story: 'pendek',
      testimony: 'y'.repeat(practiceLimits.testimony + 1),
      strategy: 'menjahit',
    });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual(['story', 'strategy', 'summary', 'testimony', 'title']);
    expect((await create(puput, { activityIds: Array.from({ length: practiceLimits.activities + 1 }, (_, i) => i + 1) })).statusCode).toBe(
      400,
    );
    expect((await create(puput, { region: '19' })).statusCode).toBe(400);
  });

  it('an edit keeps each changed field’s old and new value on the trail; an empty text clears it; no change writes nothing', async () => {
    const { id } = (await create(puput, { testimony: 'Kutipan awal.' })).json<StoryBody>();
    const url = `/api/practices/${id}`;
    t.clock.advance(60_000);
    const edited = await puput.patch(url, { title: 'Kelas menjahit yang mengubah desa', testimony: '', strategy: 'advokasi' });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json<StoryBody>()).toMatchObject({ title: 'Kelas menjahit yang mengubah desa', testimony: null, strategy: 'advokasi' });
    expect((await puput.patch(url, { title: 'Kelas menjahit yang mengubah desa' })).statusCode).toBe(200);
    const history = (await puput.get(url)).json<StoryBody>().history;
    expect(history.map((e) => e.kind)).toEqual(['created', 'edited']);
    expect(history[1]?.changes).toEqual({
      title: { from: 'Kelas menjahit ibu-ibu Puput', to: 'Kelas menjahit yang mengubah desa' },
      strategy: { from: null, to: 'advokasi' },
      testimony: { from: 'Kutipan awal.', to: null },
    });
  });

  it('a draft is deleted by its library, with its trail; a submitted one is not', async () => {
    const { id } = (await create(puput)).json<StoryBody>();
    expect((await cendil.delete(`/api/practices/${id}`)).statusCode).toBe(404);
    expect((await puput.delete(`/api/practices/${id}`)).statusCode).toBe(204);
    expect((await puput.get(`/api/practices/${id}`)).statusCode).toBe(404);

    const submitted = await makePractice(t.db, { partnerId: puputLibrary.id, authorId: puputManagerId, status: 'submitted' });
    expect((await puput.delete(`/api/practices/${submitted.id}`)).statusCode).toBe(409);
  });
});

describe('who sees a story', () => {
  it('a draft, submitted or returned story is not there outside its library and its reviewers (404)', async () => {
    for (const status of ['draft', 'submitted', 'returned'] as const) {
      const { id } = await makePractice(t.db, { partnerId: puputLibrary.id, authorId: puputManagerId, status });
      for (const insider of [puput, yulianti, babel]) expect((await insider.get(`/api/practices/${id}`)).statusCode, status).toBe(200);
      for (const outsider of [cendil, gambirManager, belitungTimur, jakarta, karolina]) {
        const res = await outsider.get(`/api/practices/${id}`);
        expect(res.statusCode, status).toBe(404);
        expect(errorOf(res).code).toBe('not_found');
        expect((await outsider.patch(`/api/practices/${id}`, { title: 'Diambil alih' })).statusCode).not.toBe(200);
      }
    }
  });

  it('a published story is read across the country, without the library’s review thread', async () => {
    const { id } = await makePractice(t.db, {
      partnerId: puputLibrary.id,
      authorId: puputManagerId,
      status: 'published',
      title: 'Perpustakaan jadi pusat belajar warga',
    });
    for (const reader of [cendil, gambirManager, belitungTimur, jakarta, karolina]) {
      const res = await reader.get(`/api/practices/${id}`);
      expect(res.statusCode).toBe(200);
      expect(res.json<StoryBody>()).toMatchObject({ title: 'Perpustakaan jadi pusat belajar warga', status: 'published' });
    }
    expect((await gambirManager.get(`/api/practices/${id}`)).json<StoryBody>()).toMatchObject({ history: [], allowed: [] });
    expect((await karolina.get(`/api/practices/${id}`)).json<StoryBody>().history.map((e) => e.kind)).toEqual([
      'created',
      'submitted',
      'published',
    ]);
    expect((await gambirManager.patch(`/api/practices/${id}`, { title: 'Diubah orang lain' })).statusCode).toBe(403);
  });

  it('an unknown story is 404, and the list and detail need a session', async () => {
    expect((await puput.get('/api/practices/999999')).statusCode).toBe(404);
    expect((await t.anonymous().get('/api/practices')).statusCode).toBe(401);
  });
});
