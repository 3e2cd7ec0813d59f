import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Agent, type TestApp } from '#test/app';
import { castOf } from '#test/cast';
import { errorOf } from '#test/errors';
import { makeActivity } from '#test/factories';
import { multipartFile } from '#test/multipart';

let t: TestApp;
let babel: Agent;
let fasil: Agent;
let runi: Agent;
let karolina: Agent;
let puput: Agent;
let puput2: Agent;
let puputPartner: { id: number };
let cendilPartner: { id: number };
let puputManagerId: number;
let cendilManagerId: number;

beforeAll(async () => {
  t = await testApp();
  const cast = await castOf(t, { staff: ['babel', 'yulianti', 'runi', 'karolina'], managers: ['puput', 'puput2', 'cendil'] });
  ({ babel, yulianti: fasil, runi, karolina, puput, puput2 } = cast.agents);
  ({ puput: puputPartner, cendil: cendilPartner } = cast.partners);
  ({ puput: puputManagerId, cendil: cendilManagerId } = cast.userIds);
});
afterAll(() => t.close());

interface ActivityBody {
  id: number;
  status: string;
  title: string;
  returnComment: string | null;
  submittedAt: string | null;
  reviewedBy: { username: string } | null;
  allowed: string[];
  history: { kind: string; at: string; actor: { username: string }; changes: Record<string, unknown> | null; comment: string | null }[];
}
type ListBody = { items: { id: number; title: string; returnComment: string | null; status: string }[]; total: number };

const draft = async (agent: Agent, title: string, overrides: Record<string, unknown> = {}) => {
  const res = await agent.post('/api/activities', {
    partnerId: puputPartner.id,
    strategy: 'pelibatan_masyarakat',
    subtype: 'pelatihan_keterampilan',
    title,
    date: '2024-09-10',
    participantsMale: 4,
    participantsFemale: 11,
    ...overrides,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<ActivityBody>();
};
const minutes = (n: number) => t.clock.advance(n * 60_000);

describe('the review loop reaches the reporter', () => {
  it('submit → return with a comment → the reporter sees it, fixes, resubmits → verified and locked, with the whole trail', async () => {
    const a = await draft(puput, 'Pelatihan membuat kerupuk ikan');
    const url = `/api/activities/${a.id}`;

    const submitted = await puput.post(`${url}/submit`);
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json()).toMatchObject({ status: 'submitted', submittedAt: t.clock.now().toISOString() });
    expect(submitted.json<ActivityBody>().allowed).toEqual([]);
    expect((await puput.patch(url, { title: 'Diubah saat ditinjau' })).statusCode).toBe(409);

    minutes(30);
    const noComment = await fasil.post(`${url}/return`, {});
    expect(noComment.statusCode).toBe(400);
    expect(errorOf(noComment).details?.[0]?.field).toBe('comment');
    const returned = await fasil.post(`${url}/return`, { comment: 'Jumlah peserta perempuan sepertinya salah, mohon dicek.' });
    expect(returned.statusCode, returned.body).toBe(200);
    expect(returned.json()).toMatchObject({
      status: 'returned',
      returnComment: 'Jumlah peserta perempuan sepertinya salah, mohon dicek.',
      reviewedBy: { username: 'yulianti' },
    });

    // Both managers of the library find it on their home screen with the comment.
    for (const manager of [puput, puput2]) {
      const home = (await manager.get('/api/activities/returned')).json<ListBody>();
      expect(home.items.map((i) => [i.id, i.returnComment])).toEqual([[a.id, 'Jumlah peserta perempuan sepertinya salah, mohon dicek.']]);
    }

    minutes(60);
    const fixed = await puput.patch(url, { participantsFemale: 21 });
    expect(fixed.statusCode, fixed.body).toBe(200);
    const resubmitted = await puput.post(`${url}/submit`, { comment: 'Sudah diperbaiki, peserta perempuan 21.' });
    expect(resubmitted.statusCode, resubmitted.body).toBe(200);
    expect(resubmitted.json()).toMatchObject({ status: 'submitted', returnComment: null });
    expect((await puput.get('/api/activities/returned')).json<ListBody>().total).toBe(0);

    minutes(10);
    const verified = await fasil.post(`${url}/verify`);
    expect(verified.statusCode, verified.body).toBe(200);
    expect(verified.json()).toMatchObject({ status: 'verified', reviewedBy: { username: 'yulianti' } });

    // Locked: neither the reporter nor a reviewer changes it any more.
    expect((await puput.patch(url, { title: 'Diubah setelah diverifikasi' })).statusCode).toBe(409);
    const deleted = await puput.delete(url);
    expect(deleted.statusCode).toBe(409);
    expect(errorOf(deleted).message).toContain('locked');
    expect((await puput.post(`${url}/submit`)).statusCode).toBe(409);
    expect((await fasil.post(`${url}/verify`)).statusCode).toBe(409);
    expect((await fasil.post(`${url}/return`, { comment: 'Lagi' })).statusCode).toBe(409);

    const detail = (await karolina.get(url)).json<ActivityBody>();
    expect(detail.status).toBe('verified');
    expect(detail.history.map((h) => [h.kind, h.actor.username])).toEqual([
      ['created', 'puput'],
      ['submitted', 'puput'],
      ['returned', 'yulianti'],
      ['edited', 'puput'],
      ['submitted', 'puput'],
      ['verified', 'yulianti'],
    ]);
    expect(detail.history[2]?.comment).toBe('Jumlah peserta perempuan sepertinya salah, mohon dicek.');
    expect(detail.history[3]?.changes).toEqual({ participantsFemale: { from: 11, to: 21 } });
    expect(detail.history[4]?.comment).toBe('Sudah diperbaiki, peserta perempuan 21.');
    const times = detail.history.map((h) => h.at);
    expect(times).toEqual([...times].sort());
    expect(new Set(times).size).toBe(4);
  });

  it('only an admin reopens a verified activity, and only with a reason; it goes back to the reporter', async () => {
    const { id } = await makeActivity(t.db, {
      partnerId: puputPartner.id,
      reporterId: puputManagerId,
      title: 'Audiensi kepala desa',
      status: 'verified',
    });
    const url = `/api/activities/${id}`;
    expect((await fasil.post(`${url}/reopen`, { reason: 'Salah tanggal' })).statusCode).toBe(403);
    expect((await puput.post(`${url}/reopen`, { reason: 'Salah tanggal' })).statusCode).toBe(403);
    expect((await babel.post(`${url}/reopen`, {})).statusCode).toBe(400);
    const reopened = await babel.post(`${url}/reopen`, { reason: 'Tanggal kegiatan salah menurut daftar hadir.' });
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(reopened.json()).toMatchObject({ status: 'returned', returnComment: 'Tanggal kegiatan salah menurut daftar hadir.' });
    expect(reopened.json<ActivityBody>().history.at(-1)).toMatchObject({
      kind: 'reopened',
      actor: { username: 'babel' },
      comment: 'Tanggal kegiatan salah menurut daftar hadir.',
    });
    expect((await puput.patch(url, { date: '2024-09-12' })).statusCode).toBe(200);
    expect((await babel.post(`${url}/reopen`, { reason: 'Lagi' })).statusCode).toBe(409);
  });

  it('only reviewers in scope verify or return: not the reporter, not a konsultan, not another regency', async () => {
    const { id } = await makeActivity(t.db, { partnerId: puputPartner.id, reporterId: puputManagerId, status: 'submitted' });
    const cendil = await makeActivity(t.db, { partnerId: cendilPartner.id, reporterId: cendilManagerId, status: 'submitted' });
    expect((await puput.post(`/api/activities/${id}/verify`)).statusCode).toBe(403);
    expect((await karolina.post(`/api/activities/${id}/verify`)).statusCode).toBe(403);
    expect((await karolina.post(`/api/activities/${id}/return`, { comment: 'Tidak boleh' })).statusCode).toBe(403);
    expect((await fasil.post(`/api/activities/${cendil.id}/verify`)).statusCode).toBe(404);
    expect((await karolina.get(`/api/activities/${id}`)).json()).toMatchObject({ status: 'submitted' });
    expect((await runi.post(`/api/activities/${cendil.id}/verify`)).statusCode).toBe(200);
  });

  it('a draft cannot be verified or returned before it is submitted', async () => {
    const a = await draft(puput, 'Kelas perempuan: memasak sehat');
    expect((await fasil.post(`/api/activities/${a.id}/verify`)).statusCode).toBe(409);
    expect((await fasil.post(`/api/activities/${a.id}/return`, { comment: 'Belum' })).statusCode).toBe(409);
  });

  it('two reviewers deciding at once: one wins, the other gets 409, the trail has one decision', async () => {
    const { id } = await makeActivity(t.db, { partnerId: puputPartner.id, reporterId: puputManagerId, status: 'submitted' });
    const [v, r] = await Promise.all([
      fasil.post(`/api/activities/${id}/verify`),
      runi.post(`/api/activities/${id}/return`, { comment: 'Foto kurang' }),
    ]);
    expect([v.statusCode, r.statusCode].sort()).toEqual([200, 409]);
    const trail = (await babel.get(`/api/activities/${id}`)).json<ActivityBody>().history;
    expect(trail.filter((h) => h.kind === 'verified' || h.kind === 'returned')).toHaveLength(1);
  });
});

describe('the review queue', () => {
  let queued: number[];

  beforeAll(async () => {
    // Clear what earlier tests left in the queue, so order is easy to read.
    const earlier = (await babel.get('/api/activities/review-queue?pageSize=500')).json<ListBody>().items.map((i) => i.id);
    if (earlier.length) expect((await babel.post('/api/activities/bulk-verify', { ids: earlier })).statusCode).toBe(200);
    queued = [];
    for (const title of ['Sosialisasi perpustakaan keliling', 'Lomba mewarnai', 'Storytelling di PAUD']) {
      const a = await draft(puput, title, { subtype: null });
      minutes(5);
      expect((await puput.post(`/api/activities/${a.id}/submit`)).statusCode).toBe(200);
      queued.push(a.id);
    }
    await draft(puput, 'Masih draf');
    minutes(5);
    await makeActivity(t.db, {
      partnerId: cendilPartner.id,
      reporterId: cendilManagerId,
      title: 'Kelas lansia Cendil',
      status: 'submitted',
      now: t.clock.now(),
    });
  });

  it('shows a facilitator the submitted activities in its scope, oldest submission first, without drafts', async () => {
    const res = await fasil.get('/api/activities/review-queue');
    expect(res.statusCode).toBe(200);
    expect(res.json<ListBody>().items.map((i) => i.id)).toEqual(queued);
    const province = (await runi.get('/api/activities/review-queue')).json<ListBody>().items.map((i) => i.title);
    expect(province).toEqual(['Sosialisasi perpustakaan keliling', 'Lomba mewarnai', 'Storytelling di PAUD', 'Kelas lansia Cendil']);
    expect((await runi.get('/api/activities/review-queue?region=19.06')).json<ListBody>().items.map((i) => i.title)).toEqual([
      'Kelas lansia Cendil',
    ]);
    expect((await runi.get('/api/activities/review-queue?q=lomba')).json<ListBody>().total).toBe(1);
    expect((await fasil.get('/api/activities/review-queue?region=19.06')).statusCode).toBe(403);
  });

  it('is only for reviewers', async () => {
    expect((await karolina.get('/api/activities/review-queue')).statusCode).toBe(403);
    expect((await puput.get('/api/activities/review-queue')).statusCode).toBe(403);
  });

  it('verifies several at once, all or nothing', async () => {
    const draftOne = await draft(puput, 'Belum dikirim');
    const refused = await fasil.post('/api/activities/bulk-verify', { ids: [queued[0], draftOne.id, queued[1]] });
    expect(refused.statusCode).toBe(409);
    expect(errorOf(refused).details).toEqual([expect.objectContaining({ field: 'ids.1', issue: 'wrong_status' })]);
    const cendilId = (await runi.get('/api/activities/review-queue?region=19.06')).json<ListBody>().items[0]?.id;
    const outside = await fasil.post('/api/activities/bulk-verify', { ids: [queued[0], cendilId] });
    expect(outside.statusCode).toBe(404);
    expect(errorOf(outside).details?.[0]?.field).toBe('ids.1');
    expect((await fasil.get('/api/activities/review-queue')).json<ListBody>().total).toBe(3);

    const ok = await fasil.post('/api/activities/bulk-verify', { ids: queued });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toEqual({ verified: queued });
    expect((await fasil.get('/api/activities/review-queue')).json<ListBody>().total).toBe(0);
    expect((await puput.get(`/api/activities?status=verified&pageSize=500`)).json<ListBody>().items.map((i) => i.id)).toEqual(
      expect.arrayContaining(queued),
    );
    expect((await fasil.post('/api/activities/bulk-verify', { ids: [] })).statusCode).toBe(400);
    expect((await karolina.post('/api/activities/bulk-verify', { ids: queued })).statusCode).toBe(403);
  });
});

describe('a report in the queue', () => {
  it('carries its first photo, whose thumbnail the reviewer can open; a report without photos carries none', async () => {
    const withPhotos = await draft(puput, 'Lomba baca puisi dengan foto');
    const without = await draft(puput, 'Lomba baca puisi tanpa foto');
    const photo = (width: number) =>
      sharp({ create: { width, height: 600, channels: 3, background: '#3366aa' } })
        .jpeg()
        .toBuffer();
    const upload = async (data: Buffer) => {
      const res = await puput.request({
        method: 'POST',
        url: `/api/activities/${withPhotos.id}/photos`,
        ...multipartFile(data, { field: 'photo' }),
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json<{ id: number; thumbnailUrl: string }>();
    };
    const first = await upload(await photo(900));
    await upload(await photo(700));
    for (const a of [withPhotos, without]) {
      minutes(1);
      expect((await puput.post(`/api/activities/${a.id}/submit`)).statusCode).toBe(200);
    }

    type Item = { id: number; photoCount: number; coverPhoto: { id: number; thumbnailUrl: string; width: number } | null };
    const queue = (await fasil.get('/api/activities/review-queue?q=lomba+baca+puisi')).json<{ items: Item[] }>().items;
    expect(queue.map((i) => [i.id, i.photoCount, i.coverPhoto?.id ?? null])).toEqual([
      [withPhotos.id, 2, first.id],
      [without.id, 0, null],
    ]);
    const cover = queue[0]?.coverPhoto;
    expect(cover).toMatchObject({ thumbnailUrl: first.thumbnailUrl, width: 900 });
    const thumb = await fasil.get(cover?.thumbnailUrl ?? '');
    expect(thumb.statusCode).toBe(200);
    expect(thumb.headers['content-type']).toBe('image/jpeg');
    expect(await sharp(thumb.rawPayload).metadata()).toMatchObject({ format: 'jpeg', width: 400, height: 267 });

    // The same picture in the activity list and on the activity itself; a stranger cannot open it.
    const listed = (await puput.get('/api/activities?q=lomba+baca+puisi')).json<{ items: Item[] }>().items;
    expect(listed.find((i) => i.id === withPhotos.id)?.coverPhoto?.id).toBe(first.id);
    expect((await fasil.get(`/api/activities/${withPhotos.id}`)).json<Item>().coverPhoto?.id).toBe(first.id);
    expect((await t.anonymous().get(cover?.thumbnailUrl ?? '')).statusCode).toBe(401);
  });
});
