import { passwordWeaknessMessages } from '#domain/passwords';
import { passwordWeakness } from '#domain/password-strength';
import { regionInScope, userCreationRefusal, type Actor } from '#domain/permissions';
import { levelOfCode } from '#domain/regions';
import type { Account, UpdateMeBody } from '#domain/accounts';
import type { Role } from '#domain/roles';
import type { UpdateUserBody } from '#domain/user-admin';
import type { CreateUserBody } from '#domain/users';
import type { Db, DbOrTx } from '#server/db/database';
import { ApiError, conflict, forbidden, invalidField, notFound } from '#server/http/errors';
import { hashPassword } from '#server/features/auth/passwords';
import { partnerScope } from '#server/features/partners/scope';
import { knownRegion } from '#server/features/regions/service';
import { findUserById, findUserByUsername, insertUser, listUsers, updateUserRow } from './repository';
import { toUser } from './mapping';

const refusalMessages = {
  not_allowed: 'your role may not create users',
  role_above_own: 'you cannot create a user with a role above your own',
  region_out_of_scope: 'that region is outside your scope',
  partner_out_of_scope: 'that partner is outside your scope',
} as const;

/** The field a refusal is about, so the form can put the message beside it. */
const refusalFields = {
  not_allowed: 'role',
  role_above_own: 'role',
  region_out_of_scope: 'regionCode',
  partner_out_of_scope: 'partnerId',
} as const;

/**
 * A role and scope an actor gives a user, on creating it or changing it: the region exists and
 * has the role's level, the partner exists, and both lie inside the actor's own reach, for a
 * role no higher than its own. Throws the 400 or 403 that names the field.
 */
export async function checkScopeFor(
  db: DbOrTx,
  actor: Actor,
  scope: { role: Role; regionCode: string | null; partnerId: number | null },
): Promise<void> {
  if (scope.regionCode !== null && !(await knownRegion(db, scope.regionCode))) {
    throw invalidField('regionCode', 'unknown_region', 'no region has this code');
  }
  if (scope.role === 'fasilitator' && scope.regionCode && !['provinsi', 'kabkota'].includes(levelOfCode(scope.regionCode))) {
    throw invalidField('regionCode', 'wrong_level', 'a facilitator is scoped to a province or a regency/city');
  }
  const partner = scope.partnerId !== null ? await partnerScope(db, scope.partnerId) : null;
  if (scope.partnerId !== null && !partner) throw invalidField('partnerId', 'unknown_partner', 'no partner has this id');
  const refusal = userCreationRefusal(actor, { role: scope.role, regionCode: scope.regionCode, partner });
  if (refusal) {
    const message = refusalMessages[refusal];
    throw new ApiError('forbidden', message, [{ field: refusalFields[refusal], issue: refusal, message }]);
  }
}

export async function createUser(db: Db, actor: Actor, body: CreateUserBody, now: Date): Promise<Account> {
  const weakness = passwordWeakness(body.password, body.username);
  if (weakness) throw invalidField('password', weakness, passwordWeaknessMessages[weakness]);
  await checkScopeFor(db, actor, { role: body.role, regionCode: body.regionCode ?? null, partnerId: body.partnerId ?? null });
  if (await findUserByUsername(db, body.username)) throw conflict('this username is taken', 'username');
  const id = await insertUser(db, {
    username: body.username,
    password_hash: await hashPassword(body.password),
    role: body.role,
    region_code: body.regionCode ?? null,
    partner_id: body.partnerId ?? null,
    display_name: body.displayName ?? null,
    email: body.email ?? null,
    created_at: now.toISOString(),
  });
  const row = await findUserById(db, id);
  if (!row) throw new ApiError('internal', 'user vanished after insert');
  return toUser(row);
}

/** Users the actor may see: those inside its region. */
export async function usersInScope(
  db: Db,
  actor: Actor,
  query: {
    region?: string | undefined;
    role?: string | undefined;
    partner?: number | undefined;
    q?: string | undefined;
    active?: boolean | undefined;
    page: number;
    pageSize: number;
  },
) {
  // Only staff read users (users.read); a manager never reaches here, and would see none.
  if (actor.role === 'pengelola') throw forbidden('your role may not read users');
  if (query.region && !regionInScope(actor, query.region)) throw forbidden('that region is outside your scope');
  const withinRegion = query.region ?? actor.regionCode ?? undefined;
  const { rows, total } = await listUsers(
    db,
    { withinRegion, role: query.role, partnerId: query.partner, text: query.q, active: query.active },
    { limit: query.pageSize, offset: (query.page - 1) * query.pageSize },
  );
  return { items: rows.map(toUser), total };
}

/** The user with this id, as the API shows it. */
export async function userById(db: DbOrTx, id: number): Promise<Account> {
  const row = await findUserById(db, id);
  if (!row) throw notFound('user');
  return toUser(row);
}

/** The managers (pengelola) of one partner, for the partner's page. */
export async function managersOfPartner(
  db: DbOrTx,
  partnerId: number,
): Promise<{ id: number; username: string; displayName: string | null }[]> {
  const { rows } = await listUsers(db, { partnerId, role: 'pengelola' }, { limit: 100, offset: 0 });
  return rows.map((m) => ({ id: m.id, username: m.username, displayName: m.display_name }));
}

/** The columns a contact change writes; a field left out keeps its value, `email: null` removes the address. */
export function contactColumns(body: UpdateUserBody | UpdateMeBody) {
  return {
    ...(body.email !== undefined ? { email: body.email } : {}),
    ...(body.emailNotifications !== undefined ? { email_notifications: body.emailNotifications ? 1 : 0 } : {}),
    ...('language' in body && body.language !== undefined ? { language: body.language } : {}),
  };
}

/** The account page: a user's own address, mail switch and language. */
export async function updateOwnAccount(db: DbOrTx, userId: number, body: UpdateMeBody): Promise<Account> {
  await updateUserRow(db, userId, contactColumns(body));
  return userById(db, userId);
}
