import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '#domain/permissions';
import { strategies } from '#domain/taxonomy';
import { returnActivity } from '#server/features/activities/status';
import { updatePartner } from '#server/features/partners/service';
import { ApiError } from '#server/http/errors';
import { testApp, type TestApp } from '#test/app';
import { makeActivity, makePartner, makeUser } from '#test/factories';
import { rankedParts } from './ranked-parts';
import { scoreFromRollups } from './province-scores';
import { profileForPeriod } from './profiles';
import { ranked, scoreCacheOf, scorePartners, scoreThreadOf, type ScoredPartner } from './scoring';

// Villages of two provinces (Bangka Belitung, Jakarta), so a move can cross provinces.
const villages = ['19.05.06.2005', '19.05.06.2001', '19.06.04.2003', '19.03.02.2001', '31.71.01.1001', '31.71.01.1002'];
// Both edges cut a month, so the patch reads the cut days from the activities and the rest from the rollups.
const range = { from: '2024-01-15', to: '2024-09-20' };
// A second range, cut elsewhere: a province's held facts answer any range of their years.
const shortEdges = { from: '2024-01-20', to: '2024-09-10' };
const scopes = [null, '19', '19.05', '31'];
const now = new Date('2024-09-28T08:00:00Z');

let t: TestApp;
let twin: FastifyInstance;
let reporterId: number;
/** The national office: reports, reviews and edits libraries anywhere. */
let office: Actor;
const partners: number[] = [];
const submitted: number[] = [];

beforeAll(async () => {
  t = await testApp();
  twin = await t.twin();
  reporterId = (await makeUser(t.db, { role: 'admin_pusat' })).id;
  office = { id: reporterId, role: 'admin_pusat', regionCode: null };
  for (const regionCode of villages) partners.push((await makePartner(t.db, { regionCode })).id);
});
afterAll(() => t.close());

type Write =
  | { kind: 'report'; partner: number; day: number; strategy: number; verified: boolean }
  | { kind: 'return'; which: number }
  | { kind: 'move'; partner: number; village: number }
  | { kind: 'active'; partner: number; active: boolean }
  | { kind: 'type'; partner: number; tbm: boolean }
  | { kind: 'create'; village: number };

const write: fc.Arbitrary<Write> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('report' as const),
      partner: fc.nat(),
      day: fc.integer({ min: 0, max: 273 }),
      strategy: fc.nat(2),
      verified: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('return' as const), which: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('move' as const), partner: fc.nat(), village: fc.nat(villages.length - 1) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('active' as const), partner: fc.nat(), active: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('type' as const), partner: fc.nat(), tbm: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('create' as const), village: fc.nat(villages.length - 1) }) },
);

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length] as T;
const dayOf = (n: number) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10);

async function apply(w: Write): Promise<void> {
  switch (w.kind) {
    case 'report': {
      const partnerId = pick(partners, w.partner);
      const status = w.verified ? 'verified' : 'submitted';
      const { id } = await makeActivity(t.db, {
        partnerId,
        reporterId,
        status,
        date: dayOf(w.day),
        strategy: pick(strategies, w.strategy),
      });
      if (!w.verified) submitted.push(id);
      return;
    }
    case 'return': {
      const id = submitted.splice(w.which % Math.max(submitted.length, 1), 1)[0];
      if (id !== undefined) await returnActivity(t.db, office, id, 'Mohon lengkapi data peserta.', now);
      return;
    }
    case 'move':
      await updatePartner(t.db, office, pick(partners, w.partner), { regionCode: pick(villages, w.village) }, now);
      return;
    case 'active':
      await updatePartner(t.db, office, pick(partners, w.partner), { active: w.active }, now);
      return;
    case 'type':
      await updatePartner(t.db, office, pick(partners, w.partner), { type: w.tbm ? 'tbm' : 'desa' }, now);
      return;
    case 'create':
      partners.push((await makePartner(t.db, { regionCode: pick(villages, w.village) })).id);
  }
}

const byPartner = (items: ScoredPartner[]) => [...items].sort((a, b) => a.partnerId - b.partnerId);
/** Scored here, on the app's own connection, with no cache and no score thread: the reference. */
const inProcess = async (within: string | null, over = range) => {
  const { definition } = await profileForPeriod(t.db, over.to);
  return byPartner(await scoreFromRollups(t.db, definition, { within }, over));
};
const scored = async (db: typeof t.db, within: string | null, over = range) =>
  byPartner((await scorePartners(db, { within }, over)).parts.flat());
/** The ranking kept and moved along with the patches, as partner ids in order; read between writes like the scores. */
const ranking = async (within: string | null) => {
  const { parts } = await scorePartners(t.db, { within }, range);
  return { kept: rankedParts(`test ${within}`, parts).sorted.map((i) => i.partnerId), whole: ranked(parts.flat()).map((i) => i.partnerId) };
};

describe('patched province scores', () => {
  it('equal a full recompute after any sequence of writes, read between them', async () => {
    const cache = scoreCacheOf(t.db);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(write, fc.boolean()), { minLength: 1, maxLength: 12 }), async (writes) => {
        // Each run starts from provinces scored whole, so a failure is this run's writes' doing.
        cache.clear();
        for (const within of scopes) await ranking(within);
        const computed = cache.computations;
        for (const [w, readAfter] of writes) {
          try {
            await apply(w);
          } catch (error) {
            // The rules may refuse a write (a report for a deactivated library); it then changes nothing.
            if (!(error instanceof ApiError)) throw error;
          }
          if (readAfter) for (const within of scopes) await ranking(within);
        }
        const patched = await Promise.all(scopes.map((within) => scored(t.db, within)));
        // Every write was patched in: no province was scored whole again.
        expect(cache.computations).toBe(computed);
        // The twin is another instance on the same database: its own cache, emptied, scores from scratch.
        // On SQLite its provinces are scored in its score thread, on a read-only connection of its own.
        scoreCacheOf(twin.db).clear();
        const threadJobs = scoreThreadOf(twin.db)?.jobs ?? 0;
        expect(patched).toEqual(await Promise.all(scopes.map((within) => scored(twin.db, within))));
        if (t.connection.dialect === 'sqlite') expect(scoreThreadOf(twin.db)?.jobs).toBeGreaterThan(threadJobs);
        expect(patched).toEqual(await Promise.all(scopes.map((within) => inProcess(within))));
        // The twin holds each province's facts from run to run (its thread's, or its own on PostgreSQL), patched by the same log.
        expect(await Promise.all(scopes.map((within) => scored(twin.db, within, shortEdges)))).toEqual(
          await Promise.all(scopes.map((within) => inProcess(within, shortEdges))),
        );
        // The ranking moved only the re-scored partners, and reads as a whole sort would.
        for (const within of scopes) {
          const { kept, whole } = await ranking(within);
          expect(kept).toEqual(whole);
        }
      }),
      { numRuns: 10 },
    );
    expect(cache.patches).toBeGreaterThan(0);
  });
});
