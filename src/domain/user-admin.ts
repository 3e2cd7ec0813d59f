import { z } from 'zod';
import { EmailAddress } from './email';
import { RowId, RowIdParam } from './ids';
import { MobilePhone } from './mobile-phone';
import { RegionCode } from './regions';
import { Role } from './roles';
import { DisplayName } from './users';

/**
 * What an admin changes on a user (`PATCH /api/users/:id`). Every field optional; `null` clears
 * the display name or phone. A role or scope change is checked as a whole after merging with the
 * stored user (`scopeIssues`), so a form sends role, region and partner together, the unused as null.
 * `active: false` deactivates: the account keeps its history, cannot log in, and its sessions end.
 */
export const UpdateUserBody = z.strictObject({
  displayName: DisplayName.nullable().optional(),
  phone: MobilePhone.nullable().optional(),
  active: z.boolean().optional(),
  role: Role.optional(),
  regionCode: RegionCode.nullable().optional(),
  partnerId: RowId.nullable().optional(),
  /** Where notification mail goes (`null` removes it), and whether it goes (decision 023). */
  email: EmailAddress.nullable().optional(),
  emailNotifications: z.boolean().optional(),
});
export type UpdateUserBody = z.infer<typeof UpdateUserBody>;

export const UserIdParams = z.strictObject({ id: RowIdParam });

/** Shown once to the admin who reset it, to hand over; the user must change it at the next login. */
export const PasswordResetAnswer = z.object({ temporaryPassword: z.string() });
export type PasswordResetAnswer = z.infer<typeof PasswordResetAnswer>;
