import { PasswordResetAnswer, type UpdateUserBody } from '#domain/user-admin';
import { User, UserList, type CreateUserBody } from '#domain/users';
import { api } from '#web/api/client.ts';
import { apiQuery } from '#web/api/queries.ts';
import { listSearch, type UserFilters } from './filters';

export const usersPageSize = 25;

export const usersQuery = (filters: UserFilters, page: number) =>
  apiQuery(`/api/users?${listSearch(filters, page, usersPageSize)}`, UserList);

export const userQuery = (id: number) => apiQuery(`/api/users/${id}`, User);

export const createUser = (body: CreateUserBody) => api('/api/users', User, { method: 'POST', body });

export const updateUser = (id: number, body: UpdateUserBody) => api(`/api/users/${id}`, User, { method: 'PATCH', body });

export const resetPassword = (id: number) => api(`/api/users/${id}/password-reset`, PasswordResetAnswer, { method: 'POST', body: {} });
