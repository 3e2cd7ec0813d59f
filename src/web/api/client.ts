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

/** Anything thrown that is not an ApiError is a bug in the app, shown as an unexpected answer. */
export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError('unexpected', 0, error instanceof Error ? error.message : String(error));
}

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

// Told after every write the server accepted, so the data layer can drop the answers it may have changed.
const writeListeners = new Set<() => void>();
export function onWrite(listener: () => void): () => void {
  writeListeners.add(listener);
  return () => writeListeners.delete(listener);
}
const written = () => {
  for (const listener of writeListeners) listener();
};

const writeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const knownCodes: ReadonlySet<string> = new Set(errorCodes);

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** JSON-encoded, except FormData (a file upload), which the browser encodes with its own multipart boundary. */
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
  const multipart = options.body instanceof FormData;
  const headers = requestHeaders(method, options.body !== undefined && !multipart);

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? null : multipart ? (options.body as FormData) : JSON.stringify(options.body),
      signal: options.signal ?? null,
    });
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new ApiError('network', 0, error instanceof Error ? error.message : 'network error');
  }
  if (response.ok && writeMethods.has(method)) written();
  if (response.status === 204) return undefined;
  const payload: unknown = await response.json().catch(() => undefined);
  if (response.ok) return payload;
  throw failed(toApiError(response.status, response.headers.get('retry-after'), payload), options);
}

function requestHeaders(method: string, json: boolean): Record<string, string> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (json) headers['content-type'] = 'application/json';
  if (writeMethods.has(method) && csrfToken) headers['x-csrf-token'] = csrfToken;
  return headers;
}

/** Tells the app when the session is gone, then hands the error back to be thrown. */
function failed(failure: ApiError, options: Pick<RequestOptions, 'unauthenticatedIsAnswer'>): ApiError {
  if (failure.code === 'unauthenticated' && !options.unauthenticatedIsAnswer) {
    for (const listener of sessionLostListeners) listener();
  }
  return failure;
}

export interface UploadOptions {
  signal?: AbortSignal | undefined;
  /** Called as the body goes out, with the share sent so far (0–1). */
  onProgress?: (share: number) => void;
}

/**
 * POSTs a multipart form and reports how much of it has been sent. fetch cannot tell upload
 * progress, and a 5 MB photo over a village connection takes long enough that a person needs to see it move.
 */
export function upload<S extends z.ZodType>(path: string, form: FormData, schema: S, options: UploadOptions = {}): Promise<z.output<S>> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', path);
    request.withCredentials = true;
    for (const [name, value] of Object.entries(requestHeaders('POST', false))) request.setRequestHeader(name, value);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) options.onProgress?.(event.loaded / event.total);
    };
    request.onerror = () => reject(new ApiError('network', 0, 'network error'));
    request.onabort = () => reject(new DOMException('upload aborted', 'AbortError'));
    request.onload = () => {
      let payload: unknown;
      try {
        payload = JSON.parse(request.responseText) as unknown;
      } catch {
        payload = undefined;
      }
      if (request.status < 200 || request.status >= 300) {
        reject(failed(toApiError(request.status, request.getResponseHeader('retry-after'), payload), {}));
        return;
      }
      written();
      const parsed = schema.safeParse(payload);
      if (parsed.success) resolve(parsed.data);
      else reject(new ApiError('unexpected', request.status, `unexpected answer from ${path}: ${parsed.error.message}`));
    };
    options.signal?.addEventListener('abort', () => request.abort(), { once: true });
    request.send(form);
  });
}

function toApiError(status: number, retryAfterHeader: string | null, payload: unknown): ApiError {
  const retryAfter = retryAfterSeconds(retryAfterHeader);
  const parsed = ErrorBody.safeParse(payload);
  if (!parsed.success) {
    // Not our error body: a proxy's HTML page, a gateway timeout, its own upload limit. Judge by the status alone.
    const code: FailureCode =
      status >= 502 && status <= 504 ? 'network' : status === 429 ? 'rate_limited' : status === 413 ? 'too_large' : 'unexpected';
    return new ApiError(code, status, `HTTP ${status}`, [], retryAfter);
  }
  const { code, message, details } = parsed.data.error;
  const known = knownCodes.has(code) ? (code as ErrorCode) : 'unexpected';
  return new ApiError(known, status, message, details ?? [], retryAfter);
}

/** Retry-After is either whole seconds or an HTTP date. */
function retryAfterSeconds(header: string | null): number | null {
  if (header === null) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}
