import type { z } from 'zod';
import { fieldIssuesOf } from '#domain/issues';
import { ApiError } from '#web/api/client.ts';
import { describeIssue } from '#web/i18n/errors.ts';
import type { Dictionary } from '#web/i18n/messages.ts';

/**
 * A form checks its input with the same Zod schema the server enforces, and reports its
 * issues in the server's shape (the same mapping the server uses), so both are shown by the
 * same code in the same words.
 */
export function validationError(issues: readonly z.core.$ZodIssue[]): ApiError {
  return new ApiError('validation', 0, 'invalid input', fieldIssuesOf(issues));
}

/** A form's check: the body to send, or why nothing can be sent yet. */
export type Checked<T> = { ok: true; body: T } | { ok: false; error: ApiError };

/** A `safeParse` with the server's schema as a form's check. */
export function checked<T>(result: z.ZodSafeParseResult<T>): Checked<T> {
  return result.success ? { ok: true, body: result.data } : { ok: false, error: validationError(result.error.issues) };
}

/** The first message for each field, for showing beside its input. */
export function messagesByField(error: ApiError | null, dictionary: Dictionary): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const issue of error?.details ?? []) messages[issue.field] ??= describeIssue(issue, dictionary).message;
  return messages;
}
