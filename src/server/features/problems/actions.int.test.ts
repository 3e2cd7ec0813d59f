import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem, ProblemAction, ProblemList } from '#domain/problems';
import { testApp, type Agent, type TestApp } from '#test/app';
import { castOf } from '#test/cast';
import { fieldsOf } from '#test/errors';

// Follow-up actions of a problem: added, ticked, edited, and flagged when overdue. The test
// clock starts at 2024-09-28 08:00 UTC, 15:00 in Jakarta (WIB).

let t: TestApp;
let yulianti: Agent;
let karolina: Agent;
let puput: Agent;
let puput2: Agent;
let cendil: Agent;
let puputLibrary: { id: number };
let ids: { puput: number; yulianti: number; cendil: number; karolina: number };

beforeAll(async () => {
  t = await testApp();
  const cast = await castOf(t, { staff: ['yulianti', 'karolina'], managers: ['puput', 'puput2', 'cendil'] });
  ({ yulianti, karolina, puput, puput2, cendil } = cast.agents);
  puputLibrary = cast.partners.puput;
  ids = { puput: cast.userIds.puput, yulianti: cast.userIds.yulianti, cendil: cast.userIds.cendil, karolina: cast.userIds.karolina };
});
afterAll(() => t.close());

async function raise(title = 'Perpustakaan belum punya anggaran di APBDes'): Promise<Problem> {
  const res = await puput.post('/api/problems', {
    partnerId: puputLibrary.id,
    title,
    category: 'anggaran',
    description: 'Musyawarah desa tahun ini belum memasukkan perpustakaan.',
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<Problem>();
}

async function addAction(agent: Agent, problemId: number, body: Record<string, unknown>): Promise<ProblemAction> {
  const res = await agent.post(`/api/problems/${problemId}/actions`, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json<ProblemAction>();
}

/** Moves the shared clock forward to a moment; the tests before it may have moved it already. */
function moveClockTo(iso: string) {
  const ms = new Date(iso).getTime() - t.clock.now().getTime();
  if (ms < 0) throw new Error(`the clock is already past ${iso}`);
  t.clock.advance(ms);
}

const detail = async (problemId: number) => (await puput.get(`/api/problems/${problemId}`)).json<Problem>();
const listed = async (problemId: number) =>
  (await yulianti.get('/api/problems?pageSize=500')).json<ProblemList>().items.find((i) => i.id === problemId);

describe('adding an action', () => {
  it('a facilitator adds one with what, who and by when; it starts not done', async () => {
    const problem = await raise();
    const action = await addAction(yulianti, problem.id, {
      what: 'Audiensi dengan kepala desa dan BPD',
      owner: 'Pengelola Perpusdes Puput',
      dueDate: '2024-10-15',
    });
    expect(action).toMatchObject({
      problemId: problem.id,
      what: 'Audiensi dengan kepala desa dan BPD',
      owner: 'Pengelola Perpusdes Puput',
      ownerUserId: null,
      dueDate: '2024-10-15',
      done: false,
      doneAt: null,
      doneBy: null,
      overdue: false,
      createdBy: { username: 'yulianti' },
      createdAt: t.clock.now().toISOString(),
    });
    const after = await detail(problem.id);
    expect(after.actions.map((a) => a.id)).toEqual([action.id]);
    expect(after.openActions).toBe(1);
    expect(after.history.at(-1)).toMatchObject({
      kind: 'action_added',
      actor: { username: 'yulianti' },
      changes: {
        [`actions.${action.id}.added`]: {
          from: null,
          to: { what: 'Audiensi dengan kepala desa dan BPD', owner: 'Pengelola Perpusdes Puput', ownerUserId: null, dueDate: '2024-10-15' },
        },
      },
    });
  });

  it('the library’s manager adds one to its own problem; a konsultan and another library may not', async () => {
    const problem = await raise();
    const body = { what: 'Kirim proposal ke desa', owner: 'Puput', dueDate: '2024-10-20' };
    await addAction(puput2, problem.id, body);
    expect((await karolina.post(`/api/problems/${problem.id}/actions`, body)).statusCode).toBe(403);
    expect((await cendil.post(`/api/problems/${problem.id}/actions`, body)).statusCode).toBe(404);
  });

  it('names what is wrong: a date that does not exist, a year mistyped, a missing owner', async () => {
    const problem = await raise();
    const res = await yulianti.post(`/api/problems/${problem.id}/actions`, { what: 'Audiensi', dueDate: '2024-02-30' });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual(['dueDate', 'owner']);
    const far = await yulianti.post(`/api/problems/${problem.id}/actions`, { what: 'Audiensi', owner: 'Yulianti', dueDate: '2204-10-01' });
    expect(fieldsOf(far)).toEqual(['dueDate']);
  });

  it('given to an account, it goes only to someone who can see the problem', async () => {
    const problem = await raise();
    const mine = await addAction(yulianti, problem.id, {
      what: 'Susun proposal',
      owner: 'Puput',
      dueDate: '2024-10-20',
      ownerUserId: ids.puput,
    });
    expect(mine.ownerUserId).toBe(ids.puput);
    for (const ownerUserId of [ids.cendil, 999_999]) {
      const res = await yulianti.post(`/api/problems/${problem.id}/actions`, {
        what: 'Susun proposal',
        owner: 'Cendil',
        dueDate: '2024-10-20',
        ownerUserId,
      });
      expect(res.statusCode).toBe(400);
      expect(fieldsOf(res)).toEqual(['ownerUserId']);
    }
    expect((await detail(problem.id)).actions).toHaveLength(1);
  });
});

describe('ticking and editing an action', () => {
  it('the manager ticks it done and back; who and when are kept, and the trail says so', async () => {
    const problem = await raise();
    const action = await addAction(yulianti, problem.id, { what: 'Audiensi dengan kepala desa', owner: 'Puput', dueDate: '2024-10-01' });
    const url = `/api/problems/${problem.id}/actions/${action.id}`;

    t.clock.advance(3600_000);
    const done = await puput.patch(url, { done: true });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ done: true, doneAt: t.clock.now().toISOString(), doneBy: { username: 'puput' } });
    expect((await detail(problem.id)).openActions).toBe(0);

    const undone = await yulianti.patch(url, { done: false });
    expect(undone.json()).toMatchObject({ done: false, doneAt: null, doneBy: null });

    const kinds = (await detail(problem.id)).history.map((h) => [h.kind, h.actor.username]);
    expect(kinds.slice(-2)).toEqual([
      ['action_done', 'puput'],
      ['action_undone', 'yulianti'],
    ]);
  });

  it('edits what, who and when, each changed field on the trail by the action’s name', async () => {
    const problem = await raise();
    const action = await addAction(yulianti, problem.id, { what: 'Audiensi', owner: 'Puput', dueDate: '2024-10-01' });
    const url = `/api/problems/${problem.id}/actions/${action.id}`;
    const edited = await yulianti.patch(url, { what: 'Audiensi dengan BPD', dueDate: '2024-10-08', ownerUserId: ids.puput });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({
      what: 'Audiensi dengan BPD',
      owner: 'Puput',
      dueDate: '2024-10-08',
      ownerUserId: ids.puput,
      done: false,
    });
    const last = (await detail(problem.id)).history.at(-1);
    expect(last).toMatchObject({ kind: 'action_edited', actor: { username: 'yulianti' } });
    expect(last?.changes).toEqual({
      [`actions.${action.id}.what`]: { from: 'Audiensi', to: 'Audiensi dengan BPD' },
      [`actions.${action.id}.ownerUserId`]: { from: null, to: ids.puput },
      [`actions.${action.id}.dueDate`]: { from: '2024-10-01', to: '2024-10-08' },
    });

    // Nothing changed: nothing written.
    const before = (await detail(problem.id)).history.length;
    expect((await yulianti.patch(url, { what: 'Audiensi dengan BPD' })).statusCode).toBe(200);
    expect((await detail(problem.id)).history).toHaveLength(before);

    expect(fieldsOf(await yulianti.patch(url, { ownerUserId: ids.cendil }))).toEqual(['ownerUserId']);
    expect((await karolina.patch(url, { done: true })).statusCode).toBe(403);
  });

  it('an action is reached only through its own problem', async () => {
    const first = await raise();
    const second = await raise('Koleksi buku kurang');
    const action = await addAction(yulianti, first.id, { what: 'Audiensi', owner: 'Puput', dueDate: '2024-10-01' });
    expect((await yulianti.patch(`/api/problems/${second.id}/actions/${action.id}`, { done: true })).statusCode).toBe(404);
    expect((await cendil.patch(`/api/problems/${first.id}/actions/${action.id}`, { done: true })).statusCode).toBe(404);
    expect((await yulianti.patch(`/api/problems/${first.id}/actions/999999`, { done: true })).statusCode).toBe(404);
  });

  it('a settled problem’s actions are locked with it', async () => {
    const problem = await raise();
    const action = await addAction(yulianti, problem.id, { what: 'Audiensi', owner: 'Puput', dueDate: '2024-10-01' });
    expect((await yulianti.post(`/api/problems/${problem.id}/status`, { status: 'ditutup' })).statusCode).toBe(200);
    expect((await puput.patch(`/api/problems/${problem.id}/actions/${action.id}`, { done: true })).statusCode).toBe(409);
    expect((await detail(problem.id)).actions[0]?.done).toBe(false);
  });
});

describe('overdue actions', () => {
  it('are flagged once their due day has ended in Indonesia, counted on the problem and in lists, until ticked done', async () => {
    const problem = await raise();
    const late = await addAction(yulianti, problem.id, { what: 'Surati dinas', owner: 'Yulianti', dueDate: '2024-09-27' });
    const today = await addAction(yulianti, problem.id, { what: 'Telepon kepala desa', owner: 'Puput', dueDate: '2024-09-28' });
    const later = await addAction(yulianti, problem.id, { what: 'Rapat desa', owner: 'Puput', dueDate: '2024-10-30' });
    expect([late.overdue, today.overdue, later.overdue]).toEqual([true, false, false]);

    let seen = await detail(problem.id);
    expect(seen.actions.map((a) => [a.id, a.overdue])).toEqual([
      [late.id, true],
      [today.id, false],
      [later.id, false],
    ]);
    expect(seen).toMatchObject({ openActions: 3, overdueActions: 1 });
    expect(await listed(problem.id)).toMatchObject({ openActions: 3, overdueActions: 1 });

    // 23:59 in Jakarta on the 28th: still today. A minute later it is the 29th and the call is late.
    moveClockTo('2024-09-28T16:59:00Z');
    expect((await detail(problem.id)).overdueActions).toBe(1);
    moveClockTo('2024-09-28T17:00:00Z');
    seen = await detail(problem.id);
    expect(seen.actions.find((a) => a.id === today.id)?.overdue).toBe(true);
    expect(seen.overdueActions).toBe(2);

    expect((await puput.patch(`/api/problems/${problem.id}/actions/${late.id}`, { done: true })).json()).toMatchObject({ overdue: false });
    expect(await listed(problem.id)).toMatchObject({ openActions: 2, overdueActions: 1 });
  });

  it('of a solved problem are moot: nothing is overdue any more', async () => {
    const problem = await raise();
    await addAction(yulianti, problem.id, { what: 'Surati dinas', owner: 'Yulianti', dueDate: '2024-09-01' });
    expect((await detail(problem.id)).overdueActions).toBe(1);
    const solved = await yulianti.post(`/api/problems/${problem.id}/status`, {
      status: 'selesai',
      resolution: 'Dinas sudah membalas dan membantu.',
    });
    expect(solved.json()).toMatchObject({ overdueActions: 0, openActions: 1, actions: [{ overdue: false }] });
    expect(await listed(problem.id)).toMatchObject({ overdueActions: 0 });
  });
});
