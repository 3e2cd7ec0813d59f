import { practiceRefusal, practiceVisible, type PracticeScoped } from '#domain/practice-access';
import type { Actor } from '#domain/permissions';
import { PracticeStatus, type PracticeOperation } from '#domain/practices';
import type { DbOrTx } from '#server/db/database';
import { ApiError, forbidden, notFound } from '#server/http/errors';
import { findPractice, type PracticeScopeRow } from './repository';

const statusNames: Record<PracticeStatus, string> = {
  draft: 'a draft',
  submitted: 'waiting for review',
  published: 'published',
  returned: 'returned to its author',
};

/** Why the operation cannot start from this status, in words an author or reviewer understands. */
function wrongStatusMessage(operation: PracticeOperation, status: PracticeStatus): string {
  if (status === 'submitted' && ['edit', 'delete', 'submit', 'addPhoto', 'removePhoto'].includes(operation)) {
    return 'the story is waiting for review; it can be changed again if the reviewer returns it';
  }
  if (status === 'published' && operation !== 'publish') return 'a published story is kept as it was published';
  if (operation === 'feature' || operation === 'unfeature') return 'only a published story can be featured';
  return `cannot ${operation} a story that is ${statusNames[status]}`;
}

export const scopeOf = (row: Pick<PracticeScopeRow, 'region_code' | 'partner_id' | 'status' | 'featured'>): PracticeScoped => ({
  regionCode: row.region_code,
  partnerId: row.partner_id,
  status: PracticeStatus.parse(row.status),
  featured: row.featured === 1,
});

/**
 * The story, when the actor may do the operation on it now. A story the actor cannot see does
 * not exist (404); a role without the right, or a story outside the actor's scope, is 403; a
 * wrong status 409.
 */
export async function practiceFor(db: DbOrTx, actor: Actor, id: number, operation: PracticeOperation): Promise<PracticeScopeRow> {
  const row = await findPractice(db, id);
  if (!row) throw notFound('story');
  const scoped = scopeOf(row);
  switch (practiceRefusal(actor, scoped, operation)) {
    case 'not_visible':
      throw notFound('story');
    case 'not_allowed':
      throw forbidden(`your role may not ${operation} stories`);
    case 'out_of_scope':
      throw forbidden(`this story is outside your scope: you may read it, not ${operation} it`);
    case 'wrong_status': {
      const message = wrongStatusMessage(operation, scoped.status);
      throw new ApiError('conflict', message, [{ field: 'status', issue: 'wrong_status', message }]);
    }
    case null:
      return row;
  }
}

/** A conditional write found the story no longer as it was read: another request changed it first. */
export const changedMeanwhile = () => new ApiError('conflict', 'the story was changed by someone else meanwhile; reload it and try again');

/** The story, when the actor may see it; otherwise it does not exist for them. */
export async function visiblePractice(db: DbOrTx, actor: Actor, id: number): Promise<PracticeScopeRow> {
  const row = await findPractice(db, id);
  if (!row || !practiceVisible(actor, scopeOf(row))) throw notFound('story');
  return row;
}
