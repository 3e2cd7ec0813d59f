import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '#domain/problems';
import { testApp, type Agent, type TestApp } from '#test/app';
import { castOf } from '#test/cast';
import { errorOf, fieldsOf } from '#test/errors';

// Raising a problem, who sees it, who may change it, its thread, its status and its trail.

let t: TestApp;
let pusat: Agent;
let babel: Agent;
let jakarta: Agent;
let runi: Agent;
let yulianti: Agent;
let karolina: Agent;
let puput: Agent;
let puput2: Agent;
let cendil: Agent;
let puputLibrary: { id: number; regionCode: string };
let cendilLibrary: { id: number; regionCode: string };
let gambirLibrary: { id: number; regionCode: string };

beforeAll(async () => {
  t = await testApp();
  const cast = await castOf(t, {
    staff: ['pusat', 'babel', 'jakarta', 'runi', 'yulianti', 'karolina'],
    libraries: ['gambir'],
    managers: ['puput', 'puput2', 'cendil'],
  });
  ({ pusat, babel, jakarta, runi, yulianti, karolina, puput, puput2, cendil } = cast.agents);
  ({ puput: puputLibrary, cendil: cendilLibrary, gambir: gambirLibrary } = cast.partners);
});
afterAll(() => t.close());

const minutes = (n: number) => t.clock.advance(n * 60_000);

const aProblem = (partnerId: number, overrides: Record<string, unknown> = {}) => ({
  partnerId,
  title: 'Internet perpustakaan sering putus',
  category: 'sarana_tik',
  description: 'Sejak Agustus sambungan internet desa putus hampir setiap hari, layanan TIK terhenti.',
  ...overrides,
});

async function raise(agent: Agent, partnerId: number, overrides: Record<string, unknown> = {}): Promise<Problem> {
  const res = await agent.post('/api/problems', aProblem(partnerId, overrides));
  expect(res.statusCode, res.body).toBe(201);
  return res.json<Problem>();
}

const detail = async (agent: Agent, id: number) => {
  const res = await agent.get(`/api/problems/${id}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Problem>();
};

describe('raising a problem', () => {
  it('a library’s manager raises one for its own library: open, with its library, region and author', async () => {
    const problem = await raise(puput, puputLibrary.id);
    expect(problem).toMatchObject({
      status: 'terbuka',
      partnerId: puputLibrary.id,
      partnerName: 'Perpusdes Puput',
      regionCode: '19.05.06.2005',
      regionName: 'Puput',
      title: 'Internet perpustakaan sering putus',
      category: 'sarana_tik',
      resolution: null,
      createdBy: { username: 'puput' },
      createdAt: t.clock.now().toISOString(),
      openActions: 0,
      overdueActions: 0,
      comments: [],
      actions: [],
      gatheringIds: [],
    });
    expect(problem.id).toBeGreaterThan(0);
    expect(problem.history.map((h) => [h.kind, h.actor.username])).toEqual([['raised', 'puput']]);
  });

  it('a manager may not raise one for another library', async () => {
    const res = await puput.post('/api/problems', aProblem(cendilLibrary.id));
    expect(res.statusCode).toBe(403);
    expect((await puput.post('/api/problems', aProblem(999_999))).statusCode).toBe(400);
    expect(fieldsOf(await puput.post('/api/problems', aProblem(999_999)))).toEqual(['partnerId']);
  });

  it('staff raise one for any library in their scope, and for none outside it', async () => {
    expect((await raise(yulianti, puputLibrary.id)).createdBy.username).toBe('yulianti');
    expect((await raise(runi, cendilLibrary.id)).partnerName).toBe('Perpusdes Cendil');
    expect((await raise(babel, cendilLibrary.id)).status).toBe('terbuka');
    expect((await raise(pusat, gambirLibrary.id)).regionCode).toBe('31.71.01.1001');

    expect((await yulianti.post('/api/problems', aProblem(cendilLibrary.id))).statusCode).toBe(403);
    expect((await jakarta.post('/api/problems', aProblem(puputLibrary.id))).statusCode).toBe(403);
    expect((await babel.post('/api/problems', aProblem(gambirLibrary.id))).statusCode).toBe(403);
  });

  it('a konsultan raises none', async () => {
    const res = await karolina.post('/api/problems', aProblem(puputLibrary.id));
    expect(res.statusCode).toBe(403);
  });

  it('names every field that is wrong', async () => {
    const res = await puput.post('/api/problems', { partnerId: puputLibrary.id, title: 'TI', category: 'listrik', description: '  ' });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual(['category', 'description', 'title']);
    const extra = await puput.post('/api/problems', aProblem(puputLibrary.id, { status: 'selesai' }));
    expect(extra.statusCode).toBe(400);
  });

  it('takes every category of the programme', async () => {
    for (const category of ['sdm', 'anggaran', 'koleksi', 'sarana_tik', 'dukungan_pemda', 'partisipasi', 'pelaporan', 'lainnya']) {
      expect((await raise(runi, cendilLibrary.id, { category })).category).toBe(category);
    }
  });

  it('a deactivated library takes no new problems', async () => {
    const library = (
      await pusat.post('/api/partners', {
        name: 'TBM Tutup Buku',
        type: 'tbm',
        scheme: 'replikasi_desa',
        regionCode: '19.05.06.2001',
        cohortYear: 2022,
      })
    ).json<{ id: number }>();
    expect((await babel.patch(`/api/partners/${library.id}`, { active: false })).statusCode).toBe(200);
    const res = await babel.post('/api/problems', aProblem(library.id));
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).details?.[0]).toMatchObject({ field: 'partnerId', issue: 'inactive_partner' });
  });
});

describe('a problem is visible only in scope', () => {
  it('the library, and staff over it, see it; another library and staff elsewhere get 404 for every request', async () => {
    const problem = await raise(puput, puputLibrary.id, { title: 'Pengelola baru belum dilatih', category: 'sdm' });
    const url = `/api/problems/${problem.id}`;
    for (const agent of [puput, puput2, yulianti, runi, karolina, babel, pusat]) expect((await agent.get(url)).statusCode).toBe(200);
    for (const agent of [cendil, jakarta]) {
      expect((await agent.get(url)).statusCode).toBe(404);
      expect((await agent.post(`${url}/comments`, { text: 'Boleh kami bantu?' })).statusCode).toBe(404);
    }
    expect((await cendil.patch(url, { title: 'Diubah oleh orang lain' })).statusCode).toBe(404);
    expect((await cendil.post(`${url}/status`, { status: 'ditangani' })).statusCode).toBe(404);
    expect((await cendil.post(`${url}/actions`, { what: 'Pelatihan', owner: 'Cendil', dueDate: '2024-10-10' })).statusCode).toBe(404);
    expect((await jakarta.post(`${url}/status`, { status: 'ditutup' })).statusCode).toBe(404);

    const cendilProblem = await raise(cendil, cendilLibrary.id);
    expect((await yulianti.get(`/api/problems/${cendilProblem.id}`)).statusCode).toBe(404);
    expect((await puput.get(`/api/problems/${cendilProblem.id}`)).statusCode).toBe(404);
    expect((await puput.get('/api/problems/999999')).statusCode).toBe(404);
  });

  it('does not show in the lists of those who cannot see it', async () => {
    const problem = await raise(cendil, cendilLibrary.id, { title: 'Koleksi buku anak rusak terkena banjir', category: 'koleksi' });
    const ids = async (agent: Agent, query = '') =>
      (await agent.get(`/api/problems?pageSize=500${query}`)).json<{ items: { id: number }[] }>().items.map((i) => i.id);
    expect(await ids(cendil)).toContain(problem.id);
    expect(await ids(runi)).toContain(problem.id);
    expect(await ids(puput)).not.toContain(problem.id);
    expect(await ids(yulianti)).not.toContain(problem.id);
    expect(await ids(jakarta)).not.toContain(problem.id);
    expect((await jakarta.get('/api/problems?region=19')).statusCode).toBe(403);
    expect((await puput.get(`/api/problems?partner=${cendilLibrary.id}`)).statusCode).toBe(404);
  });
});

describe('a konsultan', () => {
  it('reads and comments, and changes nothing', async () => {
    const problem = await raise(puput, puputLibrary.id, { title: 'Dana desa untuk perpustakaan belum cair', category: 'anggaran' });
    const url = `/api/problems/${problem.id}`;
    const seen = await detail(karolina, problem.id);
    expect(seen.allowed).toEqual(['comment']);
    const comment = await karolina.post(`${url}/comments`, { text: 'Apakah sudah ada surat ke BPD?' });
    expect(comment.statusCode, comment.body).toBe(201);
    expect((await karolina.patch(url, { title: 'Diubah konsultan' })).statusCode).toBe(403);
    expect((await karolina.post(`${url}/status`, { status: 'ditangani' })).statusCode).toBe(403);
    expect((await karolina.post(`${url}/actions`, { what: 'Surati BPD', owner: 'Karolina', dueDate: '2024-10-10' })).statusCode).toBe(403);
    expect((await detail(puput, problem.id)).status).toBe('terbuka');
  });
});

describe('the discussion thread', () => {
  it('the library’s managers, facilitators, consultants and admins in scope write in it, in order', async () => {
    const problem = await raise(puput, puputLibrary.id, { title: 'Warga jarang datang ke perpustakaan', category: 'partisipasi' });
    const url = `/api/problems/${problem.id}`;
    const said: [Agent, string][] = [
      [yulianti, 'Bagaimana kalau dibuat kelas mendongeng setiap Sabtu?'],
      [puput2, 'Setuju, kami coba mulai bulan depan.'],
      [karolina, 'Libatkan ibu-ibu PKK supaya anak-anak ikut.'],
      [babel, 'Provinsi bisa kirim buku cerita anak tambahan.'],
      [puput, 'Terima kasih, kami tunggu bukunya.'],
    ];
    for (const [agent, text] of said) {
      minutes(5);
      const res = await agent.post(`${url}/comments`, { text });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({ kind: 'commented', comment: text, at: t.clock.now().toISOString() });
    }
    const thread = (await detail(runi, problem.id)).comments;
    expect(thread.map((c) => [c.actor.username, c.comment])).toEqual([
      ['yulianti', said[0]?.[1]],
      ['puput2', said[1]?.[1]],
      ['karolina', said[2]?.[1]],
      ['babel', said[3]?.[1]],
      ['puput', said[4]?.[1]],
    ]);
  });

  it('refuses an empty comment and one past the limit, naming text', async () => {
    const problem = await raise(puput, puputLibrary.id);
    for (const text of ['', '   ', 'x'.repeat(1001)]) {
      const res = await puput.post(`/api/problems/${problem.id}/comments`, { text });
      expect(res.statusCode).toBe(400);
      expect(fieldsOf(res)).toEqual(['text']);
    }
  });
});

describe('working a problem through its statuses', () => {
  it('terbuka → ditangani → selesai needs a written resolution, named resolution; the resolution joins the thread', async () => {
    const problem = await raise(puput, puputLibrary.id, { title: 'Komputer perpustakaan rusak', category: 'sarana_tik' });
    const url = `/api/problems/${problem.id}`;
    minutes(10);
    const handled = await yulianti.post(`${url}/status`, { status: 'ditangani', comment: 'Kami hubungi Diskominfo kabupaten.' });
    expect(handled.statusCode, handled.body).toBe(200);
    expect(handled.json()).toMatchObject({ status: 'ditangani', allowed: expect.not.arrayContaining(['handle']) as unknown });

    for (const body of [{ status: 'selesai' }, { status: 'selesai', resolution: '' }, { status: 'selesai', resolution: '   ' }]) {
      const res = await yulianti.post(`${url}/status`, body);
      expect(res.statusCode, res.body).toBe(400);
      expect(fieldsOf(res)).toEqual(['resolution']);
    }
    expect((await detail(puput, problem.id)).status).toBe('ditangani');

    minutes(60);
    const resolution = 'Diskominfo mengganti dua unit komputer; layanan TIK buka lagi sejak 1 Oktober.';
    const solved = await yulianti.post(`${url}/status`, { status: 'selesai', resolution });
    expect(solved.statusCode, solved.body).toBe(200);
    expect(solved.json()).toMatchObject({ status: 'selesai', resolution, updatedAt: t.clock.now().toISOString() });
    const after = await detail(puput, problem.id);
    expect(after.comments.map((c) => [c.kind, c.comment])).toEqual([
      ['handled', 'Kami hubungi Diskominfo kabupaten.'],
      ['resolved', resolution],
    ]);
    expect(after.allowed).toEqual(['comment']);
  });

  it('a settled problem is locked until staff reopen it with a reason; reopened, it is open again without its resolution', async () => {
    const problem = await raise(puput, puputLibrary.id, { title: 'Laporan kegiatan terlambat', category: 'pelaporan' });
    const url = `/api/problems/${problem.id}`;
    expect((await puput.post(`${url}/status`, { status: 'selesai', resolution: 'Operator baru sudah dilatih melapor.' })).statusCode).toBe(
      200,
    );

    expect((await puput.patch(url, { title: 'Diubah setelah selesai' })).statusCode).toBe(409);
    expect((await runi.post(`${url}/actions`, { what: 'Cek laporan', owner: 'Runi', dueDate: '2024-10-05' })).statusCode).toBe(409);
    expect((await runi.post(`${url}/status`, { status: 'ditangani' })).statusCode).toBe(409);
    expect((await runi.post(`${url}/status`, { status: 'ditutup' })).statusCode).toBe(409);
    // Comments go on: the thread is where one asks for it to be reopened.
    expect((await puput.post(`${url}/comments`, { text: 'Ternyata laporan September juga belum masuk.' })).statusCode).toBe(201);

    const byManager = await puput.post(`${url}/status`, { status: 'terbuka', comment: 'Masalah muncul lagi.' });
    expect(byManager.statusCode).toBe(403);
    const noReason = await runi.post(`${url}/status`, { status: 'terbuka' });
    expect(noReason.statusCode).toBe(400);
    expect(fieldsOf(noReason)).toEqual(['comment']);

    const reopened = await runi.post(`${url}/status`, { status: 'terbuka', comment: 'Laporan September belum masuk; kita dampingi lagi.' });
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(reopened.json()).toMatchObject({ status: 'terbuka', resolution: null });
    expect((await puput.patch(url, { category: 'sdm' })).statusCode).toBe(200);
  });

  it('only staff close a problem; the manager works on its own but neither closes nor reopens it', async () => {
    const problem = await raise(puput, puputLibrary.id, { title: 'Rak buku kurang', category: 'koleksi' });
    const url = `/api/problems/${problem.id}`;
    expect((await puput.post(`${url}/status`, { status: 'ditangani' })).statusCode).toBe(200);
    expect((await puput.post(`${url}/status`, { status: 'ditutup' })).statusCode).toBe(403);
    const closed = await babel.post(`${url}/status`, { status: 'ditutup', comment: 'Sama dengan kendala rak yang sudah dicatat.' });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'ditutup', resolution: null });
    expect((await babel.post(`${url}/status`, { status: 'selesai', resolution: 'Sudah' })).statusCode).toBe(409);
  });

  it('a resolution comes only with selesai, and selesai takes its words only as the resolution', async () => {
    const problem = await raise(puput, puputLibrary.id);
    const url = `/api/problems/${problem.id}`;
    const early = await runi.post(`${url}/status`, { status: 'ditangani', resolution: 'Sudah beres' });
    expect(early.statusCode).toBe(400);
    expect(fieldsOf(early)).toEqual(['resolution']);
    const both = await runi.post(`${url}/status`, { status: 'selesai', resolution: 'Sudah beres', comment: 'Catatan' });
    expect(both.statusCode).toBe(400);
    expect(fieldsOf(both)).toEqual(['comment']);
    expect((await runi.post(`${url}/status`, { status: 'dibatalkan' })).statusCode).toBe(400);
    expect((await detail(runi, problem.id)).status).toBe('terbuka');
  });

  it('of two decisions at once, one wins and the other hears 409: a problem is never both solved and closed', async () => {
    const problem = await raise(puput, puputLibrary.id);
    const url = `/api/problems/${problem.id}`;
    const answers = await Promise.all([
      yulianti.post(`${url}/status`, { status: 'selesai', resolution: 'Diselesaikan bersama desa.' }),
      babel.post(`${url}/status`, { status: 'ditutup', comment: 'Tercatat dua kali.' }),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    const after = await detail(runi, problem.id);
    const winner = answers[0]?.statusCode === 200 ? 'selesai' : 'ditutup';
    expect(after.status).toBe(winner);
    expect(after.history.filter((h) => h.kind === 'resolved' || h.kind === 'closed')).toHaveLength(1);
  });

  it('taking up a problem twice is a conflict', async () => {
    const problem = await raise(puput, puputLibrary.id);
    const url = `/api/problems/${problem.id}`;
    expect((await runi.post(`${url}/status`, { status: 'ditangani' })).statusCode).toBe(200);
    const again = await yulianti.post(`${url}/status`, { status: 'ditangani' });
    expect(again.statusCode).toBe(409);
    expect(errorOf(again).details?.[0]?.field).toBe('status');
  });
});

describe('the audit trail', () => {
  it('keeps every change with who made it and when, and the fields an edit changed', async () => {
    const problem = await raise(puput, puputLibrary.id, { title: 'Kepala desa belum mendukung', category: 'lainnya' });
    const url = `/api/problems/${problem.id}`;
    minutes(1);
    expect((await puput.patch(url, { title: 'Kepala desa belum mendukung perpustakaan', category: 'dukungan_pemda' })).statusCode).toBe(
      200,
    );
    minutes(1);
    expect((await puput.patch(url, { title: 'Kepala desa belum mendukung perpustakaan' })).statusCode).toBe(200);
    minutes(1);
    expect((await yulianti.post(`${url}/comments`, { text: 'Kita jadwalkan audiensi.' })).statusCode).toBe(201);
    minutes(1);
    expect((await yulianti.post(`${url}/status`, { status: 'ditangani' })).statusCode).toBe(200);
    minutes(1);
    const action = (
      await yulianti.post(`${url}/actions`, { what: 'Audiensi dengan kepala desa', owner: 'Yulianti', dueDate: '2024-10-15' })
    ).json<{
      id: number;
    }>();
    minutes(1);
    expect((await puput.patch(`${url}/actions/${action.id}`, { done: true })).statusCode).toBe(200);
    minutes(1);
    expect(
      (await yulianti.post(`${url}/status`, { status: 'selesai', resolution: 'Kepala desa menganggarkan Rp15 juta di APBDes 2025.' }))
        .statusCode,
    ).toBe(200);
    minutes(1);
    expect((await babel.post(`${url}/status`, { status: 'terbuka', comment: 'Anggaran dicoret saat evaluasi APBDes.' })).statusCode).toBe(
      200,
    );

    const { history } = await detail(karolina, problem.id);
    expect(history.map((h) => [h.kind, h.actor.username])).toEqual([
      ['raised', 'puput'],
      ['edited', 'puput'],
      ['commented', 'yulianti'],
      ['handled', 'yulianti'],
      ['action_added', 'yulianti'],
      ['action_done', 'puput'],
      ['resolved', 'yulianti'],
      ['reopened', 'babel'],
    ]);
    expect(history[1]?.changes).toEqual({
      title: { from: 'Kepala desa belum mendukung', to: 'Kepala desa belum mendukung perpustakaan' },
      category: { from: 'lainnya', to: 'dukungan_pemda' },
    });
    expect(history[3]?.changes).toEqual({ status: { from: 'terbuka', to: 'ditangani' } });
    expect(history[5]?.changes).toEqual({ [`actions.${action.id}.done`]: { from: false, to: true } });
    expect(history[7]).toMatchObject({
      comment: 'Anggaran dicoret saat evaluasi APBDes.',
      changes: { status: { from: 'selesai', to: 'terbuka' } },
    });
    const times = history.map((h) => h.at);
    expect([...times].sort()).toEqual(times);
  });
});
