import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '#test/app';
import { makePartner } from '#test/factories';
import { CheckpointThread } from './checkpoints';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

const autocheckpoint = async () =>
  Number(Object.values((await sql<Record<string, number>>`PRAGMA wal_autocheckpoint`.execute(t.db)).rows[0] ?? {})[0]);

describe.runIf(process.env.TEST_DB !== 'postgres')('the checkpoint thread', () => {
  it("copies the server's commits into the database file as they come, the commits' own checkpoints left on", async () => {
    const failures: Error[] = [];
    const thread = await CheckpointThread.start(t.connection, (e) => failures.push(e), 20);
    // The commits leave the copying to the thread, and checkpoint only far past SQLite's own threshold.
    expect(await autocheckpoint()).toBe(8_000);
    for (let i = 0; i < 20; i += 1) await makePartner(t.db, { regionCode: '19.05.06.2005' });
    // A condition, not a time: the thread's rounds come when the machine lets them.
    await expect.poll(() => thread.checkpoints, { timeout: 30_000, interval: 20 }).toBeGreaterThan(0);
    const before = thread.checkpoints;
    await makePartner(t.db, { regionCode: '19.05.06.2005' });
    await expect.poll(() => thread.checkpoints, { timeout: 30_000, interval: 20 }).toBeGreaterThan(before);
    await thread.stop();
    // The commits still checkpoint past SQLite's own threshold: what lets the WAL start again from its beginning;
    // with no thread, at SQLite's own threshold again.
    expect(await autocheckpoint()).toBe(1_000);
    expect(failures).toEqual([]);
  });
});
