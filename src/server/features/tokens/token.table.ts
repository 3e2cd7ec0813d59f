import type { Generated, Selectable } from 'kysely';

export interface ApiTokenTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  /** SHA-256 (hex) of the token; the token itself is never stored. */
  token_hash: string;
  created_at: string;
  /** The last day (YYYY-MM-DD, WIB) it works; null: until revoked. */
  expires_at: string | null;
  last_used_at: string | null;
}
export type ApiTokenRow = Selectable<ApiTokenTable>;
