import type { FieldIssue } from '#domain/errors';
import type { ApiError, FailureCode } from '#web/api/client.ts';
import { lookup, type Dictionary } from './messages';

export interface DescribedIssue {
  /** The field's path as the API names it, e.g. `username`. */
  field: string;
  /** The field's name in the user's language. */
  label: string;
  message: string;
}

export interface DescribedError {
  summary: string;
  issues: DescribedIssue[];
}

// A limit without its `origin` does not say whether it counts characters or a number; these fields hold numbers.
const numericFields = new Set([
  'partnerId',
  'cohortYear',
  'participantsMale',
  'participantsFemale',
  'participantsDisability',
  'participantsElderly',
  'participantsChildren',
  'amountRupiah',
  'page',
  'pageSize',
  'limit',
]);

/** What a limit counts: characters, items of a list, or the size of a number. */
function kindOf(name: string, origin: string | undefined): 'text' | 'array' | 'number' {
  if (origin === 'string') return 'text';
  if (origin === 'array' || origin === 'set') return 'array';
  if (origin === 'number' || origin === 'int' || origin === 'bigint') return 'number';
  return numericFields.has(name) ? 'number' : 'text';
}

/** The last named segment of a path: `indicators.2.weight` → `weight`. */
function fieldName(path: string): string {
  return (
    path
      .split('.')
      .filter((part) => part !== '' && !/^\d+$/.test(part))
      .pop() ?? 'body'
  );
}

export function fieldLabel(path: string, dictionary: Dictionary): string {
  const name = fieldName(path);
  return lookup(dictionary, `field.${name}`) ?? name;
}

export function describeIssue(issue: FieldIssue, dictionary: Dictionary): DescribedIssue {
  const name = fieldName(issue.field);
  const kind = kindOf(name, issue.origin);
  const limit = issue.limit;
  // "At least 1 character" is how a schema says "required"; say it the way people do.
  const required = issue.issue === 'too_small' && kind === 'text' && limit === 1;
  const message =
    (required ? lookup(dictionary, 'issue.required') : undefined) ??
    lookup(dictionary, `issue.${issue.issue}.${name}`) ??
    (limit !== undefined ? lookup(dictionary, `issue.${issue.issue}.${kind}`, { limit }) : undefined) ??
    lookup(dictionary, `issue.${issue.issue}`) ??
    lookup(dictionary, 'issue.unknown') ??
    issue.message;
  return { field: issue.field, label: fieldLabel(issue.field, dictionary), message };
}

/**
 * Turns any API failure into sentences in the user's language.
 * `overrides` lets a page say something more precise (a 401 on the login form means a wrong password).
 */
export function describeError(
  error: ApiError,
  dictionary: Dictionary,
  overrides: Partial<Record<FailureCode, string>> = {},
): DescribedError {
  const issues = error.details.map((issue) => describeIssue(issue, dictionary));
  const override = overrides[error.code];
  if (override !== undefined) return { summary: override, issues };
  if (error.code === 'rate_limited' && error.retryAfterSeconds !== null) {
    return { summary: lookup(dictionary, 'error.rate_limited', { seconds: error.retryAfterSeconds }) ?? error.message, issues };
  }
  const key = error.code === 'rate_limited' ? 'error.rate_limited.later' : `error.${error.code}`;
  return { summary: lookup(dictionary, key) ?? error.message, issues };
}
