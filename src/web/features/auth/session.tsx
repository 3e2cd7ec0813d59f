import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { User } from '#domain/users';
import { ApiError, asApiError, onSessionLost, setCsrfToken } from '#web/api/client.ts';
import { fetchSession, logIn as requestLogIn, logOut as requestLogOut } from './api';
import { bootstrapFallback, forgetSession, recallSession, rememberSession } from './rememberedSession';

/** Why the user sees the login page: first visit, the server ended the session, or they logged out. */
export type LoggedOutReason = 'none' | 'expired' | 'loggedOut';

export type SessionState =
  | { status: 'loading' }
  | { status: 'failed'; error: ApiError }
  | { status: 'anonymous'; reason: LoggedOutReason }
  /** `offline`: the server could not be reached, so this is the user last signed in on this device. */
  | { status: 'signedIn'; user: User; offline: boolean };

interface SessionContextValue {
  session: SessionState;
  logIn: (username: string, password: string) => Promise<void>;
  logOut: () => Promise<void>;
  retry: () => void;
  /** The user chose a new password after an admin's reset: the whole app opens again. */
  passwordChanged: () => void;
}

const recheckEveryMs = 60_000;

function withoutPasswordChange(user: User): User {
  const { mustChangePassword: _changed, ...rest } = user;
  return rest;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<SessionState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  // Bootstrap: a 401 from /api/auth/me simply means "not logged in yet". Without a connection the
  // user last signed in on this device carries on offline, so a report can still go to the outbox.
  // Runs again when the connection returns, without the start screen: the page and its form stay.
  useEffect(() => {
    const controller = new AbortController();
    fetchSession(controller.signal).then(
      ({ user, csrfToken }) => {
        setCsrfToken(csrfToken);
        rememberSession(localStorage, { user, csrfToken });
        setSession({ status: 'signedIn', user, offline: false });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const failure = asApiError(error);
        const fallback = bootstrapFallback(failure, localStorage);
        if (fallback.kind === 'anonymous') {
          setCsrfToken(null);
          setSession((current) =>
            current.status === 'signedIn'
              ? { status: 'anonymous', reason: 'expired' }
              : current.status === 'anonymous'
                ? current
                : { status: 'anonymous', reason: 'none' },
          );
        } else if (fallback.kind === 'offline') {
          setCsrfToken(fallback.remembered.csrfToken);
          setSession({ status: 'signedIn', user: fallback.remembered.user, offline: true });
        } else {
          // A server error while already working offline is no reason to leave the page.
          setSession((current) => (current.status === 'signedIn' ? current : { status: 'failed', error: failure }));
        }
      },
    );
    return () => controller.abort();
  }, [attempt]);

  // Check again when the browser says the connection is back, and every minute while offline
  // (the online event misses some returns: a captive portal, a weak signal). A session that is
  // online or anonymous has nothing to check: its own calls find out when it ends.
  const offline = session.status === 'signedIn' && session.offline;
  const unreachable = offline || session.status === 'failed';
  useEffect(() => {
    if (!unreachable) return;
    const recheck = () => setAttempt((n) => n + 1);
    window.addEventListener('online', recheck);
    const timer = offline ? window.setInterval(recheck, recheckEveryMs) : undefined;
    return () => {
      window.removeEventListener('online', recheck);
      window.clearInterval(timer);
    };
  }, [unreachable, offline]);

  useEffect(
    () =>
      onSessionLost(() => {
        setCsrfToken(null);
        forgetSession(localStorage);
        setSession((current) => (current.status === 'signedIn' ? { status: 'anonymous', reason: 'expired' } : current));
      }),
    [],
  );

  const logIn = useCallback(async (username: string, password: string) => {
    const { user, csrfToken } = await requestLogIn(username, password);
    setCsrfToken(csrfToken);
    rememberSession(localStorage, { user, csrfToken });
    setSession({ status: 'signedIn', user, offline: false });
  }, []);

  const logOut = useCallback(async () => {
    try {
      await requestLogOut();
    } catch (error) {
      // A session the server no longer knows is as good as ended; anything else (no connection) leaves it alive.
      if (asApiError(error).code !== 'unauthenticated') throw error;
    }
    setCsrfToken(null);
    forgetSession(localStorage);
    setSession({ status: 'anonymous', reason: 'loggedOut' });
  }, []);

  const retry = useCallback(() => {
    setSession({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  const passwordChanged = useCallback(() => {
    const remembered = recallSession(localStorage);
    if (remembered) rememberSession(localStorage, { ...remembered, user: withoutPasswordChange(remembered.user) });
    setSession((current) => (current.status === 'signedIn' ? { ...current, user: withoutPasswordChange(current.user) } : current));
  }, []);

  const value = useMemo(() => ({ session, logIn, logOut, retry, passwordChanged }), [session, logIn, logOut, retry, passwordChanged]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession needs a SessionProvider');
  return value;
}

/** True when the app runs on the remembered user because the server cannot be reached. */
export function useOffline(): boolean {
  const { session } = useSession();
  return session.status === 'signedIn' && session.offline;
}

/** The signed-in user; only for pages behind RequireSession. */
export function useUser(): User {
  const { session } = useSession();
  if (session.status !== 'signedIn') throw new Error('useUser outside a signed-in page');
  return session.user;
}
