import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '#domain/problems';
import { testApp, type Agent, type TestApp } from '#test/app';
import { castOf } from '#test/cast';
import { linkProblemsToGathering, problemsOfGathering } from './gathering-links';

// The gatherings where a problem was discussed, as the gatherings' agenda will record them.

let t: TestApp;
let babel: Agent;
let jakarta: Agent;
let puput: Agent;
let babelId: number;
let problems: { puput: number; cendil: number; gambir: number };

async function raise(agent: Agent, partnerId: number, title: string): Promise<number> {
  const res = await agent.post('/api/problems', { partnerId, title, category: 'dukungan_pemda', description: `${title}.` });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<Problem>().id;
}

async function gathering(agent: Agent, regionCode: string, date: string): Promise<{ id: number; regionCode: string }> {
  const res = await agent.post('/api/gatherings', { title: `Gathering mitra ${date}`, date, mode: 'offline', regionCode });
  expect(res.statusCode, res.body).toBe(201);
  return { id: res.json<{ id: number }>().id, regionCode };
}

const gatheringIdsOf = async (agent: Agent, id: number) => (await agent.get(`/api/problems/${id}`)).json<Problem>().gatheringIds;
const historyOf = async (id: number) => (await babel.get(`/api/problems/${id}`)).json<Problem>().history;
const by = () => ({ actorId: babelId, now: t.clock.now() });

beforeAll(async () => {
  t = await testApp();
  const cast = await castOf(t, { staff: ['babel', 'jakarta'], libraries: ['cendil', 'gambir'], managers: ['puput'] });
  ({ babel, jakarta, puput } = cast.agents);
  babelId = cast.userIds.babel;
  problems = {
    puput: await raise(puput, cast.partners.puput.id, 'Desa belum menerbitkan perdes perpustakaan'),
    cendil: await raise(babel, cast.partners.cendil.id, 'Pemda belum menganggarkan pendamping'),
    gambir: await raise(jakarta, cast.partners.gambir.id, 'Kelurahan belum mendukung'),
  };
});
afterAll(() => t.close());

describe('the gatherings where a problem was discussed', () => {
  it('lists the gatherings whose agenda links it, earliest first, and each link is on the problem’s trail', async () => {
    const september = await gathering(babel, '19', '2024-09-28');
    const june = await gathering(babel, '19', '2024-06-15');
    await linkProblemsToGathering(t.db, by(), september, [problems.puput, problems.cendil]);
    await linkProblemsToGathering(t.db, by(), june, [problems.puput]);

    expect(await gatheringIdsOf(puput, problems.puput)).toEqual([june.id, september.id]);
    expect(await gatheringIdsOf(babel, problems.cendil)).toEqual([september.id]);
    expect(await problemsOfGathering(t.db, september.id)).toEqual([problems.puput, problems.cendil]);
    const trail = await historyOf(problems.puput);
    expect(trail.filter((h) => h.kind === 'gathering_linked').map((h) => [h.actor.username, h.changes])).toEqual([
      ['babel', { gathering: { from: null, to: september.id } }],
      ['babel', { gathering: { from: null, to: june.id } }],
    ]);
  });

  it('makes the linked problems exactly those given: a second call unlinks what it leaves out, and repeats nothing', async () => {
    const meeting = await gathering(babel, '19', '2024-10-05');
    await linkProblemsToGathering(t.db, by(), meeting, [problems.puput, problems.cendil]);
    await linkProblemsToGathering(t.db, by(), meeting, [problems.cendil, problems.cendil]);
    expect(await problemsOfGathering(t.db, meeting.id)).toEqual([problems.cendil]);
    expect(await gatheringIdsOf(babel, problems.puput)).not.toContain(meeting.id);

    const trail = await historyOf(problems.cendil);
    expect(trail.filter((h) => h.changes?.gathering && (h.changes.gathering as { to: unknown }).to === meeting.id)).toHaveLength(1);
    const puputTrail = await historyOf(problems.puput);
    expect(puputTrail.at(-1)).toMatchObject({ kind: 'gathering_unlinked', changes: { gathering: { from: meeting.id, to: null } } });

    await linkProblemsToGathering(t.db, by(), meeting, []);
    expect(await problemsOfGathering(t.db, meeting.id)).toEqual([]);
  });

  it('links only problems inside the gathering’s region, naming the one that is not, and then links none', async () => {
    const meeting = await gathering(babel, '19', '2024-11-02');
    const attempt = linkProblemsToGathering(t.db, by(), meeting, [problems.puput, problems.gambir], 'agenda.2.problemIds');
    await expect(attempt).rejects.toMatchObject({ status: 400, details: [{ field: 'agenda.2.problemIds.1', issue: 'unknown_problem' }] });
    await expect(linkProblemsToGathering(t.db, by(), meeting, [999_999])).rejects.toMatchObject({ details: [{ field: 'problemIds.0' }] });
    expect(await problemsOfGathering(t.db, meeting.id)).toEqual([]);
  });

  it('a problem never discussed has none', async () => {
    expect(await gatheringIdsOf(jakarta, problems.gambir)).toEqual([]);
  });
});
