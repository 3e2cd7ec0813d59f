import { describe, expect, it } from 'vitest';
import { Password } from '#domain/passwords';
import { passwordWeakness } from '#domain/password-strength';
import { demoLogins, demoPassword } from './logins';

describe('the demo logins', () => {
  it('share a password that the password rule accepts for every one of them', () => {
    expect(Password.safeParse(demoPassword).success).toBe(true);
    for (const { username } of demoLogins)
      expect({ username, weakness: passwordWeakness(demoPassword, username) }).toEqual({ username, weakness: null });
  });
});
