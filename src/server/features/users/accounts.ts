import { scopeOfUser, type Actor } from '#domain/permissions';
import type { Role } from '#domain/roles';
import type { DbOrTx } from '#server/db/database';
import { findUserById, findUserByUsername, insertUser, updatePasswordHash, updateUser } from './repository';

// Accounts as the system itself sees them: for logging in and changing a password (auth), and
// for users no actor creates (the demo's). Everything an actor asks for goes through ./service.

/** The stored account behind a username, with its password hash; undefined when there is none. */
export const accountByUsername = (db: DbOrTx, username: string) => findUserByUsername(db, username);

/** The stored account with this id, with its password hash; undefined when there is none. */
export const accountById = (db: DbOrTx, id: number) => findUserById(db, id);

export const setPasswordHash = (db: DbOrTx, id: number, passwordHash: string): Promise<void> => updatePasswordHash(db, id, passwordHash);

/** The user chose its own password: an admin's reset no longer holds it on the password change. */
export const clearPasswordChange = (db: DbOrTx, id: number): Promise<void> => updateUser(db, id, { must_change_password: 0 });

/**
 * Creates an account without an actor's scope check (the demo seed's users). The role and its
 * scope must still fit; returns the new user as the actor it will be.
 */
export async function createAccount(
  db: DbOrTx,
  account: { username: string; passwordHash: string; role: Role; regionCode?: string; partnerId?: number; displayName: string; now: Date },
): Promise<Actor> {
  const scope = scopeOfUser(account);
  if (!scope) throw new Error(`account ${account.username}: a ${account.role} needs a scope that fits its role`);
  const id = await insertUser(db, {
    username: account.username,
    password_hash: account.passwordHash,
    role: account.role,
    region_code: account.regionCode ?? null,
    partner_id: account.partnerId ?? null,
    display_name: account.displayName,
    created_at: account.now.toISOString(),
  });
  return { id, ...scope };
}
