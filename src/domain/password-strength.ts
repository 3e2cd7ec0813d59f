import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as indonesian from '@zxcvbn-ts/language-id';
import { containsUsername, type PasswordWeakness } from './passwords';

/**
 * zxcvbn's score 3 means about 10^8 guesses or more: out of reach of throttled online guessing and
 * slow against a stolen argon2 table. Below it are the common passwords (`password123`), keyboard
 * runs, repeats, and a common word with a year or digits, in English or Indonesian (`perpustakaan2024`).
 */
const minimumScore = 3;

/**
 * zxcvbn's time grows fast with length (seconds for 200 repeated characters, blocking the server);
 * a password whose first 32 characters are hard to guess is hard to guess.
 */
const analysedLength = 32;

// Server-side: the dictionaries weigh about 700 kB, too much for the web app's first load, so the
// forms check length and username themselves and show the server's reason for a common password.
let estimator: ZxcvbnFactory | null = null;
const strength = () =>
  (estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...indonesian.dictionary },
    graphs: common.adjacencyGraphs,
    maxLength: analysedLength,
  }));

/** Why this password may not be set for this user, or null when it may. */
export function passwordWeakness(password: string, username: string): PasswordWeakness | null {
  if (containsUsername(password, username)) return 'contains_username';
  if (strength().check(password, [username]).score < minimumScore) return 'common_password';
  return null;
}
