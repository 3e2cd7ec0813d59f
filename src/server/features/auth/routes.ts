import { z } from 'zod';
import { Account, AccountSession, UpdateMeBody } from '#domain/accounts';
import { ChangePasswordBody, LoginBody } from '#domain/users';
import { NoContent, zodRoutes, type Routes } from '#server/http/types';
import { actorOf, sessionCookie } from '#server/plugins/session';
import { updateOwnAccount, userById } from '#server/features/users/service';
import { knownPlaceMs } from './throttle';
import { changePassword, login, logout } from './service';

/** Marks a browser where someone logged in (docs/decisions/013-login-throttling.md). */
export const deviceCookie = 'sim_device';

export const authRoutes: Routes = (base) => {
  const app = zodRoutes(base);

  app.post(
    '/api/auth/login',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Log in: sets the session cookie and answers the CSRF token',
        tags: ['auth'],
        errors: [401, 403, 429],
        body: LoginBody,
        response: { 200: AccountSession },
      },
    },
    async (request, reply) => {
      const result = await login(app.db, {
        ...request.body,
        ip: request.ip,
        deviceToken: request.cookies[deviceCookie],
        now: app.clock(),
        ttlMs: app.config.sessionTtlMs,
      });
      void reply.setCookie(sessionCookie, result.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: app.config.cookieSecure,
        maxAge: Math.floor(app.config.sessionTtlMs / 1000),
      });
      // Read only by login: a browser where the user logged in keeps its own throttle count.
      void reply.setCookie(deviceCookie, result.deviceToken, {
        path: '/api/auth/login',
        httpOnly: true,
        sameSite: 'lax',
        secure: app.config.cookieSecure,
        maxAge: Math.floor(knownPlaceMs / 1000),
      });
      return { user: result.user, csrfToken: result.csrfToken };
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { access: 'session', duringPasswordChange: true },
      schema: { summary: 'Log out: ends the session', tags: ['auth'], response: { 204: NoContent } },
    },
    async (request, reply) => {
      if (request.sessionToken) await logout(app.db, request.sessionToken);
      void reply.clearCookie(sessionCookie, { path: '/' });
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/auth/me',
    {
      config: { access: 'session', duringPasswordChange: true },
      schema: { summary: 'Read the logged-in user and the session’s CSRF token', tags: ['auth'], response: { 200: AccountSession } },
    },
    async (request) => {
      return { user: await userById(app.db, actorOf(request).id), csrfToken: request.csrfToken ?? '' };
    },
  );

  // The account page: one's own e-mail address, its switch, and the language notifications are written in.
  // Allowed while a reset password waits to be changed: the app tells the server the language it shows from the start.
  app.patch(
    '/api/auth/me',
    {
      config: { access: 'session', duringPasswordChange: true },
      schema: {
        summary: 'Change one’s own e-mail address, mail switch and language',
        tags: ['auth'],
        body: UpdateMeBody,
        response: { 200: Account },
      },
    },
    (request) => updateOwnAccount(app.db, actorOf(request).id, request.body),
  );

  app.post(
    '/api/auth/password',
    {
      config: { access: 'session', duringPasswordChange: true },
      schema: {
        summary: 'Change one’s own password',
        tags: ['auth'],
        body: ChangePasswordBody,
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
    },
    async (request) => {
      await changePassword(app.db, { userId: actorOf(request).id, token: request.sessionToken ?? '', ...request.body });
      return { ok: true as const };
    },
  );
};
