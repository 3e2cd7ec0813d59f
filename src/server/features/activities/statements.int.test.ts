import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, UnknownRow } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '#domain/permissions';
import type { Db } from '#server/db/database';
import { batchingRollups } from '#server/features/rollups/batch';
import { checkRollups } from '#server/features/rollups/check';
import { testApp, type TestApp } from '#test/app';
import { castOf } from '#test/cast';
import { activityForActor, newActivityForActor } from './queries';
import { createActivity, importLookups, recordSubmittedActivity } from './service';
import { submitActivity } from './status';

// How many statements a report costs is what bounds reports per second (BENCHMARKS.md): these
// counts are real, not timed, and guard the write path against a statement creeping back in.

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

/** The database, counting every statement it runs (transaction begin and commit aside). */
function counting(db: Db) {
  const seen: string[] = [];
  const plugin: KyselyPlugin = {
    transformQuery: (args: PluginTransformQueryArgs) => args.node,
    transformResult: (args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> => {
      seen.push(args.queryId.queryId);
      return Promise.resolve(args.result);
    },
  };
  return { db: db.withPlugin(plugin), count: () => seen.length };
}

const body = (title: string) => ({
  partnerId,
  strategy: 'pelibatan_masyarakat' as const,
  title,
  date: '2024-09-10',
  participantsMale: 6,
  participantsFemale: 9,
});

describe('statements per report', () => {
  it('create then submit runs 11 statements (10 on PostgreSQL), and the two answers 6 more', async () => {
    const c = counting(t.db);
    const now = t.clock.now();
    const { id, createdEntryId } = await createActivity(c.db, manager, body('Statements create'), now);
    expect(c.count()).toBe(3);
    const created = await newActivityForActor(c.db, manager, id, createdEntryId ?? 0);
    expect(c.count()).toBe(5);
    // The answer to a create, built from what the request knows, is the one a read of it gives.
    expect(created).toEqual(await activityForActor(t.db, manager, id));
    await submitActivity(c.db, manager, id, now);
    // PostgreSQL raises the province's generation and logs its partner in one statement.
    const submit = t.connection.dialect === 'postgres' ? 7 : 8;
    expect(c.count()).toBe(5 + submit);
    await activityForActor(c.db, manager, id);
    expect(c.count()).toBe(9 + submit);
  });

  it('an imported report, created and submitted in one step, runs 2 once its partner is known', async () => {
    const c = counting(t.db);
    const now = t.clock.now();
    await c.db.transaction().execute(async (tx) => {
      const lookups = importLookups(tx);
      await batchingRollups(tx, async () => {
        await recordSubmittedActivity(tx, manager, body('Imported first'), now, lookups);
        const before = c.count();
        const id = await recordSubmittedActivity(tx, manager, body('Imported second'), now, lookups);
        expect(c.count() - before).toBe(2);
        // Both steps are on its trail, as a create and a submit would have left them.
        const read = await activityForActor(tx, manager, id);
        expect(read.status).toBe('submitted');
        expect(read.history.map((h) => h.kind)).toEqual(['created', 'submitted']);
      });
    });
    expect(await checkRollups(t.db)).toEqual([]);
  });
});
