import { PlainText } from './text';

/**
 * What a password must be: long, not the username, not common (DESIGN.md, security baseline).
 * argon2 is slow on purpose; the upper bound keeps a huge password from becoming a denial of service.
 */
export const passwordLimits = { minLength: 10, maxLength: 200 } as const;

/** The checks a form can make at once; whether a password is common is asked in `password-strength.ts`. */
export const Password = PlainText.min(passwordLimits.minLength).max(passwordLimits.maxLength);

/** Any case: `Karolina-2024` contains the username `karolina`. */
export const containsUsername = (password: string, username: string): boolean =>
  username.length > 0 && password.toLowerCase().includes(username.toLowerCase());

/** Why a password is refused beyond its length, as the issue the API names and the web app translates. */
export type PasswordWeakness = 'contains_username' | 'common_password';

export const passwordWeaknessMessages: Record<PasswordWeakness, string> = {
  contains_username: 'must not contain the username',
  common_password: 'is a common password or too easy to guess',
};
