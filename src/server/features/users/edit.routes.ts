import { PasswordResetAnswer, UpdateUserBody, UserIdParams } from '#domain/user-admin';
import { Account } from '#domain/accounts';
import { zodRoutes, type Routes } from '#server/http/types';
import { actorOf } from '#server/plugins/session';
import { resetPasswordAsAdmin, updateUserAsAdmin, userForStaff } from './admin';

/** One user: read by staff in scope; edited, (de)activated and reset by admins in scope. */
export const userEditRoutes: Routes = (base) => {
  const app = zodRoutes(base);

  app.get(
    '/api/users/:id',
    {
      config: { access: 'users.read' },
      schema: { summary: 'Read one user', tags: ['users'], params: UserIdParams, response: { 200: Account } },
    },
    (request) => userForStaff(app.db, actorOf(request), request.params.id),
  );

  app.patch(
    '/api/users/:id',
    {
      config: { access: 'users.manage' },
      schema: {
        summary: 'Edit a user: name, phone, role, scope, active',
        tags: ['users'],
        params: UserIdParams,
        body: UpdateUserBody,
        response: { 200: Account },
      },
    },
    (request) => updateUserAsAdmin(app.db, actorOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/users/:id/password-reset',
    {
      config: { access: 'users.manage' },
      schema: {
        summary: 'Reset a user’s password to a temporary one, shown once',
        tags: ['users'],
        params: UserIdParams,
        response: { 200: PasswordResetAnswer },
      },
    },
    async (request, reply) => {
      // The temporary password is in this answer only: never kept by a cache or a proxy.
      void reply.header('cache-control', 'no-store');
      return resetPasswordAsAdmin(app.db, actorOf(request), request.params.id);
    },
  );
};
