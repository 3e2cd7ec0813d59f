import { CreatedToken, CreateTokenBody, TokenList, TokenParams } from '#domain/tokens';
import { NoContent, zodRoutes, type Routes } from '#server/http/types';
import { actorOf } from '#server/plugins/session';
import { createToken, revokeToken, tokensOf } from './service';

/**
 * Every user manages their own tokens, with a real session: a token cannot make, list or revoke
 * tokens (writes are refused to tokens anyway; the list is kept from them too, so a leaked token
 * cannot learn of its siblings).
 */
export const tokenRoutes: Routes = (base) => {
  const app = zodRoutes(base);

  app.post(
    '/api/tokens',
    {
      config: { access: 'session', sessionOnly: true },
      schema: {
        summary: 'Create an API token, shown once in this answer',
        tags: ['tokens'],
        errors: [409],
        body: CreateTokenBody,
        response: { 201: CreatedToken },
      },
    },
    async (request, reply) => reply.status(201).send(await createToken(app.db, actorOf(request), request.body, app.clock())),
  );

  app.get(
    '/api/tokens',
    {
      config: { access: 'session', sessionOnly: true },
      schema: { summary: 'List one’s API tokens (never the tokens themselves)', tags: ['tokens'], response: { 200: TokenList } },
    },
    async (request) => ({
      items: await tokensOf(app.db, actorOf(request)),
    }),
  );

  app.delete(
    '/api/tokens/:id',
    {
      config: { access: 'session', sessionOnly: true },
      schema: { summary: 'Revoke one of one’s API tokens', tags: ['tokens'], params: TokenParams, response: { 204: NoContent } },
    },
    async (request, reply) => {
      await revokeToken(app.db, actorOf(request), request.params.id);
      return reply.status(204).send();
    },
  );
};
