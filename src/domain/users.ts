import { z } from 'zod';
import { RowId, RowIdParam } from './ids';
import { RegionCode } from './regions';
import { Role } from './roles';
import { containsUsername, Password, passwordLimits } from './passwords';
import { EmailAddress } from './email';
import { PlainText } from './text';

export const Username = PlainText.trim()
  .toLowerCase()
  .min(3)
  .max(40)
  .regex(/^[a-z0-9._-]+$/, 'letters, digits, dot, dash or underscore only');

export const DisplayName = PlainText.trim().min(1).max(120);

export const User = z.object({
  id: z.number().int(),
  username: z.string(),
  role: Role,
  regionCode: z.string().optional(),
  partnerId: z.number().int().optional(),
  /** The partner's name beside its id, for screens (a pengelola's library). */
  partnerName: z.string().optional(),
  displayName: z.string().optional(),
  /** An Indonesian mobile number in `+628…` form, for WhatsApp. */
  phone: z.string().optional(),
  /** False once an admin deactivated the account: it cannot log in and its sessions have ended (absent in sessions remembered before it existed). */
  active: z.boolean().default(true),
  /** Present after an admin reset the password: until it is changed, the user can do nothing else. */
  mustChangePassword: z.literal(true).optional(),
});
export type User = z.infer<typeof User>;

/** A role's scope as a form or a stored user holds it: absent and null both mean "none". */
export interface UserScopeFields {
  role: Role;
  regionCode?: string | null | undefined;
  partnerId?: number | null | undefined;
}

/**
 * Why a role and its scope do not fit together, one issue per field: pengelola belong to a
 * partner, the national office to the whole country, everyone else to a region, a provincial
 * admin to a province. Creating a user and changing one's role both ask this.
 */
export function scopeIssues(u: UserScopeFields): { field: 'regionCode' | 'partnerId'; issue: string; message: string }[] {
  const issues: { field: 'regionCode' | 'partnerId'; issue: string; message: string }[] = [];
  const hasRegion = u.regionCode !== undefined && u.regionCode !== null;
  const hasPartner = u.partnerId !== undefined && u.partnerId !== null;
  if (u.role === 'pengelola' && !hasPartner)
    issues.push({ field: 'partnerId', issue: 'required_for_role', message: 'required for a pengelola' });
  if (u.role !== 'pengelola' && hasPartner)
    issues.push({ field: 'partnerId', issue: 'not_for_role', message: 'only a pengelola belongs to a partner' });
  if (u.role === 'admin_pusat' && hasRegion)
    issues.push({ field: 'regionCode', issue: 'not_for_role', message: 'the national office has no region' });
  if (['admin_provinsi', 'fasilitator', 'konsultan'].includes(u.role) && !hasRegion)
    issues.push({ field: 'regionCode', issue: 'required_for_role', message: 'required for this role' });
  if (u.role === 'admin_provinsi' && hasRegion && (u.regionCode ?? '').includes('.'))
    issues.push({ field: 'regionCode', issue: 'wrong_level', message: 'a provincial admin is scoped to a province' });
  return issues;
}

/**
 * A user's scope fits its role: pengelola belong to a partner, the national office to the
 * whole country, everyone else to a region.
 */
export const CreateUserBody = z
  .strictObject({
    username: Username,
    password: Password,
    role: Role,
    regionCode: RegionCode.optional(),
    partnerId: RowId.optional(),
    displayName: DisplayName.optional(),
    email: EmailAddress.optional(),
  })
  .superRefine((u, ctx) => {
    if (containsUsername(u.password, u.username))
      ctx.addIssue({
        code: 'custom',
        path: ['password'],
        message: 'must not contain the username',
        params: { issue: 'contains_username' },
      });
    for (const issue of scopeIssues(u)) {
      ctx.addIssue({ code: 'custom', path: [issue.field], message: issue.message, params: { issue: issue.issue } });
    }
  });
export type CreateUserBody = z.infer<typeof CreateUserBody>;

export const UserListQuery = z.strictObject({
  region: RegionCode.optional(),
  role: Role.optional(),
  partner: RowIdParam.optional(),
  /** Part of the username, display name or partner's name, any case. */
  q: PlainText.trim().min(1).max(60).optional(),
  /** Only active (true) or only deactivated (false) accounts; both when absent. */
  active: z.stringbool().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export type UserListQuery = z.infer<typeof UserListQuery>;

export const UserList = z.object({ items: z.array(User), total: z.number().int() });

export const LoginBody = z.strictObject({
  username: PlainText.trim().toLowerCase().min(1).max(40),
  password: PlainText.min(1).max(passwordLimits.maxLength),
});
export const Session = z.object({ user: User, csrfToken: z.string() });
export type Session = z.infer<typeof Session>;

/** The new password's username and commonness rules need the account, so they are checked beside this schema (`passwords.ts`). */
export const ChangePasswordBody = z.strictObject({
  currentPassword: PlainText.min(1).max(passwordLimits.maxLength),
  newPassword: Password,
});
