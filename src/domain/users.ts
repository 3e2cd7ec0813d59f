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

export const User = z.object({
  id: z.number().int(),
  username: z.string(),
  role: Role,
  regionCode: z.string().optional(),
  partnerId: z.number().int().optional(),
  /** The partner's name beside its id, for screens (a pengelola's library). */
  partnerName: z.string().optional(),
  displayName: z.string().optional(),
});
export type User = z.infer<typeof User>;

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
    displayName: PlainText.trim().min(1).max(120).optional(),
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
    if (u.role === 'pengelola' && u.partnerId === undefined)
      ctx.addIssue({ code: 'custom', path: ['partnerId'], message: 'required for a pengelola', params: { issue: 'required_for_role' } });
    if (u.role !== 'pengelola' && u.partnerId !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['partnerId'],
        message: 'only a pengelola belongs to a partner',
        params: { issue: 'not_for_role' },
      });
    if (u.role === 'admin_pusat' && u.regionCode !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['regionCode'],
        message: 'the national office has no region',
        params: { issue: 'not_for_role' },
      });
    if (['admin_provinsi', 'fasilitator', 'konsultan'].includes(u.role) && u.regionCode === undefined)
      ctx.addIssue({ code: 'custom', path: ['regionCode'], message: 'required for this role', params: { issue: 'required_for_role' } });
    if (u.role === 'admin_provinsi' && u.regionCode !== undefined && u.regionCode.includes('.'))
      ctx.addIssue({
        code: 'custom',
        path: ['regionCode'],
        message: 'a provincial admin is scoped to a province',
        params: { issue: 'wrong_level' },
      });
  });
export type CreateUserBody = z.infer<typeof CreateUserBody>;

export const UserListQuery = z.strictObject({
  region: RegionCode.optional(),
  role: Role.optional(),
  partner: RowIdParam.optional(),
  /** Part of the username or display name, any case. */
  q: PlainText.trim().min(1).max(60).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});

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
