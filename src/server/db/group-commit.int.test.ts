import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '#test/app';
import type { Tx } from './database';
import { inTransaction } from './transaction';

let t: TestApp;
let other: SQLite.Database;
beforeAll(async () => {
  t = await testApp();
  // Another connection to the same file sees only what is committed.
  if (t.connection.file) other = new SQLite(t.connection.file, { readonly: true });
});
afterAll(async () => {
  other?.close();
  await t.close();
});
beforeEach(async () => {
  await t.db.deleteFrom('import_refs').execute();
});

const write = (tx: Tx, ref: string) =>
  tx
    .insertInto('import_refs')
    .values({ scope_key: 'group', kind: 'test', ref, target_id: 1, created_by: 1, created_at: '2024-09-10' })
    .execute();
const committedRefs = () =>
  (other.prepare("SELECT ref FROM import_refs WHERE scope_key = 'group' ORDER BY ref").all() as { ref: string }[]).map((r) => r.ref);

describe.runIf(process.env.TEST_DB !== 'postgres')('transactions asked for together on the embedded database', () => {
  it('are committed together: each sees the others before them, no one else does until the commit, and each is answered after it', async () => {
    const seenByOthers: string[][] = [];
    const answeredWith: string[][] = [];
    const runs = ['a', 'b', 'c'].map((ref) =>
      inTransaction(t.db, async (tx) => {
        await write(tx, ref);
        seenByOthers.push(committedRefs());
        return (await tx.selectFrom('import_refs').select('ref').where('scope_key', '=', 'group').orderBy('ref').execute()).map(
          (r) => r.ref,
        );
      }).then((mine) => {
        answeredWith.push(committedRefs());
        return mine;
      }),
    );
    expect(await Promise.all(runs)).toEqual([['a'], ['a', 'b'], ['a', 'b', 'c']]);
    // One transaction: nothing of the batch was committed while it ran, all of it before any answer.
    expect(seenByOthers).toEqual([[], [], []]);
    expect(answeredWith).toEqual([
      ['a', 'b', 'c'],
      ['a', 'b', 'c'],
      ['a', 'b', 'c'],
    ]);
  });

  it.each(['a', 'b', 'c'])(
    'still stand alone: one that fails after writing (%s) is undone alone and fails with its own error',
    async (failing) => {
      const runs = ['a', 'b', 'c'].map((ref) =>
        inTransaction(t.db, async (tx) => {
          await write(tx, ref);
          if (ref === failing) throw new Error(`${ref} refused`);
          return ref;
        }),
      );
      const settled = await Promise.allSettled(runs);
      expect(settled.map((s) => (s.status === 'fulfilled' ? s.value : (s.reason as Error).message))).toEqual(
        ['a', 'b', 'c'].map((ref) => (ref === failing ? `${ref} refused` : ref)),
      );
      expect(committedRefs()).toEqual(['a', 'b', 'c'].filter((ref) => ref !== failing));
    },
  );

  it('all fail when their commit fails, and none of them is written', async () => {
    const runs = ['a', 'b', 'c'].map((ref) =>
      inTransaction(t.db, async (tx) => {
        await write(tx, ref);
        if (ref === 'b') {
          // A foreign key checked only at the commit: the one failure a commit can meet on demand.
          await sql`PRAGMA defer_foreign_keys = ON`.execute(tx);
          await tx.insertInto('login_known_places').values({ user_id: 999_999, place: 'nowhere', last_success_at: '2024-09-10' }).execute();
        }
        return ref;
      }),
    );
    const settled = await Promise.allSettled(runs);
    expect(settled.map((s) => s.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(settled[0]).toMatchObject({ reason: { code: 'SQLITE_CONSTRAINT_FOREIGNKEY' } });
    expect(committedRefs()).toEqual([]);
    // And the connection goes on: the next transaction commits as ever.
    await inTransaction(t.db, (tx) => write(tx, 'd'));
    expect(committedRefs()).toEqual(['d']);
  });
});
