import { CreatedToken, TokenList, type CreateTokenBody } from '#domain/tokens';
import { api, apiNoContent } from '#web/api/client.ts';
import { apiQuery } from '#web/api/queries.ts';

export const tokensQuery = () => apiQuery('/api/tokens', TokenList);

export const createToken = (body: CreateTokenBody) => api('/api/tokens', CreatedToken, { method: 'POST', body });

export const revokeToken = (id: number) => apiNoContent(`/api/tokens/${id}`, { method: 'DELETE' });
