import type { ErrorCode, FieldIssue } from '#domain/errors';

/** The status each error code is answered with; the OpenAPI document lists the codes under each status. */
export const statusOf: Record<ErrorCode, number> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  csrf: 403,
  password_change_required: 403,
  account_inactive: 403,
  token_read_only: 403,
  token_expired: 401,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unsupported_media: 415,
  rate_limited: 429,
  internal: 500,
};

/** An error meant for the client: services throw these, the error handler renders them. */
export class ApiError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: FieldIssue[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.status = statusOf[code];
  }
}

export const notFound = (what: string) => new ApiError('not_found', `${what} not found`);
export const forbidden = (message = 'not allowed') => new ApiError('forbidden', message);
export const conflict = (message: string, field?: string) =>
  new ApiError('conflict', message, field ? [{ field, issue: 'duplicate', message }] : undefined);

/** A 400 for one field, in the same shape as a schema failure. */
export const invalidField = (field: string, issue: string, message: string) =>
  new ApiError('validation', `${field}: ${message}`, [{ field, issue, message }]);
