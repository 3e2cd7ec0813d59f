import { User, UserList, type CreateUserBody } from '#domain/users';
import { api } from '#web/api/client.ts';

export const usersPageSize = 50;

export const fetchUsers = (page: number, signal?: AbortSignal) =>
  api(`/api/users?page=${page}&pageSize=${usersPageSize}`, UserList, { signal });

export const createUser = (body: CreateUserBody) => api('/api/users', User, { method: 'POST', body });
