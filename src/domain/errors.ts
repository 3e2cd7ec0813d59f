import { z } from 'zod';

/** The error body of every non-2xx answer: `{ error: { code, message, details? } }`. */
export const errorCodes = [
  'validation',
  'unauthenticated',
  'forbidden',
  'csrf',
  /** 403: an admin reset the password; only changing it (and the session, logging out) answers. */
  'password_change_required',
  /** 403 at login: the password was right but an admin deactivated the account. */
  'account_inactive',
  /** An API token asked to write: tokens only read (403). */
  'token_read_only',
  /** An API token past its last day (401). */
  'token_expired',
  'not_found',
  'conflict',
  'too_large',
  'rate_limited',
  'unsupported_media',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** One failing field: its path (`participantsMale`, `indicators.2.weight`) and the issue's kind. */
export const FieldIssue = z.object({
  field: z.string(),
  issue: z.string(),
  message: z.string(),
  limit: z.number().optional(),
  /** What a limit measures: `string` (characters), `array` (items), `number`, `file`. */
  origin: z.string().optional(),
});
export type FieldIssue = z.infer<typeof FieldIssue>;

export const ErrorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.array(FieldIssue).optional() }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;
