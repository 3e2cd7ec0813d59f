import type { Selectable } from 'kysely';

export interface SessionTable {
  id: string;
  user_id: number;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}
export type SessionRow = Selectable<SessionTable>;

/** One count of login attempts (key names what is counted, e.g. `try:babel@address:10.0.0.7`) in a 15-minute window. */
export interface LoginThrottleTable {
  key: string;
  /** Attempts in the window that did not succeed, including those still being checked. */
  failures: number;
  window_start: string;
}

/** A browser (`device:<hash of its cookie>`) or an address (`address:<ip>`) where the user recently logged in. */
export interface LoginKnownPlaceTable {
  user_id: number;
  place: string;
  last_success_at: string;
}
