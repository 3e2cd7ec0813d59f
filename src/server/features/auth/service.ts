import { createHash, randomBytes } from 'node:crypto';
import { passwordWeaknessMessages } from '#domain/passwords';
import { passwordWeakness } from '#domain/password-strength';
import type { Session } from '#domain/users';
import type { Db } from '#server/db/database';
import { ApiError, invalidField } from '#server/http/errors';
import { findUserByUsername, updatePasswordHash, findUserById } from '#server/features/users/repository';
import { toUser } from '#server/features/users/mapping';
import { decoyHash, hashPassword, verifyPassword } from './passwords';
import { deleteSession, deleteSessionsOfUser, findLiveSession, insertSession } from './session.repository';
import { assertNotThrottled, recordFailure, recordSuccess } from './throttle';

/** The cookie carries the token; the database keeps only its hash. */
export const sessionIdOf = (token: string) => createHash('sha256').update(token).digest('hex');

export interface LoginResult extends Session {
  token: string;
}

export async function login(
  db: Db,
  input: { username: string; password: string; ip: string; now: Date; ttlMs: number },
): Promise<LoginResult> {
  await assertNotThrottled(db, input.now, input.username, input.ip);
  const row = await findUserByUsername(db, input.username);
  const ok = await verifyPassword(row?.password_hash ?? decoyHash, input.password);
  if (!row || !ok || row.active !== 1) {
    await recordFailure(db, input.now, input.username, input.ip);
    throw new ApiError('unauthenticated', 'wrong username or password');
  }
  await recordSuccess(db, input.username);
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await insertSession(db, {
    id: sessionIdOf(token),
    userId: row.id,
    csrfToken,
    createdAt: input.now.toISOString(),
    expiresAt: new Date(input.now.getTime() + input.ttlMs).toISOString(),
  });
  return { token, csrfToken, user: toUser(row) };
}

export const sessionForToken = (db: Db, token: string, now: Date) => findLiveSession(db, sessionIdOf(token), now.toISOString());

export const logout = (db: Db, token: string) => deleteSession(db, sessionIdOf(token));

/** Changing the password ends every other session of the user, in case one was stolen. */
export async function changePassword(
  db: Db,
  input: { userId: number; token: string; currentPassword: string; newPassword: string },
): Promise<void> {
  const row = await findUserById(db, input.userId);
  if (!row || !(await verifyPassword(row.password_hash, input.currentPassword))) {
    throw new ApiError('validation', 'current password is wrong', [
      { field: 'currentPassword', issue: 'wrong_password', message: 'current password is wrong' },
    ]);
  }
  const weakness = passwordWeakness(input.newPassword, row.username);
  if (weakness) throw invalidField('newPassword', weakness, passwordWeaknessMessages[weakness]);
  await updatePasswordHash(db, row.id, await hashPassword(input.newPassword));
  await deleteSessionsOfUser(db, row.id, sessionIdOf(input.token));
}
