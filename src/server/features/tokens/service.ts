import { createHash, randomBytes } from 'node:crypto';
import { todayIn } from '#domain/calendar';
import type { Actor } from '#domain/permissions';
import { tokenPrefix, type ApiToken, type CreatedToken, type CreateTokenBody } from '#domain/tokens';
import type { Db } from '#server/db/database';
import { ApiError, conflict, invalidField, notFound } from '#server/http/errors';
import { toActor } from '#server/features/users/mapping';
import { deleteTokenOfUser, insertToken, liveTokenByHash, tokenNamed, tokensOfUser, touchToken } from './repository';

/** What the server keeps of a token: its SHA-256, enough to recognise it, useless to send. */
const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** Expiry days are Jakarta's: Perpusnas, the tokens' main user, counts its days there. */
const todayOf = (now: Date) => todayIn('WIB', now);

/** A use is written down at most once a minute per token, so a busy pull costs reads, not writes. */
const touchEveryMs = 60_000;

type Listed = { id: number; name: string; created_at: string; expires_at: string | null; last_used_at: string | null };
const toApiToken = (row: Listed): ApiToken => ({
  id: row.id,
  name: row.name,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
  lastUsedAt: row.last_used_at,
});

export async function createToken(db: Db, actor: Actor, body: CreateTokenBody, now: Date): Promise<CreatedToken> {
  if (body.expiresAt !== undefined && body.expiresAt < todayOf(now)) {
    throw invalidField('expiresAt', 'past', 'the last day must not lie in the past');
  }
  if (await tokenNamed(db, actor.id, body.name)) throw conflict('you already have a token with this name', 'name');
  const token = `${tokenPrefix}${randomBytes(32).toString('base64url')}`;
  const row = await insertToken(db, {
    userId: actor.id,
    name: body.name,
    tokenHash: hashOf(token),
    createdAt: now.toISOString(),
    expiresAt: body.expiresAt ?? null,
  });
  return { ...toApiToken(row), token };
}

export const tokensOf = async (db: Db, actor: Actor): Promise<ApiToken[]> => (await tokensOfUser(db, actor.id)).map(toApiToken);

/** Another user's token answers as if it did not exist. */
export async function revokeToken(db: Db, actor: Actor, id: number): Promise<void> {
  if (!(await deleteTokenOfUser(db, actor.id, id))) throw notFound('token');
}

export interface TokenUse {
  token: { id: number; name: string };
  actor: Actor;
}

/**
 * The token a request presents and the actor it acts as: its creator, with the creator's role
 * and scope as they are now. Unknown, revoked, or of a deactivated user: 401; past its last day: 401 `token_expired`.
 */
export async function useToken(db: Db, token: string, now: Date): Promise<TokenUse> {
  const row = token.startsWith(tokenPrefix) ? await liveTokenByHash(db, hashOf(token)) : undefined;
  if (!row) throw new ApiError('unauthenticated', 'unknown or revoked API token');
  if (row.expires_at !== null && row.expires_at < todayOf(now)) throw new ApiError('token_expired', 'this API token has expired');
  const staleBefore = new Date(now.getTime() - touchEveryMs).toISOString();
  if (row.last_used_at === null || row.last_used_at < staleBefore) await touchToken(db, row.id, now.toISOString(), staleBefore);
  return { token: { id: row.id, name: row.name }, actor: toActor({ ...row, id: row.user_id }) };
}
