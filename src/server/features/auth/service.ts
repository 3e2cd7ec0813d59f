import { createHash, randomBytes } from 'node:crypto';
import { passwordWeaknessMessages } from '#domain/passwords';
import { passwordWeakness } from '#domain/password-strength';
import type { Account } from '#domain/accounts';
import type { Db, DbOrTx } from '#server/db/database';
import { ApiError, invalidField } from '#server/http/errors';
import { accountById, accountByUsername, clearPasswordChange, setPasswordHash } from '#server/features/users/accounts';
import { toUser } from '#server/features/users/mapping';
import { decoyHash, hashPassword, verifyPassword } from './passwords';
import { deleteSession, deleteSessionsOfUser, findLiveSession, insertSession } from './session.repository';
import { loginSucceeded, reserveLoginAttempt } from './throttle';

/** The cookie carries the token; the database keeps only its hash. */
export const sessionIdOf = (token: string) => createHash('sha256').update(token).digest('hex');

export interface LoginResult {
  user: Account;
  csrfToken: string;
  token: string;
  /** For the browser to keep: it makes this browser a known place of the user (see `throttle.ts`). */
  deviceToken: string;
}

export async function login(
  db: Db,
  input: { username: string; password: string; ip: string; deviceToken: string | undefined; now: Date; ttlMs: number },
): Promise<LoginResult> {
  const row = await accountByUsername(db, input.username);
  // Counted before the password is checked, so parallel guesses cannot pass the limit.
  const attempt = await reserveLoginAttempt(db, input.now, {
    username: input.username,
    userId: row?.id ?? null,
    ip: input.ip,
    deviceToken: input.deviceToken,
  });
  const ok = await verifyPassword(row?.password_hash ?? decoyHash, input.password);
  if (!row || !ok) throw new ApiError('unauthenticated', 'wrong username or password');
  // Said only to someone who knows the password: the person can then ask their admin, not guess again.
  if (row.active !== 1) throw new ApiError('account_inactive', 'this account has been deactivated; ask your admin');
  await loginSucceeded(db, input.now, attempt, row.id);
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await insertSession(db, {
    id: sessionIdOf(token),
    userId: row.id,
    csrfToken,
    createdAt: input.now.toISOString(),
    expiresAt: new Date(input.now.getTime() + input.ttlMs).toISOString(),
  });
  return { token, csrfToken, user: toUser(row), deviceToken: attempt.deviceToken };
}

export const sessionForToken = (db: Db, token: string, now: Date) => findLiveSession(db, sessionIdOf(token), now.toISOString());

export const logout = (db: Db, token: string) => deleteSession(db, sessionIdOf(token));

/**
 * Changing the password ends every other session of the user, in case one was stolen, and lifts
 * an admin's reset: the temporary password has served its purpose.
 */
export async function changePassword(
  db: Db,
  input: { userId: number; token: string; currentPassword: string; newPassword: string },
): Promise<void> {
  const row = await accountById(db, input.userId);
  if (!row || !(await verifyPassword(row.password_hash, input.currentPassword))) {
    throw new ApiError('validation', 'current password is wrong', [
      { field: 'currentPassword', issue: 'wrong_password', message: 'current password is wrong' },
    ]);
  }
  const weakness = passwordWeakness(input.newPassword, row.username);
  if (weakness) throw invalidField('newPassword', weakness, passwordWeaknessMessages[weakness]);
  await setPasswordHash(db, row.id, await hashPassword(input.newPassword));
  await clearPasswordChange(db, row.id);
  await deleteSessionsOfUser(db, row.id, sessionIdOf(input.token));
}

/** Ends every session of a user at once: it was deactivated, or an admin reset its password. */
export const endSessionsOf = (db: DbOrTx, userId: number): Promise<void> => deleteSessionsOfUser(db, userId);
