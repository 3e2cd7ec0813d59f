import { randomInt } from 'node:crypto';
import { passwordWeakness } from '#domain/password-strength';

// No 0/o, 1/l/i: the admin reads it out or types it into WhatsApp, and the user types it on a phone.
const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
const groups = 3;
const groupLength = 5;

/**
 * A password for an admin to hand over once (`abcde-fghjk-mnpqr`): 15 symbols of 31, about 74
 * bits, drawn by the operating system's generator, far beyond guessing through login throttling.
 * It only has to last until the user's first login, where a change is forced.
 */
export function temporaryPassword(username: string): string {
  for (;;) {
    const parts = Array.from({ length: groups }, () =>
      Array.from({ length: groupLength }, () => alphabet[randomInt(alphabet.length)]).join(''),
    );
    const password = parts.join('-');
    // Chance alone could spell the username inside it; the usual rules hold for it too.
    if (passwordWeakness(password, username) === null) return password;
  }
}
