import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NotificationList } from '#domain/notifications';
import type { Account as User } from '#domain/accounts';
import { testApp, type Agent, type TestApp } from '#test/app';
import { castOf } from '#test/cast';
import { completeCourse, publishedCourse } from '#test/courses';
import { errorOf, fieldsOf } from '#test/errors';
import { makeActivity, makePractice } from '#test/factories';

let t: TestApp;
let a: Record<'pusat' | 'babel' | 'jakarta' | 'runi' | 'yulianti' | 'karolina' | 'puput' | 'puput2' | 'cendil', Agent>;
let ids: Record<'pusat' | 'babel' | 'jakarta' | 'runi' | 'yulianti' | 'karolina' | 'puput' | 'puput2' | 'cendil', number>;
let puputLibrary: { id: number };

beforeAll(async () => {
  t = await testApp();
  const cast = await castOf(t, {
    staff: ['pusat', 'babel', 'jakarta', 'runi', 'yulianti', 'karolina'],
    managers: ['puput', 'puput2', 'cendil'],
  });
  a = cast.agents;
  ids = cast.userIds;
  puputLibrary = cast.partners.puput;
});
afterAll(() => t.close());

const listOf = async (agent: Agent, query = '') => {
  const res = await agent.get(`/api/notifications${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<NotificationList>();
};
const submittedReport = (title: string) =>
  makeActivity(t.db, { partnerId: puputLibrary.id, reporterId: ids.puput, status: 'submitted', title });

describe('a report returned or verified', () => {
  it('tells its reporter, with the reviewer’s comment, linked to the report; nobody else', async () => {
    const report = await submittedReport('Kelas menjahit ibu-ibu');
    const before = (await listOf(a.puput)).unread;
    const res = await a.yulianti.post(`/api/activities/${report.id}/return`, {
      comment: 'Foto daftar hadir belum ada, mohon dilampirkan.',
    });
    expect(res.statusCode, res.body).toBe(200);

    const list = await listOf(a.puput);
    expect(list.unread).toBe(before + 1);
    expect(list.items[0]).toMatchObject({ kind: 'report_returned', link: `/kegiatan/${report.id}`, readAt: null });
    expect(list.items[0]?.text).toBe(
      'Laporan “Kelas menjahit ibu-ibu” dikembalikan untuk diperbaiki: “Foto daftar hadir belum ada, mohon dilampirkan.”',
    );
    // The reviewer is not told of what she did; the library's other manager did not report it.
    expect((await listOf(a.yulianti)).items).toEqual([]);
    expect((await listOf(a.puput2)).items).toEqual([]);
  });

  it('a verification and a comment reach the reporter too, the comment naming who wrote it', async () => {
    const report = await submittedReport('Pelatihan internet desa');
    expect((await a.karolina.post(`/api/activities/${report.id}/comments`, { text: 'Bagus, jumlah pesertanya banyak.' })).statusCode).toBe(
      201,
    );
    expect((await a.runi.post(`/api/activities/${report.id}/verify`)).statusCode).toBe(200);
    const [verified, commented] = (await listOf(a.puput)).items;
    expect(verified).toMatchObject({ kind: 'report_verified', text: 'Laporan “Pelatihan internet desa” sudah diverifikasi.' });
    expect(commented).toMatchObject({
      kind: 'report_commented',
      text: 'karolina mengomentari laporan “Pelatihan internet desa”: “Bagus, jumlah pesertanya banyak.”',
      link: `/kegiatan/${report.id}`,
    });
  });

  it('is written in the language the reader chose last, old notices included', async () => {
    const chosen = await a.puput.patch('/api/auth/me', { language: 'en' });
    expect(chosen.statusCode, chosen.body).toBe(200);
    expect(chosen.json<User>().language).toBe('en');
    const texts = (await listOf(a.puput)).items.map((n) => n.text);
    expect(texts).toContain('Your report “Pelatihan internet desa” is verified.');
    expect(texts.some((text) => text.startsWith('Your report “Kelas menjahit ibu-ibu” was returned for correction'))).toBe(true);
    expect((await a.puput.patch('/api/auth/me', { language: 'id' })).statusCode).toBe(200);
  });
});

describe('notifications are private', () => {
  it('another person neither sees them nor marks them: 404, and nothing changes', async () => {
    const mine = await listOf(a.puput);
    const first = mine.items[0];
    if (!first) throw new Error('puput has no notification');
    for (const other of [a.cendil, a.puput2, a.yulianti, a.pusat]) {
      expect((await listOf(other)).items.map((n) => n.id)).not.toContain(first.id);
      const res = await other.post('/api/notifications/read', { ids: [first.id] });
      expect(res.statusCode).toBe(404);
      expect(fieldsOf(res)).toEqual(['ids.0']);
    }
    expect((await listOf(a.puput)).unread).toBe(mine.unread);
    expect((await t.anonymous().get('/api/notifications')).statusCode).toBe(401);
  });

  it('marking read lowers the unread count, once; all at once empties it', async () => {
    const { items, unread } = await listOf(a.puput);
    const first = items.find((n) => n.readAt === null);
    if (!first || unread < 2) throw new Error('puput needs two unread notifications');
    const marked = await a.puput.post('/api/notifications/read', { ids: [first.id] });
    expect(marked.statusCode, marked.body).toBe(200);
    expect(marked.json()).toEqual({ unread: unread - 1 });
    expect((await a.puput.post('/api/notifications/read', { ids: [first.id] })).json()).toEqual({ unread: unread - 1 });
    expect((await listOf(a.puput)).items.find((n) => n.id === first.id)?.readAt).toBe(t.clock.now().toISOString());
    expect((await listOf(a.puput, '?unread=1')).items.map((n) => n.id)).not.toContain(first.id);
    expect((await a.puput.get('/api/notifications/unread')).json()).toEqual({ unread: unread - 1 });

    const none = await a.puput.post('/api/notifications/read', {});
    expect(none.statusCode).toBe(400);
    expect(fieldsOf(none)).toEqual(['ids']);
    expect((await a.puput.post('/api/notifications/read', { all: true })).json()).toEqual({ unread: 0 });
  });
});

describe('stories, problems and certificates', () => {
  it('a story returned, published, featured or commented on tells its author', async () => {
    const story = await makePractice(t.db, {
      partnerId: puputLibrary.id,
      authorId: ids.puput,
      status: 'submitted',
      title: 'Dongeng di balai desa',
    });
    expect((await a.runi.post(`/api/practices/${story.id}/return`, { comment: 'Tambahkan kutipan warga.' })).statusCode).toBe(200);
    expect((await a.puput.post(`/api/practices/${story.id}/submit`, {})).statusCode).toBe(200);
    expect((await a.runi.post(`/api/practices/${story.id}/publish`)).statusCode).toBe(200);
    expect((await a.babel.post(`/api/practices/${story.id}/feature`)).statusCode).toBe(200);
    expect((await a.karolina.post(`/api/practices/${story.id}/comments`, { text: 'Kisah yang menginspirasi.' })).statusCode).toBe(201);
    const mine = (await listOf(a.puput)).items.filter((n) => n.link === `/praktik-baik/${story.id}`);
    expect(mine.map((n) => n.kind)).toEqual(['story_commented', 'story_featured', 'story_published', 'story_returned']);
    expect(mine[3]?.text).toBe('Kisah “Dongeng di balai desa” dikembalikan untuk diperbaiki: “Tambahkan kutipan warga.”');
  });

  it('a problem raised tells the staff whose region holds the library; a comment tells who raised it; an action, whom it is given to', async () => {
    const raised = await a.puput.post('/api/problems', {
      partnerId: puputLibrary.id,
      title: 'Internet sering putus',
      category: 'sarana_tik',
      description: 'Sinyal hilang setiap sore.',
    });
    expect(raised.statusCode, raised.body).toBe(201);
    const problemId = raised.json<{ id: number }>().id;
    const told = async (agent: Agent) =>
      (await listOf(agent)).items.some((n) => n.link === `/kendala/${problemId}` && n.kind === 'problem_raised');
    for (const inScope of [a.babel, a.runi, a.yulianti, a.karolina]) expect(await told(inScope)).toBe(true);
    for (const outside of [a.jakarta, a.cendil, a.puput, a.pusat]) expect(await told(outside)).toBe(false);
    expect((await listOf(a.runi)).items[0]?.text).toBe('Kendala baru di Perpusdes Puput: “Internet sering putus”');

    expect((await a.runi.post(`/api/problems/${problemId}/comments`, { text: 'Sudah lapor ke operator?' })).statusCode).toBe(201);
    const action = await a.yulianti.post(`/api/problems/${problemId}/actions`, {
      what: 'Hubungi operator seluler',
      owner: 'Puput',
      ownerUserId: ids.puput,
      dueDate: '2024-10-15',
    });
    expect(action.statusCode, action.body).toBe(201);
    const [assigned, commented] = (await listOf(a.puput)).items;
    expect(commented?.text).toBe('runi mengomentari kendala “Internet sering putus”: “Sudah lapor ke operator?”');
    expect(assigned).toMatchObject({
      kind: 'action_assigned',
      link: `/kendala/${problemId}`,
      text: 'Tindak lanjut untuk Anda pada kendala “Internet sering putus”: Hubungi operator seluler (tenggat 2024-10-15)',
    });
  });

  it('completing a course tells the learner, linked to the certificate’s page', async () => {
    const course = await publishedCourse(a.pusat);
    await completeCourse(a.cendil, course);
    const [issued] = (await listOf(a.cendil)).items;
    expect(issued?.kind).toBe('certificate_issued');
    expect(issued?.link).toMatch(/^\/sertifikat\/[0-9A-Z]{12}$/);
    expect(issued?.text).toContain(`“${course.title}”`);
  });
});

describe('e-mail addresses', () => {
  it('a user sets their own, switches mail off, or removes it; a bad address is refused naming email', async () => {
    const bad = await a.cendil.patch('/api/auth/me', { email: 'bukan alamat' });
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad)).toEqual(['email']);
    const set = await a.cendil.patch('/api/auth/me', { email: 'cendil@example.org', emailNotifications: false });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json<User>()).toMatchObject({ email: 'cendil@example.org', emailNotifications: false });
    expect((await a.cendil.get('/api/auth/me')).json<{ user: User }>().user).toMatchObject({ email: 'cendil@example.org' });
    expect((await a.cendil.patch('/api/auth/me', { email: null })).json<User>().email).toBeUndefined();
  });

  it('an admin sets one when creating a user, or later inside their scope only', async () => {
    const bad = await a.babel.post('/api/users', {
      username: 'surel-salah',
      password: 'Kopi-Tubruk-Bangka-2024',
      role: 'pengelola',
      partnerId: puputLibrary.id,
      email: 'tanpa-at',
    });
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad)).toEqual(['email']);
    const created = await a.babel.post('/api/users', {
      username: 'surel-benar',
      password: 'Kopi-Tubruk-Bangka-2024',
      role: 'pengelola',
      partnerId: puputLibrary.id,
      email: 'pengelola@example.org',
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json<User>()).toMatchObject({ email: 'pengelola@example.org', emailNotifications: true, language: 'id' });

    const changed = await a.babel.patch(`/api/users/${ids.puput2}`, { email: 'puput2@example.org' });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json<User>().email).toBe('puput2@example.org');
    const outside = await a.jakarta.patch(`/api/users/${ids.puput2}`, { email: 'x@example.org' });
    expect(outside.statusCode).toBe(404);
    expect(errorOf(outside).code).toBe('not_found');
    expect((await a.yulianti.patch(`/api/users/${ids.puput2}`, { email: 'x@example.org' })).statusCode).toBe(403);
  });
});
