import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '#test/app';
import { makePartner } from '#test/factories';
import { inTransaction } from './transaction';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

describe.runIf(process.env.TEST_DB !== 'postgres')('a transaction on the embedded database', () => {
  it('holds the write lock from its start, so another process writing meanwhile waits instead of failing it', async () => {
    await makePartner(t.db, { regionCode: '19.05.06.2005' });
    // Another process on the same file (a CLI import, a second server), here a second connection
    // that does not wait: the lock it meets is the point.
    const other = new SQLite(t.connection.file ?? '', { timeout: 0 });
    try {
      let refused: unknown = null;
      const written = await inTransaction(t.db, async (tx) => {
        const before = await tx.selectFrom('partners').select('id').execute();
        try {
          other.prepare("UPDATE partners SET name = 'ditulis proses lain'").run();
        } catch (error) {
          refused = error;
        }
        // A deferred transaction would fail here with SQLITE_BUSY_SNAPSHOT: its snapshot is stale.
        await tx.updateTable('partners').set({ name: 'ditulis server' }).execute();
        return before.length;
      });
      expect(written).toBeGreaterThan(0);
      expect(refused).toMatchObject({ code: 'SQLITE_BUSY' });
      const names = await t.db.selectFrom('partners').select('name').distinct().execute();
      expect(names).toEqual([{ name: 'ditulis server' }]);
    } finally {
      other.close();
    }
  });
});
