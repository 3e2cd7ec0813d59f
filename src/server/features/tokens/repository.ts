import type { DbOrTx } from '#server/db/database';

const listed = ['id', 'name', 'created_at', 'expires_at', 'last_used_at'] as const;

export async function insertToken(
  db: DbOrTx,
  row: { userId: number; name: string; tokenHash: string; createdAt: string; expiresAt: string | null },
) {
  return db
    .insertInto('api_tokens')
    .values({ user_id: row.userId, name: row.name, token_hash: row.tokenHash, created_at: row.createdAt, expires_at: row.expiresAt })
    .returning(listed)
    .executeTakeFirstOrThrow();
}

export function tokenNamed(db: DbOrTx, userId: number, name: string) {
  return db.selectFrom('api_tokens').select('id').where('user_id', '=', userId).where('name', '=', name).executeTakeFirst();
}

/** A user's tokens, newest first; never their hashes. */
export function tokensOfUser(db: DbOrTx, userId: number) {
  return db.selectFrom('api_tokens').select(listed).where('user_id', '=', userId).orderBy('id', 'desc').execute();
}

/** Deletes the token only when it is the user's own; true when one was deleted. */
export async function deleteTokenOfUser(db: DbOrTx, userId: number, id: number): Promise<boolean> {
  const result = await db.deleteFrom('api_tokens').where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/**
 * The token with this hash and the user it acts as, or undefined when it is unknown, its user was
 * deactivated, or an admin reset its user's password (a reset says the account may be in other
 * hands: its tokens rest until the user has chosen a new password).
 */
export function liveTokenByHash(db: DbOrTx, tokenHash: string) {
  return db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .select([
      'api_tokens.id',
      'api_tokens.name',
      'api_tokens.expires_at',
      'api_tokens.last_used_at',
      'users.id as user_id',
      'users.username',
      'users.role',
      'users.region_code',
      'users.partner_id',
      'users.display_name',
    ])
    .where('api_tokens.token_hash', '=', tokenHash)
    .where('users.active', '=', 1)
    .where('users.must_change_password', '=', 0)
    .executeTakeFirst();
}

/** Records a use, unless another request recorded one since `staleBefore` (so at most one write per token a minute). */
export async function touchToken(db: DbOrTx, id: number, now: string, staleBefore: string): Promise<void> {
  await db
    .updateTable('api_tokens')
    .set({ last_used_at: now })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', staleBefore)]))
    .execute();
}
