import { inScope, type Scoped } from '#domain/permissions';
import type { DbOrTx } from '#server/db/database';
import { invalidField } from '#server/http/errors';
import { toActor } from '#server/features/users/mapping';
import { findAssignee } from './repository';

/**
 * An action given to an account must go to someone who can see the problem (its library's
 * manager, staff in scope): a notification about a problem one cannot open helps nobody.
 */
export async function assertAssignable(db: DbOrTx, userId: number, problem: Scoped): Promise<void> {
  const user = await findAssignee(db, userId);
  if (!user || user.active !== 1) throw invalidField('ownerUserId', 'unknown_user', 'no active user has this id');
  if (!inScope(toActor(user), problem)) {
    throw invalidField('ownerUserId', 'out_of_scope', 'this user cannot see the problem, so cannot be given its action');
  }
}
