import { Account, AccountList } from '#domain/accounts';
import { CreateUserBody, UserListQuery } from '#domain/users';
import { zodRoutes, type Routes } from '#server/http/types';
import { actorOf } from '#server/plugins/session';
import { createUser, usersInScope } from './service';

export const userRoutes: Routes = (base) => {
  const app = zodRoutes(base);

  app.post(
    '/api/users',
    {
      config: { access: 'users.create' },
      schema: {
        summary: 'Create a user within one’s scope',
        tags: ['users'],
        errors: [409],
        body: CreateUserBody,
        response: { 201: Account },
      },
    },
    async (request, reply) => {
      const user = await createUser(app.db, actorOf(request), request.body, app.clock());
      return reply.status(201).send(user);
    },
  );

  app.get(
    '/api/users',
    {
      config: { access: 'users.read' },
      schema: {
        summary: 'List and find the users in one’s scope',
        tags: ['users'],
        querystring: UserListQuery,
        response: { 200: AccountList },
      },
    },
    (request) => usersInScope(app.db, actorOf(request), request.query),
  );
};
