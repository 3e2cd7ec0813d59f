import { z } from 'zod';
import { CalendarDate } from './calendar';
import { RowIdParam } from './ids';
import { PlainText } from './text';

/**
 * API tokens: for other systems (Perpusnas pulls data into its own) to read what their creator
 * may read, sent as `Authorization: Bearer sim_…`. Shown once when created; the server keeps
 * only a hash. A token never writes (docs/decisions/026-api-tokens.md).
 */
export const tokenLimits = { name: 60 } as const;

/** The start of every token, so a leaked one is recognisable in a log or a repository scan. */
export const tokenPrefix = 'sim_';

export const CreateTokenBody = z.strictObject({
  name: PlainText.trim().min(1).max(tokenLimits.name),
  /** The last day the token works (WIB); without it the token works until it is revoked. */
  expiresAt: CalendarDate.optional(),
});
export type CreateTokenBody = z.infer<typeof CreateTokenBody>;

export const ApiToken = z.object({
  id: z.number().int(),
  name: z.string(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
});
export type ApiToken = z.infer<typeof ApiToken>;

/** The answer to a create: the only time the token itself is ever shown. */
export const CreatedToken = ApiToken.extend({ token: z.string() });
export type CreatedToken = z.infer<typeof CreatedToken>;

export const TokenList = z.object({ items: z.array(ApiToken) });
export type TokenList = z.infer<typeof TokenList>;

export const TokenParams = z.strictObject({ id: RowIdParam });
