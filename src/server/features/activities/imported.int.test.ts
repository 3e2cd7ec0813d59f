import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, UnknownRow } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '#domain/permissions';
import type { Db } from '#server/db/database';
import { ApiError } from '#server/http/errors';
import { batchingRollups } from '#server/features/rollups/batch';
import { checkRollups } from '#server/features/rollups/check';
import { testApp, type TestApp } from '#test/app';
import { castOf } from '#test/cast';
import { recordSubmittedActivities } from './imported';
import { activityForActor } from './queries';
import { createActivity, importLookups } from './service';

// An import's rows written together: each must end up exactly as the one-row path leaves it.

let t: TestApp;
let manager: Actor;
let partnerId: number;

beforeAll(async () => {
  t = await testApp();
  const cast = await castOf(t, { managers: ['puput'] });
  partnerId = cast.partners.puput.id;
  manager = { id: cast.userIds.puput, role: 'pengelola', partnerId };
});
afterAll(() => t.close());

const body = (title: string, over: { partnerId?: number } = {}) => ({
  partnerId: over.partnerId ?? partnerId,
  strategy: 'pelibatan_masyarakat' as const,
  title,
  date: '2024-09-10',
  participantsMale: 6,
  participantsFemale: 9,
});

/** The database, counting every statement it runs (transaction begin and commit aside). */
function counting(db: Db) {
  let seen = 0;
  const plugin: KyselyPlugin = {
    transformQuery: (args: PluginTransformQueryArgs) => args.node,
    transformResult: (args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> => {
      seen++;
      return Promise.resolve(args.result);
    },
  };
  return { db: db.withPlugin(plugin), count: () => seen };
}

describe('imported activities written together', () => {
  it('gives each row its own activity, submitted with both trail steps, and the refused row nothing', async () => {
    const now = t.clock.now();
    const bodies = Array.from({ length: 300 }, (_, i) => body(`Impor bersama ${i + 1}`, i === 150 ? { partnerId: 999_999 } : {}));
    const answers = await t.db.transaction().execute((tx) => {
      const lookups = importLookups(tx);
      return batchingRollups(tx, () => recordSubmittedActivities(tx, manager, bodies, now, lookups));
    });
    expect(answers).toHaveLength(300);
    expect(answers[150]).toBeInstanceOf(ApiError);
    for (const [i, answer] of answers.entries()) {
      if (i === 150) continue;
      expect(typeof answer).toBe('number');
      const read = await activityForActor(t.db, manager, answer as number);
      expect(read.title).toBe(`Impor bersama ${i + 1}`);
      expect(read.status).toBe('submitted');
      expect(read.history.map((h) => h.kind)).toEqual(['created', 'submitted']);
    }
    expect(await checkRollups(t.db)).toEqual([]);
    // The ids were taken from the database's own numbering: a report made afterwards gets the next one.
    const later = await createActivity(t.db, manager, body('Laporan sesudah impor'), now);
    expect(later.id).toBeGreaterThan(Math.max(...answers.filter((a) => typeof a === 'number')));
  });

  it('runs the same few statements for 20 rows as for 130, once the partner is known', async () => {
    const now = t.clock.now();
    const c = counting(t.db);
    const counts = await c.db.transaction().execute(async (tx) => {
      const lookups = importLookups(tx);
      await recordSubmittedActivities(tx, manager, [body('Pertama')], now, lookups);
      const out: number[] = [];
      for (const n of [20, 130]) {
        const before = c.count();
        const rows = Array.from({ length: n }, (_, i) => body(`Impor ${n}-${i}`));
        await batchingRollups(tx, () => recordSubmittedActivities(tx, manager, rows, now, lookups));
        out.push(c.count() - before);
      }
      return out;
    });
    // Ids reserved, the rows and their trail a few chunks each, then the batch's rollups.
    expect(counts[0]).toBe(counts[1]);
    expect(await checkRollups(t.db)).toEqual([]);
  });
});
