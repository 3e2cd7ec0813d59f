import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttendanceImportResult } from '#domain/gathering-attendance';
import type { Gathering } from '#domain/gatherings';
import { testApp, type Agent, type TestApp } from '#test/app';
import { castOf } from '#test/cast';
import { errorOf, fieldsOf } from '#test/errors';
import { makePartner } from '#test/factories';
import { pdfPages } from '#test/pdf';

// Attendance: ticked one partner at a time during the meeting, unticked, imported from a list
// (a dry run first, then all or nothing), and exported for the files (CSV and PDF).

let t: TestApp;
let babel: Agent;
let runi: Agent;
let puputManager: Agent;
let ids: Record<'puput' | 'cendil' | 'gambir' | 'belo' | 'puputLain' | 'labu', number>;

const newGathering = async (title = 'Gathering mitra TPBIS') =>
  (await babel.post('/api/gatherings', { title, date: '2024-09-28', mode: 'online', regionCode: '19' })).json<Gathering>();
const detail = async (id: number) => (await babel.get(`/api/gatherings/${id}`)).json<Gathering>();
const importList = (agent: Agent, id: number, text: string, dryRun: boolean) =>
  agent.post(`/api/gatherings/${id}/attendance/import${dryRun ? '?dryRun=1' : ''}`, { text });

beforeAll(async () => {
  t = await testApp();
  const cast = await castOf(t, { staff: ['babel', 'runi'], libraries: ['cendil', 'gambir'], managers: ['puput'] });
  ({ babel, runi } = cast.agents);
  puputManager = cast.agents.puput;
  ids = {
    puput: cast.partners.puput.id,
    cendil: cast.partners.cendil.id,
    gambir: cast.partners.gambir.id,
    belo: (await makePartner(t.db, { name: 'Perpusdes Belo Laut', regionCode: '19.05.01.2006' })).id,
    // The province has two villages called Puput: the second library shares the name.
    puputLain: (await makePartner(t.db, { name: 'Perpusdes Puput', regionCode: '19.05.06.2001' })).id,
    labu: (await makePartner(t.db, { name: 'Perpusdes Tanjung Labu', regionCode: '19.03.02.2001' })).id,
  };
});
afterAll(() => t.close());

describe('taking attendance', () => {
  it('adds partners of the region, a tick sent twice adding once, and takes one off again', async () => {
    const g = await newGathering();
    const url = `/api/gatherings/${g.id}/attendance`;
    expect((await babel.post(url, { partnerIds: [ids.cendil] })).json<Gathering>().attendees).toBe(1);
    expect((await babel.post(url, { partnerIds: [ids.cendil] })).json<Gathering>().attendees).toBe(1);
    expect((await babel.post(url, { partnerIds: [ids.belo, ids.labu] })).json<Gathering>().attendees).toBe(3);
    const removed = await babel.delete(`${url}/${ids.belo}`);
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json<Gathering>().attendance.map((p) => p.name)).toEqual(['Perpusdes Cendil', 'Perpusdes Tanjung Labu']);
    expect((await babel.delete(`${url}/${ids.belo}`)).statusCode).toBe(404);

    const history = (await detail(g.id)).history;
    expect(history.map((h) => [h.kind, h.changes])).toEqual([
      ['created', null],
      ['attendance_added', { attendance: { from: null, to: [ids.cendil] } }],
      ['attendance_added', { attendance: { from: null, to: [ids.belo, ids.labu] } }],
      ['attendance_removed', { attendance: { from: [ids.belo], to: null } }],
    ]);
  });

  it('refuses a partner outside the gathering’s region, naming it, and adds none of the request', async () => {
    const g = await newGathering();
    const res = await babel.post(`/api/gatherings/${g.id}/attendance`, { partnerIds: [ids.cendil, ids.gambir] });
    expect([res.statusCode, fieldsOf(res)]).toEqual([400, ['partnerIds.1']]);
    expect((await detail(g.id)).attendees).toBe(0);
  });

  it('is taken by the admins who run the gathering only', async () => {
    const g = await newGathering();
    expect((await runi.post(`/api/gatherings/${g.id}/attendance`, { partnerIds: [ids.cendil] })).statusCode).toBe(403);
    await babel.post(`/api/gatherings/${g.id}/attendance`, { partnerIds: [ids.cendil] });
    expect((await puputManager.delete(`/api/gatherings/${g.id}/attendance/${ids.cendil}`)).statusCode).toBe(403);
    expect((await detail(g.id)).attendees).toBe(1);
  });
});

describe('importing a list', () => {
  const list = [
    'nama perpustakaan',
    'PERPUSTAKAAN DESA CENDIL',
    'Perpusdes Belo Laut.',
    'Perpusdes Puput',
    'Perpustakaan Gambir',
    'Perpusdes Tidak Ada',
    'Tanjung Labu',
  ].join('\r\n');

  it('answers in a dry run how each row matches, and writes nothing', async () => {
    const g = await newGathering();
    await babel.post(`/api/gatherings/${g.id}/attendance`, { partnerIds: [ids.cendil] });
    const before = await detail(g.id);
    const res = await importList(babel, g.id, list, true);
    expect(res.statusCode, res.body).toBe(200);
    const result = res.json<AttendanceImportResult>();
    expect(result).toMatchObject({ dryRun: true, rows: 6, added: 2, attendees: 3 });
    expect(result.matched.map((m) => [m.row, m.partnerId, m.alreadyPresent])).toEqual([
      [2, ids.cendil, true],
      [3, ids.belo, false],
      [7, ids.labu, false],
    ]);
    expect(result.unmatched.map((u) => [u.row, u.text, u.reason])).toEqual([
      [4, 'Perpusdes Puput', 'ambiguous'],
      [5, 'Perpustakaan Gambir', 'not_found'],
      [6, 'Perpusdes Tidak Ada', 'not_found'],
    ]);
    expect(result.unmatched[0]?.candidates.map((c) => c.partnerId).sort()).toEqual([ids.puput, ids.puputLain].sort());
    const after = await detail(g.id);
    expect([after.attendees, after.history.length]).toEqual([before.attendees, before.history.length]);
  });

  it('imports nothing when any row is unmatched, answering those rows', async () => {
    const g = await newGathering();
    const res = await importList(babel, g.id, list, false);
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual(['rows.4', 'rows.5', 'rows.6']);
    expect(errorOf(res).message).toContain('nothing was imported');
    const after = await detail(g.id);
    expect([after.attendees, after.history.map((h) => h.kind)]).toEqual([0, ['created']]);
  });

  it('imports every row once each matches, by name or by id, in one entry on the trail', async () => {
    const g = await newGathering();
    const text = `1. Perpusdes Cendil\n2. Perpusdes Belo Laut\n3. ${ids.puputLain}\n4. Tanjung Labu\n5. Perpusdes Cendil`;
    const dry = (await importList(babel, g.id, text, true)).json<AttendanceImportResult>();
    expect([dry.unmatched, dry.added]).toEqual([[], 4]);
    const res = await importList(babel, g.id, text, false);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<AttendanceImportResult>()).toMatchObject({ dryRun: false, rows: 5, added: 4, attendees: 4 });
    const after = await detail(g.id);
    expect(after.attendance.map((p) => p.partnerId).sort()).toEqual([ids.cendil, ids.belo, ids.puputLain, ids.labu].sort());
    expect(after.history.at(-1)).toMatchObject({
      kind: 'attendance_imported',
      changes: { attendance: { to: [ids.cendil, ids.belo, ids.puputLain, ids.labu] } },
    });
  });

  it('names an id of a partner elsewhere, and refuses an empty or unreadable list naming the text', async () => {
    const g = await newGathering();
    const elsewhere = (await importList(babel, g.id, String(ids.gambir), true)).json<AttendanceImportResult>();
    expect(elsewhere.unmatched.map((u) => u.reason)).toEqual(['outside_region']);
    for (const text of ['\n  \n', 'nama\n"Perpusdes Cendil\nlain']) {
      const res = await importList(babel, g.id, text, true);
      expect([res.statusCode, fieldsOf(res)]).toEqual([400, ['text']]);
    }
  });

  it('is for the admins who run the gathering, even as a dry run', async () => {
    const g = await newGathering();
    expect((await importList(runi, g.id, 'Perpusdes Cendil', true)).statusCode).toBe(403);
  });
});

describe('exporting the attendance', () => {
  let g: Gathering;
  beforeAll(async () => {
    g = await newGathering('Webinar Gathering Program TPBIS');
    await babel.post(`/api/gatherings/${g.id}/attendance`, { partnerIds: [ids.cendil, ids.belo, ids.labu] });
  });

  it('as CSV that Excel opens: UTF-8 with a byte-order mark, Indonesian headers, one row per library with its place', async () => {
    const res = await runi.get(`/api/gatherings/${g.id}/attendance.csv`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain('daftar-hadir-2024-09-28-webinar-gathering-program-tpbis.csv');
    const body = res.rawPayload.toString('utf8');
    expect(body.startsWith('\uFEFF')).toBe(true);
    expect(body.slice(1).split('\r\n').filter(Boolean)).toEqual([
      'no,nama perpustakaan,jenis,desa/kelurahan,kecamatan,kabupaten/kota',
      '1,Perpusdes Belo Laut,Perpustakaan desa/kelurahan,Belo Laut,Mentok,Kabupaten Bangka Barat',
      '2,Perpusdes Cendil,Perpustakaan desa/kelurahan,Cendil,Kelapa Kampit,Kabupaten Belitung Timur',
      '3,Perpusdes Tanjung Labu,Perpustakaan desa/kelurahan,Tanjung Labu,Lepar,Kabupaten Bangka Selatan',
    ]);
  });

  it('as a printable PDF list with the gathering and every library', async () => {
    const res = await babel.get(`/api/gatherings/${g.id}/attendance.pdf`);
    expect(res.headers['content-type']).toBe('application/pdf');
    const [page] = pdfPages(res.rawPayload);
    expect(page).toContain('Daftar Hadir');
    expect(page).toContain('Webinar Gathering Program TPBIS');
    expect(page).toContain('28 September 2024');
    expect(page).toContain('3 perpustakaan mitra hadir');
    for (const name of ['Perpusdes Belo Laut', 'Perpusdes Cendil', 'Perpusdes Tanjung Labu', 'Kelapa Kampit']) expect(page).toContain(name);
  });

  it('is read by whoever sees the gathering, and by nobody else', async () => {
    expect((await puputManager.get(`/api/gatherings/${g.id}/attendance.csv`)).statusCode).toBe(200);
    const jakarta = await castOf(t, { staff: ['jakarta'] });
    expect((await jakarta.agents.jakarta.get(`/api/gatherings/${g.id}/attendance.csv`)).statusCode).toBe(404);
  });
});
