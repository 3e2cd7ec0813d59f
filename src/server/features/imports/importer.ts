import type { Actor } from '#domain/permissions';
import type { DbOrTx } from '#server/db/database';
import { accountByUsername } from '#server/features/users/accounts';
import { toActor } from '#server/features/users/mapping';
import { firstNationalAdminName } from './repository';

/** The CLI could not start the import: no such user, or none to act as. */
export class ImporterRefused extends Error {}

/**
 * Whom the CLI imports as: the active user named, with that user's role and scope (so a
 * provincial admin's import is refused outside its province as in the app), or the first national admin.
 */
export async function importingUser(db: DbOrTx, username: string | null): Promise<Actor> {
  const name = username ?? (await firstNationalAdminName(db));
  if (name === undefined) {
    throw new ImporterRefused('no national admin (admin_pusat) exists yet: name the importing user with --as USERNAME');
  }
  const row = await accountByUsername(db, name);
  if (!row || row.active !== 1) throw new ImporterRefused(`${name} is not an active user`);
  return toActor(row);
}
