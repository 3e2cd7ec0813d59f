import { describe, expect, it } from 'vitest';
import { Password } from './passwords';
import { passwordWeakness } from './password-strength';

describe('the password rule', () => {
  it('wants at least 10 characters', () => {
    for (const short of ['12345678', 'password', 'karolina1', '123456789']) expect(Password.safeParse(short).success).toBe(false);
    expect(Password.safeParse('x'.repeat(201)).success).toBe(false);
  });

  it('refuses a password containing the username, in any case', () => {
    expect(passwordWeakness('Karolina-sandi-panjang', 'karolina')).toBe('contains_username');
    expect(passwordWeakness('sandi-KAROLINA-2024', 'karolina')).toBe('contains_username');
  });

  it('refuses common passwords and patterns, English and Indonesian', () => {
    for (const common of ['password123', '1234567890', 'qwertyuiop', 'aaaaaaaaaaaa', 'perpustakaan2024', 'bismillah123', 'indonesia123']) {
      expect({ common, weakness: passwordWeakness(common, 'siti') }).toEqual({ common, weakness: 'common_password' });
    }
  });

  it('accepts passphrases', () => {
    for (const good of ['sandi-yang-panjang', 'kata-sandi-baru', 'correct horse battery', 'Rahasia2024!']) {
      expect({ good, weakness: passwordWeakness(good, 'babel') }).toEqual({ good, weakness: null });
    }
  });

  it('judges a long password by its first 32 characters, which keeps the check quick', () => {
    // Unbounded, zxcvbn takes seconds over 200 characters like these.
    expect(passwordWeakness(`${'ab'.repeat(16)}${'Zq9!-tpbis-x7'.repeat(10)}`, 'siti')).toBe('common_password');
    expect(passwordWeakness(`kata-sandi-baru-yang-panjang-${'ab'.repeat(80)}`, 'siti')).toBeNull();
  });
});
