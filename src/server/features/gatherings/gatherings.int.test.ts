import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Gathering, GatheringList } from '#domain/gatherings';
import type { Problem } from '#domain/problems';
import { testApp, type Agent, type TestApp } from '#test/app';
import { castOf } from '#test/cast';
import { errorOf, fieldsOf } from '#test/errors';
import { makePractice } from '#test/factories';

// Gatherings with a typed agenda: who sees and runs them, what each kind of item may link, how an
// edit keeps items by id, and the trail every change leaves.

let t: TestApp;
let a: Record<'pusat' | 'babel' | 'jakarta' | 'runi' | 'yulianti' | 'karolina' | 'puput' | 'cendil', Agent>;
let partners: Record<'puput' | 'cendil' | 'gambir', { id: number; regionCode: string }>;
const stories = { puput: 0, gambir: 0, draft: 0 };
const problems = { puput: 0, cendil: 0, gambir: 0 };

async function raise(agent: Agent, partnerId: number, title: string): Promise<number> {
  const res = await agent.post('/api/problems', { partnerId, title, category: 'sarana_tik', description: `${title}.` });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<Problem>().id;
}

const create = (agent: Agent, body: object) =>
  agent.post('/api/gatherings', { title: 'Gathering mitra TPBIS', date: '2024-09-28', mode: 'online', regionCode: '19', ...body });

async function created(body: object): Promise<Gathering> {
  const res = await create(a.babel, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json<Gathering>();
}

const detail = async (agent: Agent, id: number) => (await agent.get(`/api/gatherings/${id}`)).json<Gathering>();

beforeAll(async () => {
  t = await testApp();
  const cast = await castOf(t, {
    staff: ['pusat', 'babel', 'jakarta', 'runi', 'yulianti', 'karolina'],
    libraries: ['puput', 'cendil', 'gambir'],
    managers: ['puput', 'cendil'],
  });
  a = cast.agents;
  partners = cast.partners;
  const author = (p: { id: number }) => ({ partnerId: p.id, authorId: cast.userIds.pusat, reviewerId: cast.userIds.pusat });
  stories.puput = (await makePractice(t.db, { ...author(partners.puput), title: 'Kelas menjahit ibu-ibu', status: 'published' })).id;
  stories.gambir = (await makePractice(t.db, { ...author(partners.gambir), title: 'Pojok baca stasiun', status: 'published' })).id;
  stories.draft = (await makePractice(t.db, { ...author(partners.puput), title: 'Kisah yang belum terbit' })).id;
  problems.puput = await raise(a.babel, partners.puput.id, 'Internet perpustakaan sering putus');
  problems.cendil = await raise(a.babel, partners.cendil.id, 'Pendamping belum dianggarkan desa');
  problems.gambir = await raise(a.pusat, partners.gambir.id, 'Ruang baca terlalu sempit');
});
afterAll(() => t.close());

describe('a typed agenda', () => {
  it('presents the KPI of the gathering’s region from 1 January to the day before it unless told otherwise', async () => {
    const g = await created({
      agenda: [
        { kind: 'capaian_kpi', title: 'Capaian KPI dan SIM' },
        { kind: 'capaian_kpi', title: 'Capaian Bangka Barat', region: '19.05', from: '2024-01-01', to: '2024-09-25' },
      ],
    });
    expect(g.agenda.map((i) => [i.kind, i.position, i.region, i.regionName, i.from, i.to])).toEqual([
      ['capaian_kpi', 0, '19', 'Kepulauan Bangka Belitung', '2024-01-01', '2024-09-27'],
      ['capaian_kpi', 1, '19.05', 'Kabupaten Bangka Barat', '2024-01-01', '2024-09-25'],
    ]);
  });

  it('presents only a region inside the gathering’s, over a period that runs forwards', async () => {
    const outside = await create(a.babel, { agenda: [{ kind: 'capaian_kpi', title: 'KPI Jakarta', region: '31' }] });
    expect([outside.statusCode, fieldsOf(outside)]).toEqual([400, ['agenda.0.region']]);
    const backwards = await create(a.babel, {
      agenda: [
        { kind: 'lainnya', title: 'Pembukaan' },
        { kind: 'capaian_kpi', title: 'KPI', from: '2024-09-01', to: '2024-08-01' },
      ],
    });
    expect([backwards.statusCode, fieldsOf(backwards)]).toEqual([400, ['agenda.1.to']]);
  });

  it('shares published stories from anywhere in the country, and names a story that is not published', async () => {
    const g = await created({
      agenda: [{ kind: 'praktik_baik', title: 'Berbagi praktik baik', practiceIds: [stories.gambir, stories.puput] }],
    });
    expect(g.agenda[0]?.practices?.map((s) => [s.id, s.title, s.partnerName])).toEqual([
      [stories.gambir, 'Pojok baca stasiun', 'Perpustakaan Gambir'],
      [stories.puput, 'Kelas menjahit ibu-ibu', 'Perpusdes Puput'],
    ]);
    const draft = await create(a.babel, {
      agenda: [{ kind: 'praktik_baik', title: 'Berbagi', practiceIds: [stories.puput, stories.draft] }],
    });
    expect([draft.statusCode, fieldsOf(draft)]).toEqual([400, ['agenda.0.practiceIds.1']]);
    expect(errorOf(draft).details?.[0]?.issue).toBe('not_published');
  });

  it('works on problems of its own region only, and each becomes a problem discussed at the gathering', async () => {
    const outside = await create(a.babel, {
      agenda: [{ kind: 'pemecahan_masalah', title: 'Pemecahan masalah', problemIds: [problems.cendil, problems.gambir] }],
    });
    expect([outside.statusCode, fieldsOf(outside)]).toEqual([400, ['agenda.0.problemIds.1']]);
    expect((await a.babel.get(`/api/problems/${problems.cendil}`)).json<Problem>().gatheringIds).toEqual([]);

    const g = await created({
      agenda: [{ kind: 'pemecahan_masalah', title: 'Solusi permasalahan mitra', problemIds: [problems.cendil, problems.puput] }],
    });
    expect(g.agenda[0]?.problems?.map((p) => [p.id, p.partnerName, p.status])).toEqual([
      [problems.cendil, 'Perpusdes Cendil', 'terbuka'],
      [problems.puput, 'Perpusdes Puput', 'terbuka'],
    ]);
    const problem = (await a.babel.get(`/api/problems/${problems.cendil}`)).json<Problem>();
    expect(problem.gatheringIds).toContain(g.id);
    expect(problem.history.at(-1)).toMatchObject({
      kind: 'gathering_linked',
      actor: { username: 'babel' },
      changes: { gathering: { to: g.id } },
    });
  });

  it('introduces no course unless told, and names an id that is no course (elis.int.test.ts has the rest)', async () => {
    const g = await created({ agenda: [{ kind: 'elis', title: 'Pengenalan aplikasi Elis' }] });
    expect(g.agenda[0]).toMatchObject({ kind: 'elis', courseIds: [] });
    const course = await create(a.babel, { agenda: [{ kind: 'elis', title: 'Elis', courseIds: [1] }] });
    expect([course.statusCode, fieldsOf(course)]).toEqual([400, ['agenda.0.courseIds.0']]);
  });

  it('refuses a field of another kind and an unknown kind, naming the item', async () => {
    const stray = await create(a.babel, { agenda: [{ kind: 'lainnya', title: 'Penutup', problemIds: [problems.puput] }] });
    expect([stray.statusCode, fieldsOf(stray)]).toEqual([400, ['agenda.0.problemIds']]);
    const unknown = await create(a.babel, { agenda: [{ kind: 'rapat', title: 'Rapat' }] });
    expect([unknown.statusCode, fieldsOf(unknown)]).toEqual([400, ['agenda.0.kind']]);
  });
});

describe('who sees a gathering and who runs it', () => {
  let province: Gathering;
  let regency: Gathering;
  beforeAll(async () => {
    province = await created({
      title: 'Gathering provinsi',
      agenda: [{ kind: 'pemecahan_masalah', title: 'Masalah mitra', problemIds: [problems.puput, problems.cendil] }],
    });
    regency = await created({ title: 'Temu mitra Bangka Barat', regionCode: '19.05' });
  });

  it('is seen inside its region and by those whose region it lies in; elsewhere it does not exist', async () => {
    for (const agent of [a.pusat, a.babel, a.runi, a.yulianti, a.karolina, a.puput, a.cendil]) {
      expect((await agent.get(`/api/gatherings/${province.id}`)).statusCode).toBe(200);
    }
    expect((await a.jakarta.get(`/api/gatherings/${province.id}`)).statusCode).toBe(404);
    expect((await a.puput.get(`/api/gatherings/${regency.id}`)).statusCode).toBe(200);
    expect((await a.cendil.get(`/api/gatherings/${regency.id}`)).statusCode).toBe(404);
    const list = (await a.cendil.get('/api/gatherings')).json<GatheringList>().items.map((g) => g.id);
    expect(list).toContain(province.id);
    expect(list).not.toContain(regency.id);
    expect((await a.cendil.get('/api/gatherings?region=19.05')).statusCode).toBe(403);
  });

  it('shows each reader only the problems it may see, while counting all of them', async () => {
    const ofYulianti = (await detail(a.yulianti, province.id)).agenda[0];
    expect(ofYulianti?.problemIds).toEqual([problems.puput, problems.cendil]);
    expect(ofYulianti?.problems?.map((p) => p.id)).toEqual([problems.puput]);
    expect((await detail(a.cendil, province.id)).agenda[0]?.problems?.map((p) => p.id)).toEqual([problems.cendil]);
    expect((await detail(a.runi, province.id)).agenda[0]?.problems?.map((p) => p.id)).toEqual([problems.puput, problems.cendil]);
  });

  it('is changed only by an admin whose scope holds its region', async () => {
    expect((await detail(a.babel, province.id)).editable).toBe(true);
    expect((await detail(a.runi, province.id)).editable).toBe(false);
    for (const agent of [a.runi, a.yulianti, a.karolina, a.puput]) {
      expect((await agent.patch(`/api/gatherings/${province.id}`, { title: 'Diubah' })).statusCode).toBe(403);
    }
    expect((await a.jakarta.patch(`/api/gatherings/${province.id}`, { title: 'Diubah' })).statusCode).toBe(404);
    expect(
      (await a.jakarta.post('/api/gatherings', { title: 'Temu', date: '2024-09-28', mode: 'online', regionCode: '19' })).statusCode,
    ).toBe(403);
    expect((await detail(a.babel, province.id)).title).toBe('Gathering provinsi');
  });
});

describe('editing a gathering', () => {
  it('keeps the items sent with their id, with their minutes, and removes the rest', async () => {
    const g = await created({
      agenda: [
        { kind: 'lainnya', title: 'Pembukaan' },
        { kind: 'pemecahan_masalah', title: 'Masalah mitra', problemIds: [problems.puput, problems.cendil] },
        { kind: 'lainnya', title: 'Penutup' },
      ],
    });
    const [opening, issues, closing] = g.agenda;
    if (!opening || !issues || !closing) throw new Error('agenda missing');
    const written = await a.babel.request({
      method: 'PUT',
      url: `/api/gatherings/${g.id}/agenda/${issues.id}/minutes`,
      payload: { minutes: 'Cendil akan mengajukan anggaran pendamping.' },
    });
    expect(written.statusCode, written.body).toBe(200);

    const res = await a.babel.patch(`/api/gatherings/${g.id}`, {
      title: 'Gathering mitra TPBIS 2024',
      agenda: [
        { id: issues.id, kind: 'pemecahan_masalah', title: 'Pemecahan masalah mitra', problemIds: [problems.cendil] },
        { kind: 'praktik_baik', title: 'Berbagi praktik baik', practiceIds: [stories.puput] },
        { id: opening.id, kind: 'lainnya', title: 'Pembukaan' },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    const after = res.json<Gathering>();
    expect(after.title).toBe('Gathering mitra TPBIS 2024');
    expect(after.agenda.map((i) => [i.id === issues.id, i.id === opening.id, i.kind, i.position])).toEqual([
      [true, false, 'pemecahan_masalah', 0],
      [false, false, 'praktik_baik', 1],
      [false, true, 'lainnya', 2],
    ]);
    expect(after.agenda[0]).toMatchObject({ minutes: 'Cendil akan mengajukan anggaran pendamping.', problemIds: [problems.cendil] });

    const puput = (await a.babel.get(`/api/problems/${problems.puput}`)).json<Problem>();
    expect(puput.gatheringIds).not.toContain(g.id);
    expect(puput.history.at(-1)).toMatchObject({ kind: 'gathering_unlinked', changes: { gathering: { from: g.id } } });

    expect(after.history.map((h) => h.kind)).toEqual(['created', 'minutes_written', 'edited', 'agenda_changed']);
    expect(after.history[2]?.changes).toEqual({ title: { from: 'Gathering mitra TPBIS', to: 'Gathering mitra TPBIS 2024' } });
    const agendaChange = after.history[3]?.changes?.agenda as { from: { title: string }[]; to: { title: string }[] };
    expect(agendaChange.from.map((i) => i.title)).toEqual(['Pembukaan', 'Masalah mitra', 'Penutup']);
    expect(agendaChange.to.map((i) => i.title)).toEqual(['Pemecahan masalah mitra', 'Berbagi praktik baik', 'Pembukaan']);
  });

  it('refuses an item id of another gathering, and the same id twice, changing nothing', async () => {
    const one = await created({ agenda: [{ kind: 'lainnya', title: 'Pembukaan' }] });
    const other = await created({ agenda: [{ kind: 'lainnya', title: 'Pembukaan' }] });
    const foreign = other.agenda[0]?.id;
    const mine = one.agenda[0]?.id;
    const stranger = await a.babel.patch(`/api/gatherings/${one.id}`, { agenda: [{ id: foreign, kind: 'lainnya', title: 'Curian' }] });
    expect([stranger.statusCode, fieldsOf(stranger)]).toEqual([400, ['agenda.0.id']]);
    const twice = await a.babel.patch(`/api/gatherings/${one.id}`, {
      title: 'Judul baru',
      agenda: [
        { id: mine, kind: 'lainnya', title: 'A' },
        { id: mine, kind: 'lainnya', title: 'B' },
      ],
    });
    expect([twice.statusCode, fieldsOf(twice)]).toEqual([400, ['agenda.1.id']]);
    const unchanged = await detail(a.babel, one.id);
    expect([unchanged.title, unchanged.agenda.map((i) => i.title), unchanged.history.length]).toEqual([
      'Gathering mitra TPBIS',
      ['Pembukaan'],
      1,
    ]);
  });

  it('writes nothing when the edit changes nothing, the agenda sent back as it is included', async () => {
    const g = await created({
      facilitators: ['Runi Alcitra Amalia'],
      agenda: [
        { kind: 'capaian_kpi', title: 'Capaian KPI' },
        { kind: 'praktik_baik', title: 'Praktik baik', practiceIds: [stories.puput] },
      ],
    });
    const same = g.agenda.map((i) =>
      i.kind === 'capaian_kpi'
        ? { id: i.id, kind: i.kind, title: i.title, region: i.region, from: i.from, to: i.to }
        : { id: i.id, kind: 'praktik_baik', title: i.title, practiceIds: i.practiceIds },
    );
    const res = await a.babel.patch(`/api/gatherings/${g.id}`, { title: g.title, facilitators: ['Runi Alcitra Amalia'], agenda: same });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<Gathering>().history.map((h) => h.kind)).toEqual(['created']);
  });
});

describe('changes at once', () => {
  it('run one after the other: an item removed while its minutes are written is either written first or gone, never a failure', async () => {
    const g = await created({
      agenda: [
        { kind: 'lainnya', title: 'Pembukaan' },
        { kind: 'lainnya', title: 'Penutup' },
      ],
    });
    const [opening, closing] = g.agenda;
    if (!opening || !closing) throw new Error('agenda missing');
    const answers = await Promise.all([
      a.babel.patch(`/api/gatherings/${g.id}`, { agenda: [{ id: opening.id, kind: 'lainnya', title: 'Pembukaan' }] }),
      a.babel.request({
        method: 'PUT',
        url: `/api/gatherings/${g.id}/agenda/${closing.id}/minutes`,
        payload: { minutes: 'Ditutup pukul 12.00.' },
      }),
      a.babel.post(`/api/gatherings/${g.id}/agenda/${closing.id}/actions`, {
        what: 'Kirim foto kegiatan',
        owner: 'Sekretariat',
        dueDate: '2024-10-05',
      }),
      a.babel.post(`/api/gatherings/${g.id}/attendance`, { partnerIds: [partners.puput.id] }),
      a.babel.post(`/api/gatherings/${g.id}/attendance`, { partnerIds: [partners.cendil.id] }),
    ]);
    expect(answers.filter((res) => res.statusCode >= 500).map((res) => res.body)).toEqual([]);
    expect([answers[0]?.statusCode, answers[3]?.statusCode, answers[4]?.statusCode]).toEqual([200, 200, 200]);
    const after = await detail(a.babel, g.id);
    expect([after.agenda.map((i) => i.id), after.attendees]).toEqual([[opening.id], 2]);
  });
});
