import { PlainText } from './text';
import { z } from 'zod';

/** An e-mail address as people type it: trimmed, at most 254 characters. */
export const EmailAddress = PlainText.trim().max(254).pipe(z.email());
