import type { ImportKind } from '#domain/imports';
import { can, type ActorScope } from '#domain/permissions';

/** The kinds a user may import: what its role may create (the server checks each row's scope). */
export function importableKinds(user: Pick<ActorScope, 'role'>): ImportKind[] {
  const kinds: ImportKind[] = [];
  if (can(user, 'activities.import')) kinds.push('activities');
  if (can(user, 'partners.write')) kinds.push('partners');
  return kinds;
}
