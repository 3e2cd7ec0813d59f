import type { FieldIssue } from './errors';

/**
 * A schema issue as Zod reports it. The web app passes Zod's own issues; the server passes the
 * ones fastify-type-provider-zod hands its error handler, which keep the same fields.
 */
export interface SchemaIssue {
  readonly code?: string | undefined;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly minimum?: unknown;
  readonly maximum?: unknown;
  readonly origin?: unknown;
  readonly keys?: unknown;
  readonly params?: unknown;
  readonly expected?: unknown;
  readonly received?: unknown;
}

/**
 * Zod calls 2.5 where a count belongs and an empty field both "invalid_type"; people need to hear
 * which: a whole number is wanted, or a number at all.
 */
function kindOf(issue: SchemaIssue): string {
  if (issue.code !== 'invalid_type') return issue.code ?? 'invalid';
  if (issue.expected === 'int') return 'not_integer';
  if (issue.expected === 'number' && issue.received === 'NaN') return 'not_a_number';
  return issue.code;
}

const asLimit = (value: unknown): number | undefined =>
  typeof value === 'number' || typeof value === 'bigint' ? Number(value) : undefined;

/**
 * Schema issues as the API's field issues (`{ field, issue, message, limit?, origin? }`): one
 * mapping for the server's 400 answers and the web forms' own checks, so both are worded alike.
 */
export function fieldIssuesOf(issues: readonly SchemaIssue[]): FieldIssue[] {
  return issues.flatMap((issue) => {
    const field = issue.path.map(String).join('.');
    // Unknown fields arrive as one issue listing every key; name each one.
    if (issue.code === 'unrecognized_keys' && Array.isArray(issue.keys)) {
      return issue.keys.map((key) => ({
        field: [field, String(key)].filter(Boolean).join('.'),
        issue: 'unknown_field',
        message: 'unknown field',
      }));
    }
    // A rule of our own names its issue in params (`{ issue: 'required_for_role' }`), so clients can word it.
    const own = (issue.params as { issue?: unknown } | undefined)?.issue;
    const detail: FieldIssue = { field, issue: typeof own === 'string' ? own : kindOf(issue), message: issue.message };
    const limit = asLimit(issue.maximum) ?? asLimit(issue.minimum);
    if (limit !== undefined) detail.limit = limit;
    // Whether a limit counts characters, items or a number's size.
    if (typeof issue.origin === 'string') detail.origin = issue.origin;
    return [detail];
  });
}
