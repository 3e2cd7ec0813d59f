import { z } from 'zod';

/**
 * Control characters other than tab and newline: C0, DEL and C1. PostgreSQL cannot store NUL at
 * all (SQLite can), and the others hide or garble text on every screen and PDF that shows it.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const controlCharacter = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

export const hasControlCharacter = (text: string): boolean => controlCharacter.test(text);

/**
 * The start of every schema that takes text from a person, a file or a query string, so both
 * databases and the web forms refuse the same characters. Checked on the text as sent, before any trim.
 */
export const PlainText = z.string().refine((text) => !hasControlCharacter(text), {
  message: 'must not contain control characters (only newline and tab)',
  params: { issue: 'control_character' },
});
