import type { DbOrTx } from '#server/db/database';

/**
 * Counts one attempt in one statement, so parallel attempts each see a different count (an
 * INSERT … ON CONFLICT DO UPDATE … RETURNING on both databases). A window that has ended
 * starts again at this attempt.
 */
export function countAttempt(db: DbOrTx, key: string, now: string, endedBefore: string) {
  return db
    .insertInto('login_throttle')
    .values({ key, failures: 1, window_start: now })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet((eb) => {
        const ended = eb('login_throttle.window_start', '<=', endedBefore);
        return {
          failures: eb
            .case()
            .when(ended)
            .then(1)
            .else(eb('login_throttle.failures', '+', 1))
            .end(),
          window_start: eb.case().when(ended).then(now).else(eb.ref('login_throttle.window_start')).end(),
        };
      }),
    )
    .returning(['failures', 'window_start'])
    .executeTakeFirstOrThrow();
}

/** Gives back one counted attempt, if its window is still the one it was counted in. */
export async function uncountAttempt(db: DbOrTx, key: string, windowStart: string): Promise<void> {
  await db
    .updateTable('login_throttle')
    .set((eb) => ({ failures: eb('failures', '-', 1) }))
    .where('key', '=', key)
    .where('window_start', '=', windowStart)
    .where('failures', '>', 0)
    .execute();
}

export async function clearAttempts(db: DbOrTx, key: string): Promise<void> {
  await db.deleteFrom('login_throttle').where('key', '=', key).execute();
}

export async function deleteEndedWindows(db: DbOrTx, endedBefore: string): Promise<void> {
  await db.deleteFrom('login_throttle').where('window_start', '<=', endedBefore).execute();
}
