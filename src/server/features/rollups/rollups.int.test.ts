import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '#demo/random';
import { factsFromActivities } from '#domain/kpi/facts';
import { scorePartner } from '#domain/kpi/score';
import { tpbis2024Profile } from '#domain/kpi/tpbis2024';
import type { DashboardResponse } from '#domain/dashboard';
import { strategies, type ActivityStatus, type Strategy } from '#domain/taxonomy';
import { testApp, type Agent, type TestApp } from '#test/app';
import { castOf, libraryWithManager } from '#test/cast';
import { makeActivity } from '#test/factories';
import { checkRollups, rebuildRollups } from './check';

let t: TestApp;
let admin: Agent;
beforeAll(async () => {
  t = await testApp();
  admin = (await castOf(t, { staff: ['pusat'] })).agents.pusat;
});
afterAll(() => t.close());

interface Known {
  id: number;
  partnerId: number;
  status: ActivityStatus;
}

type ListItem = {
  partnerId: number;
  date: string;
  strategy: Strategy;
  status: ActivityStatus;
  participantsMale: number;
  participantsFemale: number;
};

describe('rollups stay equal to the activities', () => {
  it('after a random sequence of creates, edits, status changes, deletes and a partner move', async () => {
    const random = mulberry32(20241);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const villages = ['19.05.06.2005', '19.05.01.2005', '19.06.04.2003', '19.01.05.2004'];
    const libraries = [];
    for (const village of villages) libraries.push(await libraryWithManager(t, { regionCode: village }));
    const known: Known[] = [];
    const date = () => `2024-0${1 + Math.floor(random() * 9)}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
    const people = () => Math.floor(random() * 30);

    for (let step = 0; step < 160; step++) {
      const roll = random();
      const editable = known.filter((k) => k.status === 'draft' || k.status === 'returned');
      const submitted = known.filter((k) => k.status === 'submitted');
      const verified = known.filter((k) => k.status === 'verified');
      const library = pick(libraries);
      if (roll < 0.35 || known.length < 5) {
        const res = await library.agent.post('/api/activities', {
          partnerId: library.partner.id,
          strategy: pick(strategies),
          title: `Kegiatan acak ${step}`,
          date: date(),
          participantsMale: people(),
          participantsFemale: people(),
        });
        expect(res.statusCode, res.body).toBe(201);
        known.push({ id: res.json<{ id: number }>().id, partnerId: library.partner.id, status: 'draft' });
      } else if (roll < 0.55 && editable.length) {
        const k = pick(editable);
        const owner = libraries.find((l) => l.partner.id === k.partnerId);
        const res = await owner?.agent.post(`/api/activities/${k.id}/submit`);
        expect(res?.statusCode, res?.body).toBe(200);
        k.status = 'submitted';
      } else if (roll < 0.68 && submitted.length) {
        const k = pick(submitted);
        const ok = random() < 0.7;
        const res = ok
          ? await admin.post(`/api/activities/${k.id}/verify`)
          : await admin.post(`/api/activities/${k.id}/return`, { comment: 'Foto kurang jelas' });
        expect(res.statusCode, res.body).toBe(200);
        k.status = ok ? 'verified' : 'returned';
      } else if (roll < 0.8 && editable.length) {
        const k = pick(editable);
        const owner = libraries.find((l) => l.partner.id === k.partnerId);
        const res = await owner?.agent.patch(`/api/activities/${k.id}`, {
          date: date(),
          strategy: pick(strategies),
          participantsMale: people(),
        });
        expect(res?.statusCode, res?.body).toBe(200);
      } else if (roll < 0.88 && editable.length) {
        const k = pick(editable);
        const owner = libraries.find((l) => l.partner.id === k.partnerId);
        const res = await owner?.agent.delete(`/api/activities/${k.id}`);
        expect(res?.statusCode, res?.body).toBe(204);
        known.splice(known.indexOf(k), 1);
      } else if (roll < 0.95 && verified.length) {
        const k = pick(verified);
        const res = await admin.post(`/api/activities/${k.id}/reopen`, { reason: 'Tanggal salah' });
        expect(res.statusCode, res.body).toBe(200);
        k.status = 'returned';
      }
    }
    // A partner moved to another village takes its counted activities with it.
    const moving = libraries[0];
    const moved = await admin.patch(`/api/partners/${moving?.partner.id}`, { regionCode: '19.04.04.2005' });
    expect(moved.statusCode, moved.body).toBe(200);

    expect(known.filter((k) => k.status === 'submitted' || k.status === 'verified').length).toBeGreaterThan(10);
    expect(await checkRollups(t.db)).toEqual([]);
    // `sim-tpbis rollup --rebuild` gives the same tables (on PostgreSQL too, whose GROUP BY takes no constant).
    await rebuildRollups(t.db);
    expect(await checkRollups(t.db)).toEqual([]);

    // And what the API shows equals what the activities say.
    const all = (await admin.get('/api/activities?pageSize=500')).json<{ items: ListItem[] }>().items;
    const range = { from: '2024-01-10', to: '2024-08-20' };
    const counted = all.filter((a) => (a.status === 'submitted' || a.status === 'verified') && a.date >= range.from && a.date <= range.to);
    const dashboard = (await admin.get(`/api/dashboard?region=19&from=${range.from}&to=${range.to}`)).json<DashboardResponse>();
    expect(dashboard.activities.total).toBe(counted.length);
    expect(dashboard.participants.total).toBe(counted.reduce((s, a) => s + a.participantsMale + a.participantsFemale, 0));
    const kpi = (await admin.get(`/api/kpi/partners?region=19&from=${range.from}&to=${range.to}`)).json<{
      items: { partnerId: number; score: number }[];
    }>();
    for (const { partner } of libraries) {
      const expected = scorePartner(
        tpbis2024Profile,
        'desa',
        range,
        factsFromActivities(
          all.filter((a) => a.partnerId === partner.id),
          range,
        ),
      );
      expect(kpi.items.find((i) => i.partnerId === partner.id)?.score).toBe(expected.score);
    }
  }, 120_000);
});

describe("a dashboard's totals, kept between changes", () => {
  it('move with every counted change at once, on this instance and, once its notice arrives, on another', async () => {
    const library = await libraryWithManager(t, { regionCode: '19.06.04.2003' });
    const range = 'from=2024-01-01&to=2024-09-30';
    const totals = async (agent: Agent, region: string) =>
      (await agent.get(`/api/dashboard?${region}${range}`)).json<DashboardResponse>().activities.total;
    const report = async (agent: Agent, title: string) => {
      const created = await agent.post('/api/activities', {
        partnerId: library.partner.id,
        strategy: 'advokasi',
        title,
        date: '2024-05-14',
        participantsMale: 3,
        participantsFemale: 4,
      });
      expect(created.statusCode, created.body).toBe(201);
      const sent = await agent.post(`/api/activities/${created.json<{ id: number }>().id}/submit`);
      expect(sent.statusCode, sent.body).toBe(200);
    };
    const before = { province: await totals(admin, 'region=19&'), country: await totals(admin, '') };
    // Asked again with nothing changed: the same figures (kept).
    expect(await totals(admin, 'region=19&')).toBe(before.province);
    await report(library.agent, 'Audiensi dengan kepala desa');
    expect(await totals(admin, 'region=19&')).toBe(before.province + 1);
    expect(await totals(admin, '')).toBe(before.country + 1);

    // Another instance on the same database counts a report; this one sees it (on PostgreSQL once its notice arrives).
    const twin = await t.twin();
    await makeActivity(twin.db, { partnerId: library.partner.id, reporterId: library.managerId, status: 'submitted', date: '2024-06-02' });
    await expect.poll(() => totals(admin, 'region=19&'), { timeout: 30_000, interval: 20 }).toBe(before.province + 2);
    expect(await totals(admin, '')).toBe(before.country + 2);
  });
});
