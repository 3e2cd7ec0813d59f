import type { FastifyInstance, FastifyRequest } from 'fastify';
import { can, type Action, type Actor } from '#domain/permissions';
import { ApiError } from '#server/http/errors';
import { sessionForToken } from '#server/features/auth/service';
import { toActor } from '#server/features/users/mapping';

export const sessionCookie = 'sim_session';

/**
 * Who may call a route: anyone (`public`), anyone logged in (`session`),
 * or a logged-in actor whose role grants the action.
 */
export type Access = 'public' | 'session' | Action;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
    /** Reachable while the user must change a password an admin reset: the session, the change, logging out. */
    duringPasswordChange?: true;
  }
  interface FastifyRequest {
    actor: Actor | null;
    sessionToken: string | null;
    csrfToken: string | null;
    /** An admin reset the password: until the user changes it, only `duringPasswordChange` routes answer. */
    mustChangePassword: boolean;
  }
}

const writeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Sessions, CSRF and permissions in one place:
 * - every API route must declare `config.access`, else start-up fails, so no route can forget it;
 * - the access is checked before the body is even validated, so strangers learn nothing of the schema;
 * - a cookie-authenticated write must echo the session's CSRF token in `X-CSRF-Token`;
 * - after an admin's password reset, nothing but the password change answers until it is done.
 */
export function registerSessions(app: FastifyInstance): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionToken', null);
  app.decorateRequest('csrfToken', null);
  app.decorateRequest('mustChangePassword', false);

  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    const access = route.config?.access;
    if (!access) throw new Error(`route ${String(route.method)} ${route.url} declares no config.access`);
  });

  app.addHook('onRequest', async (request) => {
    // A request with an API token is the token's alone (features/tokens/bearer.ts); a cookie beside it is not read.
    if (request.apiToken) return;
    const token = request.cookies[sessionCookie];
    if (!token) return;
    const row = await sessionForToken(app.db, token, app.clock());
    if (!row) return;
    request.actor = toActor({ ...row, id: row.user_id });
    request.sessionToken = token;
    request.csrfToken = row.csrf_token;
    request.mustChangePassword = row.must_change_password === 1;
  });

  app.addHook('preValidation', (request, _reply, done) => done(accessRefusal(request) ?? undefined));
}

/** Why a request may not reach its route's handler, or null when it may. */
function accessRefusal(request: FastifyRequest): ApiError | null {
  const access = request.routeOptions.config.access;
  if (!access || access === 'public') return null;
  if (!request.actor) return new ApiError('unauthenticated', 'please log in');
  if (writeMethods.has(request.method) && request.headers['x-csrf-token'] !== request.csrfToken) {
    return new ApiError('csrf', 'missing or wrong X-CSRF-Token header');
  }
  if (request.mustChangePassword && !request.routeOptions.config.duringPasswordChange) {
    return new ApiError('password_change_required', 'an admin reset your password: change it first (POST /api/auth/password)');
  }
  if (access !== 'session' && !can(request.actor, access)) return new ApiError('forbidden', `your role may not ${access}`);
  return null;
}

/** The authenticated actor; routes reach this only after the access check let them through. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new ApiError('unauthenticated', 'please log in');
  return request.actor;
}
