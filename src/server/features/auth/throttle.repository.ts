import type { DbOrTx } from '#server/db/database';

export function findThrottle(db: DbOrTx, key: string) {
  return db.selectFrom('login_throttle').selectAll().where('key', '=', key).executeTakeFirst();
}

export async function saveThrottle(db: DbOrTx, key: string, failures: number, windowStart: string): Promise<void> {
  await db
    .insertInto('login_throttle')
    .values({ key, failures, window_start: windowStart })
    .onConflict((oc) => oc.column('key').doUpdateSet({ failures, window_start: windowStart }))
    .execute();
}

export async function clearThrottle(db: DbOrTx, key: string): Promise<void> {
  await db.deleteFrom('login_throttle').where('key', '=', key).execute();
}
