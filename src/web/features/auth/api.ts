import { z } from 'zod';
import { Session } from '#domain/users';
import { api, apiNoContent } from '#web/api/client.ts';

/** The current session, or an ApiError 'unauthenticated' when there is none. */
export const fetchSession = (signal?: AbortSignal) => api('/api/auth/me', Session, { signal, unauthenticatedIsAnswer: true });

export const logIn = (username: string, password: string) =>
  api('/api/auth/login', Session, { method: 'POST', body: { username, password }, unauthenticatedIsAnswer: true });

export const logOut = () => apiNoContent('/api/auth/logout', { method: 'POST', unauthenticatedIsAnswer: true });

export const changePassword = (currentPassword: string, newPassword: string) =>
  api('/api/auth/password', z.object({ ok: z.literal(true) }), { method: 'POST', body: { currentPassword, newPassword } });
