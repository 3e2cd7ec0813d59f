import type { RouteOptions } from 'fastify';
import { errorCodes } from '#domain/errors';
import { statusOf } from './errors';

/** Statuses that a route's declaration does not imply, so the route names them (`schema.errors`): 409s, 429, and a public route's 401/403 (login). */
export type DeclaredErrorStatus = 401 | 403 | 409 | 413 | 415 | 429;

declare module 'fastify' {
  interface FastifySchema {
    /** Error statuses this route answers beyond those its declaration implies (see `errorStatusesOf`); for the OpenAPI document. */
    errors?: readonly DeclaredErrorStatus[];
    /**
     * A multipart upload read by the handler (so there is no body schema to validate): the file's
     * field name, for the OpenAPI document.
     */
    upload?: string;
  }
}

const writeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const methodsOf = (route: Pick<RouteOptions, 'method'>) => (Array.isArray(route.method) ? route.method : [route.method]) as string[];
export const isWrite = (route: Pick<RouteOptions, 'method'>) => methodsOf(route).some((m) => writeMethods.has(m));

/**
 * The error statuses a route can answer, derived from what it declares, so that no route lists
 * them by hand and a new route gets them right:
 * - 400 when it takes any input (body, query, path parameters, an upload): the schemas refuse bad input;
 * - 401 and 403 unless it is public: no session or token; a role without the action, a missing
 *   CSRF header, a token that writes, a password reset pending;
 * - 404 when its path names something (`:id`) that may not exist or be out of the caller's scope;
 * - 413 when it takes a body (the JSON body limit, the photo size);
 * - and whatever the route names in `schema.errors` (409 conflicts, 415, 429).
 */
export function errorStatusesOf(route: Pick<RouteOptions, 'method' | 'url' | 'schema' | 'config'>): number[] {
  const schema = route.schema ?? {};
  const hasBody = schema.body !== undefined || schema.upload !== undefined;
  const statuses = new Set<number>(schema.errors ?? []);
  if (hasBody || schema.querystring !== undefined || schema.params !== undefined) statuses.add(400);
  if (route.config?.access !== 'public') {
    statuses.add(401);
    statuses.add(403);
  }
  if (route.url.includes(':')) statuses.add(404);
  if (hasBody) statuses.add(413);
  return [...statuses].sort((a, b) => a - b);
}

const meanings: Record<number, string> = {
  400: 'The request is not valid: `details` names each failing field.',
  401: 'No valid session or API token.',
  403: 'Not allowed: the role lacks the permission, the X-CSRF-Token header is missing or wrong, an API token tried to write, or a reset password must be changed first.',
  404: 'Not found, or outside the caller’s scope.',
  409: 'Conflicts with the current state: a duplicate, a wrong status for this step, or a change made meanwhile.',
  413: 'The body or file is too large.',
  415: 'The content type is not accepted.',
  429: 'Too many attempts: wait for the seconds in Retry-After.',
};

/** One line per error status for the document: what it means and the `error.code` values it carries. */
export function errorDescription(status: number): string {
  const codes = errorCodes.filter((code) => statusOf[code] === status).map((code) => `\`${code}\``);
  return `${meanings[status] ?? 'Error.'} Codes: ${codes.join(', ')}.`;
}
