import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Agent, type TestApp } from '#test/app';
import { castOf, libraryWithManager } from '#test/cast';
import { recordDemoBuild } from '#server/features/demo/period';

let t: TestApp;
let babel: Agent;
let pusat: Agent;
let yulianti: Agent;

beforeAll(async () => {
  t = await testApp();
  ({ babel, pusat, yulianti } = (await castOf(t, { staff: ['babel', 'pusat', 'yulianti'] })).agents);
});
afterAll(() => t.close());

async function report(agent: Agent, partnerId: number, date: string, submit = true) {
  const created = await agent.post('/api/activities', {
    partnerId,
    strategy: 'advokasi',
    title: `Kegiatan ${date}`,
    date,
    participantsMale: 1,
    participantsFemale: 1,
  });
  expect(created.statusCode, created.body).toBe(201);
  if (submit) expect((await agent.post(`/api/activities/${created.json<{ id: number }>().id}/submit`)).statusCode).toBe(200);
}

const extentOf = async (agent: Agent, query = '') => {
  const res = await agent.get(`/api/dashboard/extent${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ firstDate: string | null; lastDate: string | null; demoPeriod: { from: string; to: string } | null }>();
};

describe('the extent of the data a viewer sees', () => {
  it('is empty before anything was reported', async () => {
    expect(await extentOf(babel)).toEqual({ firstDate: null, lastDate: null, demoPeriod: null });
    expect(await extentOf(pusat)).toEqual({ firstDate: null, lastDate: null, demoPeriod: null });
  });

  it("runs from the first to the last day with counted activities in the viewer's region, a manager's own partner", async () => {
    const puput = await libraryWithManager(t, { regionCode: '19.05.06.2005', type: 'desa' });
    const cendil = await libraryWithManager(t, { regionCode: '19.06.04.2003', type: 'desa' });
    const gambir = await libraryWithManager(t, { regionCode: '31.71.01.1001', type: 'desa' });
    await report(puput.agent, puput.partner.id, '2024-03-05');
    await report(puput.agent, puput.partner.id, '2024-09-25');
    // A draft is not counted: it moves no edge.
    await report(puput.agent, puput.partner.id, '2024-09-27', false);
    await report(cendil.agent, cendil.partner.id, '2023-11-02');
    await report(gambir.agent, gambir.partner.id, '2024-09-26');

    expect(await extentOf(babel)).toEqual({ firstDate: '2023-11-02', lastDate: '2024-09-25', demoPeriod: null });
    expect(await extentOf(yulianti)).toEqual({ firstDate: '2024-03-05', lastDate: '2024-09-25', demoPeriod: null });
    expect(await extentOf(babel, '?region=19.06')).toEqual({ firstDate: '2023-11-02', lastDate: '2023-11-02', demoPeriod: null });
    expect(await extentOf(pusat)).toEqual({ firstDate: '2023-11-02', lastDate: '2024-09-26', demoPeriod: null });
    expect(await extentOf(pusat, '?region=31')).toEqual({ firstDate: '2024-09-26', lastDate: '2024-09-26', demoPeriod: null });
    expect(await extentOf(puput.agent)).toEqual({ firstDate: '2024-03-05', lastDate: '2024-09-25', demoPeriod: null });
    // A manager asking for a region still gets its own partner's.
    expect(await extentOf(cendil.agent, '?region=19')).toEqual({ firstDate: '2023-11-02', lastDate: '2023-11-02', demoPeriod: null });
  });

  it("names the demo's period while what the viewer sees is the demo, until reports run past its last day", async () => {
    await recordDemoBuild(t.db, {
      regionCode: '19',
      report: { from: '2024-01-01', to: '2024-09-25' },
      asOf: '2024-09-28',
      now: t.clock.now(),
    });
    const demo = { from: '2024-01-01', to: '2024-09-25' };
    expect((await extentOf(babel)).demoPeriod).toEqual(demo);
    expect((await extentOf(yulianti)).demoPeriod).toEqual(demo);
    // The whole country holds the demo province; a province beside it does not.
    expect((await extentOf(pusat)).demoPeriod).toEqual(demo);
    expect((await extentOf(pusat, '?region=31')).demoPeriod).toBeNull();

    // A report after the demo's "today" in Belitung Timur: that regency and the province now have data of their own.
    const lalangJaya = await libraryWithManager(t, { regionCode: '19.06.01.2001', type: 'desa' });
    expect((await extentOf(lalangJaya.agent)).demoPeriod).toBeNull();
    t.clock.advance(4 * 86_400_000);
    await report(lalangJaya.agent, lalangJaya.partner.id, '2024-10-01');
    expect(await extentOf(lalangJaya.agent)).toEqual({ firstDate: '2024-10-01', lastDate: '2024-10-01', demoPeriod: null });
    expect(await extentOf(babel)).toEqual({ firstDate: '2023-11-02', lastDate: '2024-10-01', demoPeriod: null });
    expect((await extentOf(babel, '?region=19.06')).demoPeriod).toBeNull();
    expect((await extentOf(yulianti)).demoPeriod).toEqual(demo);
  });

  it('is refused outside the scope and for a malformed query', async () => {
    expect((await babel.get('/api/dashboard/extent?region=31')).statusCode).toBe(403);
    expect((await yulianti.get('/api/dashboard/extent?region=19.06')).statusCode).toBe(403);
    expect((await babel.get('/api/dashboard/extent?region=19&from=2024-01-01')).statusCode).toBe(400);
    expect((await t.anonymous().get('/api/dashboard/extent')).statusCode).toBe(401);
  });
});
