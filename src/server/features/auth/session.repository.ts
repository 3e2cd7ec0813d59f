import { compiledOnce } from '#server/db/compiled';
import type { DbOrTx } from '#server/db/database';

export async function insertSession(
  db: DbOrTx,
  row: { id: string; userId: number; csrfToken: string; createdAt: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({ id: row.id, user_id: row.userId, csrf_token: row.csrfToken, created_at: row.createdAt, expires_at: row.expiresAt })
    .execute();
}

/** The live session with its user, or undefined once it has expired or the user was deactivated. */
// Every request with a session cookie asks this: built and compiled once (db/compiled.ts).
const liveSession = compiledOnce((db, p: { id: string; now: string }) =>
  db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id',
      'sessions.csrf_token',
      'sessions.expires_at',
      'users.id as user_id',
      'users.username',
      'users.role',
      'users.region_code',
      'users.partner_id',
      'users.display_name',
      'users.must_change_password',
    ])
    .where('sessions.id', '=', p.id)
    .where('sessions.expires_at', '>', p.now)
    .where('users.active', '=', 1),
);

export async function findLiveSession(db: DbOrTx, id: string, now: string) {
  return (await liveSession(db, { id, now })).rows[0];
}

export async function deleteSession(db: DbOrTx, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

export async function deleteSessionsOfUser(db: DbOrTx, userId: number, except?: string): Promise<void> {
  let q = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (except) q = q.where('id', '!=', except);
  await q.execute();
}

export async function deleteExpiredSessions(db: DbOrTx, now: string): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
}
