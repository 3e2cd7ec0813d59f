import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activitySubtypes } from '#domain/subtypes';
import { testApp, type Agent, type TestApp } from '#test/app';
import { castOf } from '#test/cast';
import { errorOf, fieldsOf as issueFieldsOf, type Answer } from '#test/errors';
import { makeActivity } from '#test/factories';

let t: TestApp;
let pusat: Agent;
let jakartaAdmin: Agent;
let fasil: Agent;
let karolina: Agent;
let puput: Agent;
let puput2: Agent;
let cendil: Agent;
let puputPartner: { id: number };
let cendilPartner: { id: number };
let cendilManagerId: number;

beforeAll(async () => {
  t = await testApp();
  const cast = await castOf(t, { staff: ['pusat', 'jakarta', 'yulianti', 'karolina'], managers: ['puput', 'puput2', 'cendil'] });
  ({ pusat, jakarta: jakartaAdmin, yulianti: fasil, karolina, puput, puput2, cendil } = cast.agents);
  ({ puput: puputPartner, cendil: cendilPartner } = cast.partners);
  cendilManagerId = cast.userIds.cendil;
});
afterAll(() => t.close());

interface ActivityBody {
  id: number;
  status: string;
  regionCode: string;
  title: string;
  participantsTotal: number;
  allowed: string[];
  history: {
    kind: string;
    actor: { username: string };
    changes: Record<string, { from: unknown; to: unknown }> | null;
    comment: string | null;
  }[];
  possibleDuplicates: { id: number; title: string }[];
}
type ListBody = { items: { id: number; title: string; partnerName: string; date: string }[]; total: number };
// A field that fails two checks (a date in another format) is named once.
const fieldsOf = (res: Answer) => [...new Set(issueFieldsOf(res))];
const countAll = async () => (await pusat.get('/api/activities?pageSize=1')).json<ListBody>().total;

const report = (overrides: Record<string, unknown> = {}) => ({
  partnerId: puputPartner.id,
  strategy: 'pelibatan_masyarakat',
  subtype: 'kelas_lansia',
  title: 'Kelas lansia membaca Al-Quran',
  date: '2024-09-20',
  participantsMale: 6,
  participantsFemale: 14,
  ...overrides,
});

describe('reporting an activity', () => {
  it('a manager records a draft for its library; it carries the library region and who reported it', async () => {
    const res = await puput.post('/api/activities', report());
    expect(res.statusCode, res.body).toBe(201);
    const a = res.json<ActivityBody>();
    expect(a).toMatchObject({
      status: 'draft',
      regionCode: '19.05.06.2005',
      partnerName: 'Perpusdes Puput',
      participantsTotal: 20,
      photoCount: 0,
    });
    expect(a.history).toMatchObject([{ kind: 'created', actor: { username: 'puput' } }]);
    expect(a.allowed.sort()).toEqual(['addPhoto', 'delete', 'edit', 'removePhoto', 'submit']);
    expect((await puput.get(`/api/activities/${a.id}`)).json()).toMatchObject({ id: a.id, title: 'Kelas lansia membaca Al-Quran' });
  });

  it('keeps everything an activity holds, advocacy outcome included', async () => {
    const full = {
      partnerId: puputPartner.id,
      strategy: 'advokasi',
      subtype: 'alokasi_dana_desa',
      title: 'Musyawarah desa: alokasi dana desa untuk perpustakaan',
      date: '2024-09-28',
      description: 'Kepala desa menyetujui anggaran perpustakaan desa tahun 2025.',
      location: 'Balai Desa Puput',
      participantsMale: 12,
      participantsFemale: 8,
      participantsDisability: 1,
      participantsElderly: 5,
      participantsChildren: 0,
      stakeholders: ['Kepala Desa Puput', 'BPD', 'PKK'],
      outcome: { documentType: 'anggaran', documentNumber: 'APBDes 2025 No. 3', amountRupiah: 25_000_000 },
    };
    const res = await puput.post('/api/activities', full);
    expect(res.statusCode, res.body).toBe(201);
    const { partnerId: _p, ...rest } = full;
    expect(res.json()).toMatchObject({ ...rest, participantsTotal: 20 });
  });

  it('offers the seeded sub-types per strategy, with Indonesian and English labels', async () => {
    const all = (await puput.get('/api/activity-subtypes')).json<{
      items: { code: string; strategy: string; labelId: string; labelEn: string }[];
    }>();
    // The migration's frozen copy of the list matches the domain's list, labels included.
    expect(all.items).toEqual(
      activitySubtypes.map((s) => ({ code: s.code, strategy: s.strategy, labelId: s.label_id, labelEn: s.label_en })),
    );
    expect(all.items.find((s) => s.code === 'kelas_lansia')).toEqual({
      code: 'kelas_lansia',
      strategy: 'pelibatan_masyarakat',
      labelId: 'Kelas lansia',
      labelEn: 'Class for the elderly',
    });
    const advocacy = (await puput.get('/api/activity-subtypes?strategy=advokasi')).json<{ items: { code: string }[] }>();
    expect(advocacy.items.map((s) => s.code)).toEqual(['audiensi_kepala_desa', 'audiensi_pemda', 'mou', 'alokasi_dana_desa', 'perdes']);
  });
});

describe('bad input is refused, naming the field, and writes nothing', () => {
  const cases: [string, Record<string, unknown>, string[], string?][] = [
    ['a date in the future', { date: '2024-09-29' }, ['date'], 'future'],
    ['a date before 2018', { date: '2017-12-31' }, ['date']],
    ['a date that does not exist', { date: '2024-02-30' }, ['date']],
    ['a date in another format', { date: '20/09/2024' }, ['date']],
    ['an unknown sub-type', { subtype: 'konser_musik' }, ['subtype'], 'unknown_subtype'],
    ['a sub-type of another strategy', { subtype: 'mou' }, ['subtype'], 'wrong_strategy'],
    ['negative participants', { participantsMale: -1 }, ['participantsMale']],
    ['fractional participants', { participantsFemale: 2.5 }, ['participantsFemale']],
    ['more people with disabilities than participants', { participantsDisability: 21 }, ['participantsDisability'], 'exceeds_total'],
    ['more elderly than participants', { participantsElderly: 30 }, ['participantsElderly'], 'exceeds_total'],
    ['more children than participants', { participantsChildren: 21 }, ['participantsChildren'], 'exceeds_total'],
    ['an outcome for a non-advocacy activity', { outcome: { documentType: 'mou' } }, ['outcome'], 'advocacy_only'],
    ['an over-long title', { title: 'x'.repeat(201) }, ['title']],
    ['a too-short title', { title: 'ab' }, ['title']],
    ['an over-long description', { description: 'x'.repeat(5001) }, ['description']],
    ['an over-long location', { location: 'x'.repeat(201) }, ['location']],
    ['too many stakeholders', { stakeholders: Array.from({ length: 21 }, (_, i) => `Pihak ${i}`) }, ['stakeholders']],
    ['an over-long stakeholder', { stakeholders: ['x'.repeat(101)] }, ['stakeholders.0']],
    ['a silly number of participants', { participantsMale: 100_001 }, ['participantsMale']],
    ['wrong types', { title: 42, participantsMale: '6', strategy: 'hiburan' }, ['participantsMale', 'strategy', 'title']],
    ['an unknown field', { status: 'verified' }, ['status']],
    ['a clientId that is not a UUID', { clientId: 'retry-1' }, ['clientId']],
  ];
  for (const [what, overrides, fields, issue] of cases) {
    it(`refuses ${what}`, async () => {
      const before = await countAll();
      const res = await puput.post('/api/activities', report(overrides));
      expect(res.statusCode, res.body).toBe(400);
      expect(fieldsOf(res)).toEqual(fields);
      if (issue) expect(errorOf(res).details?.[0]?.issue).toBe(issue);
      expect(await countAll()).toBe(before);
    });
  }

  it('refuses missing fields and advocacy outcomes out of bounds', async () => {
    const missing = await puput.post('/api/activities', { partnerId: puputPartner.id });
    expect(fieldsOf(missing)).toEqual(['date', 'participantsFemale', 'participantsMale', 'strategy', 'title']);
    const outcome = await puput.post(
      '/api/activities',
      report({
        strategy: 'advokasi',
        subtype: 'mou',
        outcome: { documentType: 'surat', documentNumber: 'x'.repeat(101), amountRupiah: -5 },
      }),
    );
    expect(fieldsOf(outcome)).toEqual(['outcome.amountRupiah', 'outcome.documentNumber', 'outcome.documentType']);
    const limit = await puput.post('/api/activities', report({ title: 'x'.repeat(201) }));
    expect(errorOf(limit).details?.[0]?.limit).toBe(200);
  });

  it('accepts today, and counts up to the total', async () => {
    const res = await puput.post(
      '/api/activities',
      report({ date: '2024-09-28', participantsDisability: 20, participantsElderly: 20, participantsChildren: 0 }),
    );
    expect(res.statusCode, res.body).toBe(201);
  });
});

describe('idempotent create', () => {
  it('a retried create with the same clientId returns the first activity, never a second', async () => {
    const clientId = randomUUID();
    const before = await countAll();
    const first = await puput.post('/api/activities', report({ clientId, title: 'Storytelling anak PAUD' }));
    expect(first.statusCode).toBe(201);
    const retry = await puput.post('/api/activities', report({ clientId, title: 'Storytelling anak PAUD' }));
    expect(retry.statusCode).toBe(200);
    expect(retry.json<ActivityBody>().id).toBe(first.json<ActivityBody>().id);
    expect(await countAll()).toBe(before + 1);
  });

  it('retries arriving at the same moment still make one activity', async () => {
    const clientId = randomUUID();
    const before = await countAll();
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => puput.post('/api/activities', report({ clientId, title: 'Lomba literasi' }))),
    );
    expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 200, 200, 200, 201]);
    expect(new Set(answers.map((r) => r.json<ActivityBody>().id)).size).toBe(1);
    expect(await countAll()).toBe(before + 1);
  });
});

describe('likely duplicates', () => {
  it('flags another report of the same library, day and strategy with a near-identical title', async () => {
    const first = (
      await puput.post('/api/activities', report({ title: 'Sosialisasi PKK Desa Puput', subtype: 'sosialisasi', date: '2024-08-14' }))
    ).json<ActivityBody>();
    const second = (
      await puput2.post('/api/activities', report({ title: 'sosialisasi pkk, desa puput.', subtype: 'sosialisasi', date: '2024-08-14' }))
    ).json<ActivityBody>();
    expect(second.possibleDuplicates).toEqual([{ id: first.id, title: 'Sosialisasi PKK Desa Puput', status: 'draft' }]);
    const other = (
      await puput.post('/api/activities', report({ title: 'Sosialisasi PKK Desa Puput', subtype: 'sosialisasi', date: '2024-08-15' }))
    ).json<ActivityBody>();
    expect(other.possibleDuplicates).toEqual([]);
    const different = (
      await puput.post('/api/activities', report({ title: 'Kelas menjahit ibu-ibu', subtype: 'kelas_perempuan', date: '2024-08-14' }))
    ).json<ActivityBody>();
    expect(different.possibleDuplicates).toEqual([]);
    expect((await puput.get(`/api/activities/${first.id}`)).json<ActivityBody>().possibleDuplicates.map((d) => d.id)).toEqual([second.id]);
  });
});

describe('editing and deleting drafts', () => {
  it('the reporter, or another manager of its library, edits a draft; the trail keeps old and new values', async () => {
    const a = (
      await puput.post('/api/activities', report({ title: 'Kelas remaja menulis', subtype: 'kelas_remaja' }))
    ).json<ActivityBody>();
    const res = await puput2.patch(`/api/activities/${a.id}`, {
      title: 'Kelas remaja menulis cerpen',
      participantsMale: 9,
      location: 'Perpusdes Puput',
    });
    expect(res.statusCode, res.body).toBe(200);
    const edited = res.json<ActivityBody>();
    expect(edited).toMatchObject({ title: 'Kelas remaja menulis cerpen', participantsTotal: 23, location: 'Perpusdes Puput' });
    expect(edited.history.at(-1)).toMatchObject({
      kind: 'edited',
      actor: { username: 'puput2' },
      changes: {
        title: { from: 'Kelas remaja menulis', to: 'Kelas remaja menulis cerpen' },
        participantsMale: { from: 6, to: 9 },
        location: { from: null, to: 'Perpusdes Puput' },
      },
    });
  });

  it('checks an edit against the whole activity it makes', async () => {
    const a = (await puput.post('/api/activities', report({ participantsElderly: 10 }))).json<ActivityBody>();
    const tooFew = await puput.patch(`/api/activities/${a.id}`, { participantsMale: 2, participantsFemale: 3 });
    expect(tooFew.statusCode).toBe(400);
    expect(errorOf(tooFew).details?.[0]).toMatchObject({ field: 'participantsElderly', issue: 'exceeds_total' });
    const strategy = await puput.patch(`/api/activities/${a.id}`, { strategy: 'advokasi' });
    expect(errorOf(strategy).details?.[0]).toMatchObject({ field: 'subtype', issue: 'wrong_strategy' });
    const future = await puput.patch(`/api/activities/${a.id}`, { date: '2030-01-01', title: 'x' });
    expect(fieldsOf(future)).toEqual(['title']);
    const tomorrow = await puput.patch(`/api/activities/${a.id}`, { date: '2024-09-29' });
    expect(errorOf(tomorrow).details?.[0]).toMatchObject({ field: 'date', issue: 'future' });
    expect((await puput.get(`/api/activities/${a.id}`)).json()).toMatchObject({ participantsMale: 6, strategy: 'pelibatan_masyarakat' });
    const ok = await puput.patch(`/api/activities/${a.id}`, {
      strategy: 'advokasi',
      subtype: 'mou',
      outcome: { documentType: 'mou', documentNumber: '01/MoU/2024' },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const back = await puput.patch(`/api/activities/${a.id}`, { strategy: 'layanan_informasi', subtype: null });
    expect(errorOf(back).details?.[0]).toMatchObject({ field: 'outcome', issue: 'advocacy_only' });
  });

  it('a draft can be deleted; it is gone', async () => {
    const a = (await puput.post('/api/activities', report({ title: 'Salah input' }))).json<ActivityBody>();
    expect((await puput.delete(`/api/activities/${a.id}`)).statusCode).toBe(204);
    expect((await puput.get(`/api/activities/${a.id}`)).statusCode).toBe(404);
  });
});

describe('scope', () => {
  let puputActivity: ActivityBody;
  let cendilActivity: { id: number };

  beforeAll(async () => {
    puputActivity = (
      await puput.post('/api/activities', report({ title: 'Wisata literasi ke museum timah', subtype: 'wisata_literasi' }))
    ).json<ActivityBody>();
    cendilActivity = await makeActivity(t.db, {
      partnerId: cendilPartner.id,
      reporterId: cendilManagerId,
      title: 'Pelatihan anyaman',
      status: 'submitted',
    });
  });

  it('a manager of another library can neither see nor change the activity: 404, nothing changes', async () => {
    const url = `/api/activities/${puputActivity.id}`;
    expect((await cendil.get(url)).statusCode).toBe(404);
    expect((await cendil.patch(url, { title: 'Diubah orang lain' })).statusCode).toBe(404);
    expect((await cendil.delete(url)).statusCode).toBe(404);
    expect((await cendil.post(`${url}/submit`)).statusCode).toBe(404);
    const mine = (await cendil.get('/api/activities?pageSize=500')).json<ListBody>();
    expect(mine.items.every((a) => a.partnerName === 'Perpusdes Cendil')).toBe(true);
    expect((await cendil.get(`/api/activities?partner=${puputPartner.id}`)).statusCode).toBe(404);
    const forOther = await cendil.post('/api/activities', report());
    expect(forOther.statusCode).toBe(403);
    expect((await puput.get(url)).json()).toMatchObject({ title: 'Wisata literasi ke museum timah', status: 'draft' });
  });

  it('a konsultan reads and comments inside its region but edits nothing', async () => {
    const url = `/api/activities/${puputActivity.id}`;
    const seen = await karolina.get(url);
    expect(seen.statusCode).toBe(200);
    expect(seen.json<ActivityBody>().allowed).toEqual(['comment']);
    expect((await karolina.patch(url, { title: 'Diubah konsultan' })).statusCode).toBe(403);
    expect((await karolina.post('/api/activities', report())).statusCode).toBe(403);
    expect((await karolina.delete(url)).statusCode).toBe(403);
    const comment = await karolina.post(`${url}/comments`, { text: 'Foto kegiatan belum ada.' });
    expect(comment.statusCode).toBe(201);
    expect(comment.json()).toMatchObject({ kind: 'commented', comment: 'Foto kegiatan belum ada.', actor: { username: 'karolina' } });
    const trail = (await puput.get(url)).json<ActivityBody>().history;
    expect(trail.at(-1)).toMatchObject({ kind: 'commented', comment: 'Foto kegiatan belum ada.' });
    expect((await karolina.post(`${url}/comments`, { text: '' })).statusCode).toBe(400);
    expect((await karolina.post(`${url}/comments`, { text: 'x'.repeat(1001) })).statusCode).toBe(400);
  });

  it('a regency facilitator sees its regency only; a province admin elsewhere sees nothing', async () => {
    expect((await fasil.get(`/api/activities/${puputActivity.id}`)).statusCode).toBe(200);
    expect((await fasil.get(`/api/activities/${cendilActivity.id}`)).statusCode).toBe(404);
    const list = (await fasil.get('/api/activities?pageSize=500')).json<ListBody>();
    expect(list.items.some((a) => a.id === cendilActivity.id)).toBe(false);
    expect((await fasil.get('/api/activities?region=19.06')).statusCode).toBe(403);
    expect((await fasil.get(`/api/activities?partner=${cendilPartner.id}`)).statusCode).toBe(404);
    expect((await jakartaAdmin.get(`/api/activities/${puputActivity.id}`)).statusCode).toBe(404);
    expect((await jakartaAdmin.get('/api/activities')).json<ListBody>().total).toBe(0);
    expect((await t.anonymous().get('/api/activities')).statusCode).toBe(401);
  });
});

describe('listing activities', () => {
  it('filters by partner, region, date range, status, strategy, sub-type and title, with paging', async () => {
    const all = (await pusat.get('/api/activities?pageSize=500')).json<ListBody>();
    expect(all.total).toBe(all.items.length);
    const dates = all.items.map((a) => a.date);
    expect(dates).toEqual([...dates].sort().reverse());

    const august = (await pusat.get('/api/activities?from=2024-08-01&to=2024-08-31&pageSize=500')).json<ListBody>();
    expect(august.total).toBeGreaterThan(0);
    expect(august.items.every((a) => a.date >= '2024-08-01' && a.date <= '2024-08-31')).toBe(true);

    const advocacy = (await pusat.get('/api/activities?strategy=advokasi&pageSize=500')).json<{ items: { strategy: string }[] }>();
    expect(advocacy.items.length).toBeGreaterThan(0);
    expect(advocacy.items.every((a) => a.strategy === 'advokasi')).toBe(true);

    const submitted = (await pusat.get('/api/activities?status=submitted')).json<ListBody>();
    expect(submitted.items.map((a) => a.title)).toEqual(['Pelatihan anyaman']);
    expect((await pusat.get(`/api/activities?partner=${cendilPartner.id}`)).json<ListBody>().total).toBe(1);
    expect((await pusat.get('/api/activities?region=19.06')).json<ListBody>().total).toBe(1);
    expect((await pusat.get('/api/activities?subtype=wisata_literasi')).json<ListBody>().total).toBe(1);
    expect((await pusat.get('/api/activities?q=MUSEUM')).json<ListBody>().items.map((a) => a.title)).toEqual([
      'Wisata literasi ke museum timah',
    ]);

    const page2 = (await pusat.get('/api/activities?page=2&pageSize=3&sort=oldest')).json<ListBody>();
    expect(page2.items).toHaveLength(3);
    expect(page2.total).toBe(all.total);
  });

  it('refuses bad filters with 400', async () => {
    const res = await pusat.get('/api/activities?status=done&from=2024-13-01&pageSize=0&sort=random');
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual(['from', 'pageSize', 'sort', 'status']);
  });
});
