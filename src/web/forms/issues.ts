import type { z } from 'zod';
import type { FieldIssue } from '#domain/errors';
import { ApiError } from '#web/api/client.ts';
import { describeIssue } from '#web/i18n/errors.ts';
import type { Dictionary } from '#web/i18n/messages.ts';

/**
 * A form checks its input with the same Zod schema the server enforces, and reports its
 * issues in the server's shape, so both are shown by the same code in the same words.
 */
export function validationError(issues: readonly z.core.$ZodIssue[]): ApiError {
  const details: FieldIssue[] = issues.flatMap((issue) => {
    const field = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => ({ field: key, issue: 'unknown_field', message: issue.message }));
    // A custom check names its own issue in params (`{ issue: 'mismatch' }`), so it gets its own sentence.
    const named = issue.code === 'custom' && typeof issue.params?.issue === 'string' ? issue.params.issue : kindOfTypeIssue(issue);
    const detail: FieldIssue = { field, issue: named, message: issue.message };
    const limit = issue.code === 'too_small' ? issue.minimum : issue.code === 'too_big' ? issue.maximum : undefined;
    if (limit !== undefined) detail.limit = Number(limit);
    if ((issue.code === 'too_small' || issue.code === 'too_big') && typeof issue.origin === 'string') detail.origin = issue.origin;
    return [detail];
  });
  return new ApiError('validation', 0, 'invalid input', details);
}

/**
 * Zod calls 2.5 where a count belongs and an empty field both "invalid_type"; people need to hear
 * which: a whole number is wanted, or a number at all.
 */
function kindOfTypeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code !== 'invalid_type') return issue.code;
  if (issue.expected === 'int') return 'not_integer';
  if (issue.expected === 'number' && (issue as { received?: unknown }).received === 'NaN') return 'not_a_number';
  return issue.code;
}

/** The first message for each field, for showing beside its input. */
export function messagesByField(error: ApiError | null, dictionary: Dictionary): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const issue of error?.details ?? []) messages[issue.field] ??= describeIssue(issue, dictionary).message;
  return messages;
}
