import type { Selectable } from 'kysely';

export interface SessionTable {
  id: string;
  user_id: number;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}
export type SessionRow = Selectable<SessionTable>;

export interface LoginThrottleTable {
  key: string;
  failures: number;
  window_start: string;
}
