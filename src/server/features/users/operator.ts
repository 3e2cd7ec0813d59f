import type { z } from 'zod';
import { fieldIssuesOf } from '#domain/issues';
import { Password, passwordWeaknessMessages } from '#domain/passwords';
import { passwordWeakness } from '#domain/password-strength';
import type { Account } from '#domain/accounts';
import type { Actor } from '#domain/permissions';
import { CreateUserBody, Username } from '#domain/users';
import type { Db } from '#server/db/database';
import { ApiError, invalidField, notFound } from '#server/http/errors';
import { hashPassword } from '#server/features/auth/passwords';
import { endSessionsOf } from '#server/features/auth/service';
import { toUser } from './mapping';
import { findUserById, findUserByUsername, updateUser } from './repository';
import { createUser } from './service';

// The operator at the server's console (`sim-tpbis user …`) recovers access to a running system:
// whoever can open the database already holds everything, so it acts as the national office,
// under the very rules POST /api/users applies (schema, password strength, scope, unique name).

const consoleOperator: Actor = { id: 0, role: 'admin_pusat', regionCode: null };

/** The input as the schema reads it, or the 400 the API would answer, every failing field named. */
function parsed<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const details = fieldIssuesOf(result.error.issues);
  throw new ApiError('validation', details.map((d) => `${d.field}: ${d.message}`).join('; '), details);
}

/** `sim-tpbis user add`: a new user, as if the national office had created it through the API. */
export function addUserFromConsole(db: Db, input: unknown, now: Date): Promise<Account> {
  return createUser(db, consoleOperator, parsed(CreateUserBody, input), now);
}

/**
 * `sim-tpbis user password`: the user's password becomes the operator's choice, an admin's reset
 * is lifted (the operator chose it, not a temporary one) and every session of the user ends.
 */
export async function setPasswordFromConsole(db: Db, username: string, password: string): Promise<Account> {
  const row = await findUserByUsername(db, parsed(Username, username));
  if (!row) throw notFound(`user "${username}"`);
  parsed(Password, password);
  const weakness = passwordWeakness(password, row.username);
  if (weakness) throw invalidField('password', weakness, passwordWeaknessMessages[weakness]);
  const passwordHash = await hashPassword(password);
  await db.transaction().execute(async (tx) => {
    await updateUser(tx, row.id, { password_hash: passwordHash, must_change_password: 0 });
    await endSessionsOf(tx, row.id);
  });
  const updated = await findUserById(db, row.id);
  if (!updated) throw notFound('user');
  return toUser(updated);
}
