import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '#test/app';
import { watchOf } from './generation-watch';
import { bumpGenerations, generationsOf } from './generations';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

// Generous: a loaded machine may take seconds to connect; the condition, not the time, is what is waited for.
const poll = { timeout: 30_000, interval: 20 };
const raise = (db: TestApp['db'], partnerId: number) => bumpGenerations(db, [{ partnerId, regionCode: '19.05.06.2005' }]);
const generationOf19 = async (db: TestApp['db']) => (await generationsOf(db, ['19'])).get('19');
const inTable = async () =>
  Number(
    (await t.db.selectFrom('kpi_generations').select('generation').where('province_code', '=', '19').executeTakeFirst())?.generation ?? 0,
  );

describe.runIf(process.env.TEST_DB === 'postgres')('the KPI generations on PostgreSQL, from the notices', () => {
  it('are answered from memory once listening, and a raise here is read back at once', async () => {
    await raise(t.db, 1);
    const watch = watchOf(t.db);
    await expect.poll(() => watch?.listening, poll).toBe(true);
    await expect.poll(() => generationOf19(t.db), poll).toBe(await inTable());
    for (let i = 0; i < 30; i += 1) {
      await raise(t.db, 2);
      // Read right after the commit, before its notice may have come back: never the older generation.
      expect(await generationOf19(t.db)).toBe(await inTable());
    }
    const answers = watch?.answers ?? 0;
    await expect.poll(async () => [await generationOf19(t.db), watch?.answers], poll).toEqual([await inTable(), answers + 1]);
  });

  it("see another instance's raise once its notice arrives", async () => {
    const twin = await t.twin();
    const before = await generationOf19(t.db);
    await raise(twin.db, 3);
    await expect.poll(() => generationOf19(t.db), poll).toBe((before ?? 0) + 1);
  });

  it('read the table while the listening connection is lost, and listen again', async () => {
    const watch = watchOf(t.db);
    await expect.poll(() => watch?.listening, poll).toBe(true);
    await sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%'`.execute(
      t.db,
    );
    await expect.poll(() => watch?.listening, poll).toBe(false);
    // Raised by someone else while no notice can arrive: still read right.
    await sql`UPDATE kpi_generations SET generation = generation + 1 WHERE province_code = '19'`.execute(t.db);
    expect(await generationOf19(t.db)).toBe(await inTable());
    await expect.poll(() => watch?.listening, poll).toBe(true);
    expect(await generationOf19(t.db)).toBe(await inTable());
  });
});

describe.runIf(process.env.TEST_DB !== 'postgres')('the KPI generations on SQLite', () => {
  it('are read from the table: one process, no channel', async () => {
    expect(watchOf(t.db)).toBeUndefined();
    await raise(t.db, 1);
    expect(await generationOf19(t.db)).toBe(await inTable());
  });
});
