import type { z } from 'zod';
import { ErrorBody, errorCodes, type ErrorCode, type FieldIssue } from '#domain/errors';

/** What went wrong: the server's error code, no connection at all, or an answer the app cannot read. */
export type FailureCode = ErrorCode | 'network' | 'unexpected';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly code: FailureCode,
    /** HTTP status; 0 when the server was never reached. */
    readonly status: number,
    message: string,
    readonly details: readonly FieldIssue[] = [],
    /** From Retry-After on a 429: how long the user must wait. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
  }
}

export const isAbort = (error: unknown): boolean => error instanceof DOMException && error.name === 'AbortError';

// The session's CSRF token, echoed on every write; it comes from login or GET /api/auth/me.
let csrfToken: string | null = null;
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

// Told when any call finds the session gone, so the app can send the user to the login page.
const sessionLostListeners = new Set<() => void>();
export function onSessionLost(listener: () => void): () => void {
  sessionLostListeners.add(listener);
  return () => sessionLostListeners.delete(listener);
}

const writeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const knownCodes: ReadonlySet<string> = new Set(errorCodes);

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal | undefined;
  /** A 401 from this call is an answer (wrong password, no session yet), not a lost session. */
  unauthenticatedIsAnswer?: boolean;
}

/** Calls the API and checks the answer against the same Zod schema the server answers with. */
export async function api<S extends z.ZodType>(path: string, schema: S, options: RequestOptions = {}): Promise<z.output<S>> {
  const body = await send(path, options);
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ApiError('unexpected', 200, `unexpected answer from ${path}: ${parsed.error.message}`);
  return parsed.data;
}

/** For calls that answer 204 No Content. */
export async function apiNoContent(path: string, options: RequestOptions = {}): Promise<void> {
  await send(path, options);
}

async function send(path: string, options: RequestOptions): Promise<unknown> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (writeMethods.has(method) && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? null : JSON.stringify(options.body),
      signal: options.signal ?? null,
    });
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new ApiError('network', 0, error instanceof Error ? error.message : 'network error');
  }
  if (response.status === 204) return undefined;
  const payload: unknown = await response.json().catch(() => undefined);
  if (response.ok) return payload;

  const failure = toApiError(response, payload);
  if (failure.code === 'unauthenticated' && !options.unauthenticatedIsAnswer) {
    for (const listener of sessionLostListeners) listener();
  }
  throw failure;
}

function toApiError(response: Response, payload: unknown): ApiError {
  const retryAfter = retryAfterSeconds(response.headers.get('retry-after'));
  const parsed = ErrorBody.safeParse(payload);
  if (!parsed.success) {
    // Not our error body: a proxy's HTML page, a gateway timeout. Judge by the status alone.
    const code: FailureCode =
      response.status >= 502 && response.status <= 504 ? 'network' : response.status === 429 ? 'rate_limited' : 'unexpected';
    return new ApiError(code, response.status, `HTTP ${response.status}`, [], retryAfter);
  }
  const { code, message, details } = parsed.data.error;
  const known = knownCodes.has(code) ? (code as ErrorCode) : 'unexpected';
  return new ApiError(known, response.status, message, details ?? [], retryAfter);
}

/** Retry-After is either whole seconds or an HTTP date. */
function retryAfterSeconds(header: string | null): number | null {
  if (header === null) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}
