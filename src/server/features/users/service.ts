import { passwordWeaknessMessages } from '#domain/passwords';
import { passwordWeakness } from '#domain/password-strength';
import { regionInScope, userCreationRefusal, type Actor } from '#domain/permissions';
import { levelOfCode } from '#domain/regions';
import type { Account, UpdateMeBody, UpdateUserBody } from '#domain/accounts';
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

export async function createUser(db: Db, actor: Actor, body: CreateUserBody, now: Date): Promise<Account> {
  const weakness = passwordWeakness(body.password, body.username);
  if (weakness) throw invalidField('password', weakness, passwordWeaknessMessages[weakness]);
  if (body.regionCode !== undefined && !(await knownRegion(db, body.regionCode))) {
    throw invalidField('regionCode', 'unknown_region', 'no region has this code');
  }
  if (body.role === 'fasilitator' && body.regionCode && !['provinsi', 'kabkota'].includes(levelOfCode(body.regionCode))) {
    throw invalidField('regionCode', 'wrong_level', 'a facilitator is scoped to a province or a regency/city');
  }
  const partner = body.partnerId !== undefined ? await partnerScope(db, body.partnerId) : null;
  if (body.partnerId !== undefined && !partner) throw invalidField('partnerId', 'unknown_partner', 'no partner has this id');
  const refusal = userCreationRefusal(actor, { role: body.role, regionCode: body.regionCode ?? null, partner: partner ?? null });
  if (refusal) {
    const message = refusalMessages[refusal];
    throw new ApiError('forbidden', message, [{ field: refusalFields[refusal], issue: refusal, message }]);
  }
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
    { withinRegion, role: query.role, partnerId: query.partner, text: query.q },
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
function contactColumns(body: UpdateUserBody | UpdateMeBody) {
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

/**
 * An admin sets a user's address (and mail switch). The user must be one the admin could have
 * created: inside the admin's scope, not of a higher role. Outside the scope the user is as
 * unknown as one that does not exist (404).
 */
export async function updateUserContact(db: DbOrTx, actor: Actor, id: number, body: UpdateUserBody): Promise<Account> {
  const row = await findUserById(db, id);
  if (!row) throw notFound('user');
  const partner = row.partner_id !== null ? await partnerScope(db, row.partner_id) : null;
  const role = toUser(row).role;
  const refusal = userCreationRefusal(actor, { role, regionCode: row.region_code, partner });
  if (refusal === 'region_out_of_scope' || refusal === 'partner_out_of_scope') throw notFound('user');
  if (refusal) throw forbidden(refusalMessages[refusal]);
  await updateUserRow(db, id, contactColumns(body));
  return userById(db, id);
}
