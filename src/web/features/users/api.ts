import { User, UserList, type CreateUserBody } from '#domain/users';
import { api } from '#web/api/client.ts';
import { apiQuery } from '#web/api/queries.ts';

export const usersPageSize = 50;

export const usersQuery = (page: number) => apiQuery(`/api/users?page=${page}&pageSize=${usersPageSize}`, UserList);

export const createUser = (body: CreateUserBody) => api('/api/users', User, { method: 'POST', body });
