import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '#domain/permissions';
import { testApp, type Agent, type TestApp } from '#test/app';
import { castOf } from '#test/cast';
import { errorOf, fieldsOf } from '#test/errors';
import { makePractice, makeUser } from '#test/factories';
import type { PracticeListener, PracticeMoment } from './events';
import { findPractice } from './repository';
import { commentOnPractice, featurePractice, publishPractice, returnPractice, submitPractice } from './review';

let t: TestApp;
let puput: Agent;
let puput2: Agent;
let cendil: Agent;
let yulianti: Agent;
let runi: Agent;
let babel: Agent;
let jakarta: Agent;
let karolina: Agent;
let pusat: Agent;
let belitungTimur: Agent;
let puputLibrary: { id: number };
let puputManagerId: number;
let pusatId: number;

beforeAll(async () => {
  t = await testApp();
  const cast = await castOf(t, {
    staff: ['pusat', 'babel', 'jakarta', 'runi', 'yulianti', 'karolina'],
    managers: ['puput', 'puput2', 'cendil'],
  });
  ({ puput, puput2, cendil, yulianti, runi, babel, jakarta, karolina, pusat } = cast.agents);
  puputLibrary = cast.partners.puput;
  ({ puput: puputManagerId, pusat: pusatId } = cast.userIds);
  await makeUser(t.db, { role: 'fasilitator', regionCode: '19.06', username: 'fasilbeltim' });
  belitungTimur = await t.login('fasilbeltim');
});
afterAll(() => t.close());

interface StoryBody {
  id: number;
  status: string;
  title: string;
  featured: boolean;
  featuredAt: string | null;
  returnComment: string | null;
  publishedAt: string | null;
  publishedBy: { username: string } | null;
  allowed: string[];
  history: { kind: string; actor: { username: string }; changes: Record<string, unknown> | null; comment: string | null }[];
}

const minutes = (n: number) => t.clock.advance(n * 60_000);
const write = async (agent: Agent, title: string) => {
  const res = await agent.post('/api/practices', {
    partnerId: puputLibrary.id,
    title,
    summary: 'Ibu-ibu Puput belajar menjahit dan kini menerima pesanan seragam sekolah.',
    story:
      'Perpustakaan desa membuka kelas menjahit setiap Sabtu. Dua puluh ibu rumah tangga ikut, belajar dari buku dan video, lalu membentuk kelompok usaha.',
    strategy: 'pelibatan_masyarakat',
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<StoryBody>();
};
const story = async (agent: Agent, id: number) => (await agent.get(`/api/practices/${id}`)).json<StoryBody>();

describe('the review loop of a story', () => {
  it('draft → submitted → returned with a comment the author sees → edited and resubmitted → published, every step on the trail', async () => {
    const created = await write(puput, 'Kelas menjahit ibu-ibu Puput');
    expect(created).toMatchObject({ status: 'draft', featured: false, publishedAt: null });
    expect(created.allowed).toEqual(['edit', 'delete', 'submit', 'comment', 'addPhoto', 'removePhoto']);
    const url = `/api/practices/${created.id}`;

    minutes(10);
    const submitted = await puput.post(`${url}/submit`);
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json<StoryBody>()).toMatchObject({ status: 'submitted', allowed: ['comment'] });
    const locked = await puput.patch(url, { title: 'Diubah saat ditinjau' });
    expect(locked.statusCode).toBe(409);
    expect(fieldsOf(locked)).toEqual(['status']);

    minutes(30);
    const noComment = await yulianti.post(`${url}/return`, {});
    expect(noComment.statusCode).toBe(400);
    expect(fieldsOf(noComment)).toEqual(['comment']);
    const blank = await yulianti.post(`${url}/return`, { comment: '   ' });
    expect(blank.statusCode).toBe(400);
    expect(fieldsOf(blank)).toEqual(['comment']);
    const returned = await yulianti.post(`${url}/return`, { comment: 'Tambahkan kutipan dari salah satu peserta.' });
    expect(returned.statusCode, returned.body).toBe(200);
    expect(returned.json<StoryBody>()).toMatchObject({ status: 'returned', returnComment: 'Tambahkan kutipan dari salah satu peserta.' });

    // Every manager of the library sees why, and may fix it.
    for (const manager of [puput, puput2]) {
      const seen = await story(manager, created.id);
      expect(seen.returnComment).toBe('Tambahkan kutipan dari salah satu peserta.');
      expect(seen.history.at(-1)).toMatchObject({
        kind: 'returned',
        actor: { username: 'yulianti' },
        comment: 'Tambahkan kutipan dari salah satu peserta.',
      });
      expect(seen.allowed).toContain('edit');
    }

    minutes(60);
    const edited = await puput2.patch(url, {
      testimony: 'Sekarang saya bisa membantu ekonomi keluarga.',
      testimonyBy: 'Ibu Sari, peserta kelas',
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const resubmitted = await puput2.post(`${url}/submit`, { comment: 'Kutipan Ibu Sari sudah ditambahkan.' });
    expect(resubmitted.json<StoryBody>()).toMatchObject({ status: 'submitted', returnComment: null });

    minutes(15);
    const published = await yulianti.post(`${url}/publish`);
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json<StoryBody>()).toMatchObject({
      status: 'published',
      publishedAt: t.clock.now().toISOString(),
      publishedBy: { username: 'yulianti' },
    });
    expect((await puput.patch(url, { title: 'Diubah setelah terbit' })).statusCode).toBe(409);
    expect((await yulianti.post(`${url}/publish`)).statusCode).toBe(409);

    const trail = (await story(puput, created.id)).history;
    expect(trail.map((e) => [e.kind, e.actor.username, e.comment])).toEqual([
      ['created', 'puput', null],
      ['submitted', 'puput', null],
      ['returned', 'yulianti', 'Tambahkan kutipan dari salah satu peserta.'],
      ['edited', 'puput2', null],
      ['submitted', 'puput2', 'Kutipan Ibu Sari sudah ditambahkan.'],
      ['published', 'yulianti', null],
    ]);
    expect(trail[3]?.changes).toEqual({
      testimony: { from: null, to: 'Sekarang saya bisa membantu ekonomi keluarga.' },
      testimonyBy: { from: null, to: 'Ibu Sari, peserta kelas' },
    });
  });

  it('is published or returned only by a facilitator or admin in scope', async () => {
    const { id } = await write(puput, 'Pojok baca di balai desa');
    const url = `/api/practices/${id}`;
    await puput.post(`${url}/submit`);

    // Roles without the right are refused before the story is even looked at.
    for (const agent of [puput, karolina]) {
      expect((await agent.post(`${url}/publish`)).statusCode).toBe(403);
      expect((await agent.post(`${url}/return`, { comment: 'Kurang lengkap.' })).statusCode).toBe(403);
    }
    // Reviewers elsewhere do not see a story under review at all.
    for (const agent of [belitungTimur, jakarta]) {
      expect((await agent.post(`${url}/publish`)).statusCode).toBe(404);
      expect((await agent.post(`${url}/return`, { comment: 'Kurang lengkap.' })).statusCode).toBe(404);
    }
    expect((await story(puput, id)).status).toBe('submitted');

    for (const reviewer of [runi, babel, pusat]) expect((await story(reviewer, id)).allowed).toEqual(['publish', 'return', 'comment']);
    expect((await runi.post(`${url}/publish`)).statusCode).toBe(200);
  });

  it('a draft cannot be published, nor a story sent back that is not waiting for review', async () => {
    const { id } = await write(puput, 'Lomba mendongeng anak');
    expect((await yulianti.post(`/api/practices/${id}/publish`)).statusCode).toBe(409);
    const back = await yulianti.post(`/api/practices/${id}/return`, { comment: 'Belum diajukan.' });
    expect(back.statusCode).toBe(409);
    expect(errorOf(back).message).toMatch(/cannot return a story that is a draft/);
  });
});

describe('featuring a published story', () => {
  it('is for a provincial or national admin in scope, only once published, and can be undone', async () => {
    const draft = await write(puput, 'Kelas komputer untuk remaja');
    const url = `/api/practices/${draft.id}`;
    await puput.post(`${url}/submit`);
    const early = await babel.post(`${url}/feature`);
    expect(early.statusCode).toBe(409);
    expect(errorOf(early).message).toBe('only a published story can be featured');
    await yulianti.post(`${url}/publish`);

    expect((await yulianti.post(`${url}/feature`)).statusCode).toBe(403);
    expect((await puput.post(`${url}/feature`)).statusCode).toBe(403);
    // Jakarta's admin reads the story, but it is not hers to feature.
    const elsewhere = await jakarta.post(`${url}/feature`);
    expect(elsewhere.statusCode).toBe(403);
    expect(errorOf(elsewhere).message).toMatch(/outside your scope/);

    minutes(5);
    const featured = await babel.post(`${url}/feature`);
    expect(featured.statusCode, featured.body).toBe(200);
    expect(featured.json<StoryBody>()).toMatchObject({ featured: true, featuredAt: t.clock.now().toISOString() });
    expect(featured.json<StoryBody>().allowed).toEqual(['unfeature', 'comment']);
    // Asking again changes nothing and writes nothing.
    expect((await babel.post(`${url}/feature`)).json<StoryBody>().featuredAt).toBe(t.clock.now().toISOString());

    minutes(5);
    const unfeatured = await pusat.post(`${url}/unfeature`);
    expect(unfeatured.json<StoryBody>()).toMatchObject({ featured: false, featuredAt: null, status: 'published' });
    const kinds = (await story(babel, draft.id)).history.map((e) => [e.kind, e.actor.username]);
    expect(kinds.slice(-2)).toEqual([
      ['featured', 'babel'],
      ['unfeatured', 'pusat'],
    ]);
  });
});

describe('comments on a story', () => {
  it('come from its library and the staff in scope, and sit on the trail with the return reasons', async () => {
    const { id } = await write(puput, 'Perpustakaan keliling ke dusun');
    const url = `/api/practices/${id}`;
    const asked = await yulianti.post(`${url}/comments`, { text: 'Berapa kali sebulan perpustakaan keliling datang?' });
    expect(asked.statusCode, asked.body).toBe(201);
    expect(asked.json()).toMatchObject({ kind: 'commented', actor: { username: 'yulianti' } });
    expect((await puput.post(`${url}/comments`, { text: 'Dua kali sebulan, setiap Minggu pertama dan ketiga.' })).statusCode).toBe(201);
    // A consultant of the province does not see a draft; another library's manager neither.
    expect((await karolina.post(`${url}/comments`, { text: 'Menarik.' })).statusCode).toBe(404);
    expect((await cendil.post(`${url}/comments`, { text: 'Menarik.' })).statusCode).toBe(404);
    expect((await yulianti.post(`${url}/comments`, { text: '' })).statusCode).toBe(400);

    await puput.post(`${url}/submit`);
    await yulianti.post(`${url}/publish`);
    expect((await karolina.post(`${url}/comments`, { text: 'Bisa ditiru di Belitung.' })).statusCode).toBe(201);
    // Published, Cendil's manager reads it but does not join the library's thread.
    expect((await cendil.post(`${url}/comments`, { text: 'Menarik.' })).statusCode).toBe(403);

    const words = (await story(puput, id)).history.filter((e) => e.comment !== null).map((e) => [e.kind, e.actor.username]);
    expect(words).toEqual([
      ['commented', 'yulianti'],
      ['commented', 'puput'],
      ['commented', 'karolina'],
    ]);
  });
});

describe('the moments a story announces', () => {
  const recording = () => {
    const heard: PracticeMoment[] = [];
    const listener: PracticeListener = (_tx, moment) => Promise.resolve(void heard.push(moment));
    return { heard, listener };
  };
  const author = (): Actor => ({ id: puputManagerId, role: 'pengelola', partnerId: puputLibrary.id });
  const reviewer = (): Actor => ({ id: pusatId, role: 'admin_pusat', regionCode: null });

  it('are submitted, returned, published, featured and commented, each with the story, its author and the words', async () => {
    const { heard, listener } = recording();
    const { id } = await makePractice(t.db, { partnerId: puputLibrary.id, authorId: puputManagerId, title: 'Taman baca di pos ronda' });
    const now = t.clock.now();
    await submitPractice(t.db, author(), id, now, undefined, listener);
    await returnPractice(t.db, reviewer(), id, 'Sebutkan jumlah pengunjung.', now, listener);
    await submitPractice(t.db, author(), id, now, 'Sudah ditambahkan.', listener);
    await publishPractice(t.db, reviewer(), id, now, listener);
    await featurePractice(t.db, reviewer(), id, true, now, listener);
    await featurePractice(t.db, reviewer(), id, true, now, listener);
    await commentOnPractice(t.db, author(), id, 'Terima kasih!', now, listener);
    expect(heard.map((m) => [m.kind, m.actorId, m.comment])).toEqual([
      ['submitted', puputManagerId, null],
      ['returned', pusatId, 'Sebutkan jumlah pengunjung.'],
      ['submitted', puputManagerId, 'Sudah ditambahkan.'],
      ['published', pusatId, null],
      ['featured', pusatId, null],
      ['commented', puputManagerId, 'Terima kasih!'],
    ]);
    expect(heard[3]).toMatchObject({
      practiceId: id,
      title: 'Taman baca di pos ronda',
      partnerId: puputLibrary.id,
      regionCode: '19.05.06.2005',
      authorId: puputManagerId,
      at: now.toISOString(),
    });
  });

  it('are heard inside the change’s transaction: a listener that fails undoes the change', async () => {
    const { id } = await makePractice(t.db, { partnerId: puputLibrary.id, authorId: puputManagerId, status: 'submitted' });
    const failing: PracticeListener = () => Promise.reject(new Error('notification store unavailable'));
    await expect(publishPractice(t.db, reviewer(), id, t.clock.now(), failing)).rejects.toThrow('notification store unavailable');
    expect((await findPractice(t.db, id))?.status).toBe('submitted');
    expect((await story(puput, id)).history.map((e) => e.kind)).toEqual(['created', 'submitted']);
  });
});
