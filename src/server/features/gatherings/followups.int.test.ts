import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgendaItem, Gathering, GatheringAction } from '#domain/gatherings';
import type { Problem } from '#domain/problems';
import { testApp, type Agent, type TestApp } from '#test/app';
import { castOf } from '#test/cast';
import { fieldsOf } from '#test/errors';

// After the meeting: minutes per agenda item and the follow-up actions it decided; on a problem's
// item, an action for one of its problems is that problem's action, with the problem's trail and rules.

let t: TestApp;
let babel: Agent;
let runi: Agent;
let cendil: Agent;
let problemId: number;
let settledId: number;
let g: Gathering;
let issues: AgendaItem;
let other: AgendaItem;

const put = (agent: Agent, url: string, payload: object) => agent.request({ method: 'PUT', url, payload });
const detail = async () => (await babel.get(`/api/gatherings/${g.id}`)).json<Gathering>();
const problem = async (id: number) => (await babel.get(`/api/problems/${id}`)).json<Problem>();
const actionsUrl = (item: AgendaItem) => `/api/gatherings/${g.id}/agenda/${item.id}/actions`;

beforeAll(async () => {
  t = await testApp();
  const cast = await castOf(t, { staff: ['babel', 'runi'], managers: ['cendil'] });
  ({ babel, runi, cendil } = cast.agents);
  const raise = async (title: string) => {
    const res = await cendil.post('/api/problems', {
      partnerId: cast.partners.cendil.id,
      title,
      category: 'anggaran',
      description: `${title}.`,
    });
    return res.json<Problem>().id;
  };
  problemId = await raise('Pendamping perpustakaan belum dianggarkan');
  settledId = await raise('Rak buku rusak');
  await babel.post(`/api/problems/${settledId}/status`, { status: 'selesai', resolution: 'Rak diganti dari dana desa.' });
  const res = await babel.post('/api/gatherings', {
    title: 'Gathering mitra TPBIS',
    date: '2024-09-28',
    mode: 'offline',
    regionCode: '19',
    agenda: [
      { kind: 'pemecahan_masalah', title: 'Solusi permasalahan Perpusdes Cendil', problemIds: [problemId, settledId] },
      { kind: 'lainnya', title: 'Rencana gathering berikutnya' },
    ],
  });
  g = res.json<Gathering>();
  [issues, other] = g.agenda as [AgendaItem, AgendaItem];
});
afterAll(() => t.close());

describe('minutes', () => {
  it('are written per item, replaced whole, cleared by an empty text, each change on the trail', async () => {
    const url = `/api/gatherings/${g.id}/agenda/${other.id}/minutes`;
    const first = await put(babel, url, { minutes: '  Gathering berikutnya di Belitung Timur.  ' });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json<AgendaItem>()).toMatchObject({ id: other.id, minutes: 'Gathering berikutnya di Belitung Timur.' });
    await put(babel, url, { minutes: 'Gathering berikutnya di Belitung Timur.' });
    await put(babel, url, { minutes: '' });
    const history = (await detail()).history.filter((h) => h.kind === 'minutes_written');
    expect(history.map((h) => h.changes)).toEqual([
      { [`agenda.${other.id}.minutes`]: { from: null, to: 'Gathering berikutnya di Belitung Timur.' } },
      { [`agenda.${other.id}.minutes`]: { from: 'Gathering berikutnya di Belitung Timur.', to: null } },
    ]);
    expect((await detail()).agenda[1]?.minutes).toBeNull();
  });

  it('are written by the admins who run the gathering only, on its own items', async () => {
    expect((await put(runi, `/api/gatherings/${g.id}/agenda/${other.id}/minutes`, { minutes: 'Catatan' })).statusCode).toBe(403);
    const elsewhere = await babel.post('/api/gatherings', { title: 'Temu lain', date: '2024-10-05', mode: 'online', regionCode: '19' });
    expect(
      (await put(babel, `/api/gatherings/${elsewhere.json<Gathering>().id}/agenda/${other.id}/minutes`, { minutes: 'x' })).statusCode,
    ).toBe(404);
  });
});

describe('follow-up actions', () => {
  it('of an item are added and ticked there, each on the gathering’s trail', async () => {
    const added = await babel.post(actionsUrl(other), {
      what: 'Siapkan undangan gathering berikutnya',
      owner: 'DKPUS Babel',
      dueDate: '2024-10-15',
    });
    expect(added.statusCode, added.body).toBe(201);
    const action = added.json<GatheringAction>();
    expect(action).toMatchObject({ itemId: other.id, done: false, overdue: false, problemId: null, owner: 'DKPUS Babel' });

    const ticked = await babel.patch(`${actionsUrl(other)}/${action.id}`, { done: true });
    expect(ticked.json<GatheringAction>()).toMatchObject({ done: true, doneAt: '2024-09-28T08:00:00.000Z' });
    const again = await babel.patch(`${actionsUrl(other)}/${action.id}`, { done: true });
    expect(again.statusCode).toBe(200);
    const kinds = (await detail()).history.filter((h) => h.kind.startsWith('action_')).map((h) => h.kind);
    expect(kinds).toEqual(['action_added', 'action_done']);
  });

  it('for one of the item’s problems becomes that problem’s action, on the problem’s trail too', async () => {
    const res = await babel.post(actionsUrl(issues), {
      what: 'Ajukan anggaran pendamping ke kepala desa',
      owner: 'Kepala Desa Cendil',
      dueDate: '2024-10-31',
      problemId,
    });
    expect(res.statusCode, res.body).toBe(201);
    const action = res.json<GatheringAction>();
    expect(action).toMatchObject({ problemId, what: 'Ajukan anggaran pendamping ke kepala desa', done: false });

    const p = await problem(problemId);
    expect(p.actions.map((x) => [x.id, x.what, x.owner, x.dueDate])).toEqual([
      [action.problemActionId, 'Ajukan anggaran pendamping ke kepala desa', 'Kepala Desa Cendil', '2024-10-31'],
    ]);
    expect(p.history.at(-1)).toMatchObject({ kind: 'action_added', actor: { username: 'babel' } });

    // Ticked at the gathering: done on the problem, with its trail.
    await babel.patch(`${actionsUrl(issues)}/${action.id}`, { done: true });
    const ticked = await problem(problemId);
    expect(ticked.actions[0]?.done).toBe(true);
    expect(ticked.history.at(-1)).toMatchObject({ kind: 'action_done' });

    // Unticked on the problem by its library: the gathering reads it as the problem has it.
    await cendil.patch(`/api/problems/${problemId}/actions/${action.problemActionId}`, { done: false, dueDate: '2024-11-15' });
    const shown = (await detail()).agenda[0]?.actions[0];
    expect(shown).toMatchObject({ id: action.id, done: false, dueDate: '2024-11-15' });
    expect((await detail()).history.filter((h) => h.kind === 'action_done')).toHaveLength(2);
  });

  it('names the problem when it is not one of the item’s, and follows the problem’s rules once it is settled', async () => {
    const other_ = await babel.post(actionsUrl(other), { what: 'Tindak lanjut', owner: 'Fasilitator', dueDate: '2024-10-31', problemId });
    expect([other_.statusCode, fieldsOf(other_)]).toEqual([400, ['problemId']]);
    const settled = await babel.post(actionsUrl(issues), {
      what: 'Cek rak baru',
      owner: 'Fasilitator',
      dueDate: '2024-10-31',
      problemId: settledId,
    });
    expect(settled.statusCode).toBe(409);
    expect((await problem(settledId)).actions).toEqual([]);
    expect((await detail()).agenda[0]?.actions).toHaveLength(1);
  });

  it('are late once their due day has passed in WIB and they are not done', async () => {
    const res = await babel.post(actionsUrl(other), { what: 'Kirim notulen ke mitra', owner: 'Sekretariat', dueDate: '2024-09-27' });
    expect(res.json<GatheringAction>().overdue).toBe(true);
  });

  it('are added only by the admins who run the gathering', async () => {
    const refused = await runi.post(actionsUrl(other), { what: 'Kunjungi Cendil', owner: 'Runi', dueDate: '2024-10-31' });
    expect(refused.statusCode).toBe(403);
  });
});
