import { z } from 'zod';
import { EmailAddress } from './email';
import { User } from './users';

/**
 * An account's notification settings: where mail goes, whether it goes, and the language the
 * notifications are written in. The server sends them with the user to the user and to the
 * admins who manage them; the web app's first visit reads only `User` (`users.ts`) and leaves
 * them to the account page, which loads with its own code.
 */
export const Language = z.enum(['id', 'en']);
export type Language = z.infer<typeof Language>;

export const AccountSettings = z.object({
  /** None: in-app notifications only. */
  email: z.string().optional(),
  /** Off when the user switched notification mail off. */
  emailNotifications: z.boolean(),
  language: Language,
});

/** A user with their settings, as the API answers it. */
export const Account = User.extend(AccountSettings.shape);
export type Account = z.infer<typeof Account>;
export const AccountSession = z.object({ user: Account, csrfToken: z.string() });
export const AccountList = z.object({ items: z.array(Account), total: z.number().int() });

/** What a user changes about themselves on the account page (`PATCH /api/auth/me`); `email: null` removes the address. */
export const UpdateMeBody = z.strictObject({
  email: EmailAddress.nullable().optional(),
  emailNotifications: z.boolean().optional(),
  language: Language.optional(),
});
export type UpdateMeBody = z.infer<typeof UpdateMeBody>;
