import { userManagementRefusal, type Actor, type ManagedUser, type UserChange, type UserManagementRefusal } from '#domain/permissions';
import type { Role } from '#domain/roles';
import type { PasswordResetAnswer, UpdateUserBody } from '#domain/user-admin';
import { Role as RoleSchema } from '#domain/roles';
import type { Account } from '#domain/accounts';
import { scopeIssues } from '#domain/users';
import type { Db, DbOrTx } from '#server/db/database';
import { ApiError, notFound } from '#server/http/errors';
import { hashPassword } from '#server/features/auth/passwords';
import { endSessionsOf } from '#server/features/auth/service';
import { partnerScope } from '#server/features/partners/scope';
import { toUser } from './mapping';
import { findUserById, updateUser, type UserChanges } from './repository';
import { checkScopeFor, contactColumns } from './service';
import { temporaryPassword } from './temporary-password';

// What admins do to the users in their scope: edit, (de)activate, re-scope, reset a password.
// Creating and listing users stay in ./service; the rule of who may is domain/permissions.ts.

const refusalMessages: Record<Exclude<UserManagementRefusal, 'not_visible'>, string> = {
  not_allowed: 'your role may not manage users',
  role_above_own: 'this user has a role above your own',
  own_account: 'you cannot do this to your own account',
};

/** The field a refused change is about, so the form can say it beside that field. */
const changeFields: Record<UserChange, string> = { details: 'displayName', scope: 'role', active: 'active', password: 'password' };

type StoredUser = NonNullable<Awaited<ReturnType<typeof findUserById>>>;

async function managedUser(db: DbOrTx, id: number): Promise<{ row: StoredUser; managed: ManagedUser }> {
  const row = await findUserById(db, id);
  if (!row) throw notFound('user');
  const partner = row.partner_id !== null ? await partnerScope(db, row.partner_id) : null;
  return { row, managed: { id: row.id, role: RoleSchema.parse(row.role), regionCode: row.region_code, partner } };
}

function mayChange(actor: Actor, managed: ManagedUser, change: UserChange): void {
  const refusal = userManagementRefusal(actor, managed, change);
  if (refusal === null) return;
  // Outside the actor's scope a user is not there at all, as everywhere else in the API.
  if (refusal === 'not_visible') throw notFound('user');
  const message = refusalMessages[refusal];
  throw new ApiError('forbidden', message, [{ field: changeFields[change], issue: refusal, message }]);
}

/** One user for its page, if it stands inside the actor's scope; else 404. */
export async function userForStaff(db: Db, actor: Actor, id: number): Promise<Account> {
  const { row, managed } = await managedUser(db, id);
  if (userManagementRefusal(actor, managed, 'details') === 'not_visible') throw notFound('user');
  return toUser(row);
}

/**
 * The role and scope after a change: fields the body leaves out keep their value, unless the new
 * role has no use for them (a manager who becomes a facilitator leaves its partner behind).
 */
function mergedScope(row: StoredUser, body: UpdateUserBody): { role: Role; regionCode: string | null; partnerId: number | null } {
  const role = body.role ?? RoleSchema.parse(row.role);
  const fallbackRegion = role === 'pengelola' || role === 'admin_pusat' ? null : row.region_code;
  const fallbackPartner = role === 'pengelola' ? row.partner_id : null;
  return {
    role,
    regionCode: body.regionCode !== undefined ? body.regionCode : body.role !== undefined ? fallbackRegion : row.region_code,
    partnerId: body.partnerId !== undefined ? body.partnerId : body.role !== undefined ? fallbackPartner : row.partner_id,
  };
}

/** `PATCH /api/users/:id`: each kind of change is checked on its own, then all are written at once. */
export async function updateUserAsAdmin(db: Db, actor: Actor, id: number, body: UpdateUserBody): Promise<Account> {
  const { row, managed } = await managedUser(db, id);
  const changes: UserChanges = {};

  if (body.displayName !== undefined || body.phone !== undefined || body.email !== undefined || body.emailNotifications !== undefined) {
    mayChange(actor, managed, 'details');
    if (body.displayName !== undefined) changes.display_name = body.displayName;
    if (body.phone !== undefined) changes.phone = body.phone;
    // Where notification mail goes, and whether it goes (decision 023).
    Object.assign(changes, contactColumns(body));
  }

  const scope = mergedScope(row, body);
  if (scope.role !== row.role || scope.regionCode !== row.region_code || scope.partnerId !== row.partner_id) {
    mayChange(actor, managed, 'scope');
    const issues = scopeIssues(scope);
    if (issues.length > 0) throw new ApiError('validation', 'the role and its scope do not fit', issues);
    await checkScopeFor(db, actor, scope);
    Object.assign(changes, { role: scope.role, region_code: scope.regionCode, partner_id: scope.partnerId });
  }

  const deactivating = body.active === false && row.active === 1;
  if (body.active !== undefined && (body.active ? 1 : 0) !== row.active) {
    mayChange(actor, managed, 'active');
    changes.active = body.active ? 1 : 0;
  }

  await db.transaction().execute(async (tx) => {
    await updateUser(tx, id, changes);
    // Refused from the next request on: the session lookup also checks `active`, this makes it final.
    if (deactivating) await endSessionsOf(tx, id);
  });
  const updated = await findUserById(db, id);
  if (!updated) throw notFound('user');
  return toUser(updated);
}

/**
 * `POST /api/users/:id/password-reset`: a new temporary password, shown to the admin once and
 * stored only hashed; every session of the user ends, and at its next login the user can do
 * nothing but choose its own password.
 */
export async function resetPasswordAsAdmin(db: Db, actor: Actor, id: number): Promise<PasswordResetAnswer> {
  const { row, managed } = await managedUser(db, id);
  mayChange(actor, managed, 'password');
  const password = temporaryPassword(row.username);
  const passwordHash = await hashPassword(password);
  await db.transaction().execute(async (tx) => {
    await updateUser(tx, id, { password_hash: passwordHash, must_change_password: 1 });
    await endSessionsOf(tx, id);
  });
  return { temporaryPassword: password };
}
