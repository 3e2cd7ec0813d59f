import { z } from 'zod';
import { User } from '#domain/users';
import type { ApiError } from '#web/api/client.ts';

/**
 * The last signed-in user on this device, so the app still opens without a connection and a
 * report can go to the outbox. Never the password; the CSRF token is kept because it belongs to the
 * session cookie the browser keeps anyway, so reports waiting offline can be sent the moment the connection returns.
 */
export const RememberedSession = z.object({ user: User, csrfToken: z.string().nullable() });
export type RememberedSession = z.infer<typeof RememberedSession>;

/** The part of Storage this needs: localStorage in the app, a Map in the tests. */
export type SessionStorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const rememberedSessionKey = 'sim-tpbis.session';

/** A full or blocked storage (private mode) only costs the offline start, never the sign-in itself. */
export function rememberSession(storage: SessionStorageLike, session: RememberedSession): void {
  try {
    storage.setItem(rememberedSessionKey, JSON.stringify({ user: session.user, csrfToken: session.csrfToken }));
  } catch {
    // Nothing to do: the app works online as before.
  }
}

export function recallSession(storage: SessionStorageLike): RememberedSession | null {
  let raw: unknown;
  try {
    raw = JSON.parse(storage.getItem(rememberedSessionKey) ?? 'null');
  } catch {
    return null;
  }
  const parsed = RememberedSession.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export function forgetSession(storage: SessionStorageLike): void {
  try {
    storage.removeItem(rememberedSessionKey);
  } catch {
    // Blocked storage holds nothing to forget.
  }
}

/** What a failed GET /api/auth/me means for the app. */
export type BootstrapFallback = { kind: 'anonymous' } | { kind: 'offline'; remembered: RememberedSession } | { kind: 'failed' };

/**
 * A 401 means the session is over (forget the device's copy); no connection at all means the
 * remembered user may carry on offline; anything else (a broken server) is shown as an error.
 */
export function bootstrapFallback(failure: ApiError, storage: SessionStorageLike): BootstrapFallback {
  if (failure.code === 'unauthenticated') {
    forgetSession(storage);
    return { kind: 'anonymous' };
  }
  if (failure.code === 'network') {
    const remembered = recallSession(storage);
    if (remembered) return { kind: 'offline', remembered };
  }
  return { kind: 'failed' };
}
