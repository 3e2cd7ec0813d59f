import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from '#server/http/errors';
import { useToken } from './service';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route needs a logged-in person, not an API token (the token routes themselves). */
    sessionOnly?: true;
  }
  interface FastifyRequest {
    /** The API token the request came with; null for a session or no one. */
    apiToken: { id: number; name: string } | null;
  }
}

const readMethods = new Set(['GET', 'HEAD']);
const bearerPattern = /^Bearer +(\S+) *$/i;

/**
 * `Authorization: Bearer sim_…` as a way in beside the session cookie. It runs before the
 * session hook (plugins/session.ts), which leaves a token's request alone: the token's creator
 * becomes the request's actor, so every route's permission and scope checks apply unchanged.
 * No cookie travels, so no CSRF token is asked; instead a token only reads, anything but
 * GET/HEAD is refused before the body is read. Each use is logged with the token's name and id,
 * never the token itself.
 */
export function registerBearerTokens(app: FastifyInstance): void {
  app.decorateRequest('apiToken', null);

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const header = request.headers.authorization;
    if (header === undefined || !request.url.startsWith('/api/')) return;
    const presented = bearerPattern.exec(header)?.[1];
    if (!presented) throw new ApiError('unauthenticated', 'Authorization must be "Bearer" and an API token');
    const { token, actor } = await useToken(app.db, presented, app.clock());
    // Every later line of this request, its "request completed" too, says which token it was.
    const log = request.log.child({ token });
    request.log = log;
    reply.log = log;
    log.info({ method: request.method, url: request.url }, 'request by API token');
    if (!readMethods.has(request.method)) throw new ApiError('token_read_only', 'an API token only reads (GET); log in to change data');
    if (request.routeOptions.config.sessionOnly) throw new ApiError('forbidden', 'this needs a logged-in session, not an API token');
    request.actor = actor;
    request.apiToken = token;
  });
}
