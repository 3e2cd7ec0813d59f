import { Role } from '#domain/roles';
import type { Account } from '#domain/accounts';
import { scopeOfUser, type Actor } from '#domain/permissions';

interface UserLike {
  id: number;
  username: string;
  role: string;
  region_code: string | null;
  partner_id: number | null;
  display_name: string | null;
  partner_name?: string | null;
  phone?: string | null;
  active?: number;
  must_change_password?: number;
  email?: string | null;
  email_notifications?: number;
  language?: string;
}

/** A user as the API shows it, with the account's notification settings. */
export function toUser(row: UserLike): Account {
  const user: Account = {
    id: row.id,
    username: row.username,
    role: Role.parse(row.role),
    // A row read without `active` is a live session's, which only active users have.
    active: (row.active ?? 1) === 1,
    emailNotifications: row.email_notifications !== 0,
    language: row.language === 'en' ? 'en' : 'id',
  };
  if (row.region_code) user.regionCode = row.region_code;
  if (row.partner_id !== null) user.partnerId = row.partner_id;
  if (row.display_name) user.displayName = row.display_name;
  if (row.partner_name) user.partnerName = row.partner_name;
  if (row.phone) user.phone = row.phone;
  if (row.must_change_password === 1) user.mustChangePassword = true;
  if (row.email) user.email = row.email;
  return user;
}

/**
 * The actor a stored user acts as. A user whose scope does not fit its role (which the API
 * never stores) is refused outright rather than given a guessed, possibly wider, scope.
 */
export function toActor(row: UserLike): Actor {
  const scope = scopeOfUser({ role: Role.parse(row.role), regionCode: row.region_code, partnerId: row.partner_id });
  if (!scope) throw new Error(`user ${row.id} has a ${row.role}'s role without the scope that role needs`);
  return { id: row.id, ...scope };
}
