import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { User } from '#domain/users';
import { ApiError, onSessionLost, setCsrfToken } from '#web/api/client.ts';
import { asApiError } from '#web/api/resource.ts';
import { fetchSession, logIn as requestLogIn, logOut as requestLogOut } from './api';

/** Why the user sees the login page: first visit, the server ended the session, or they logged out. */
export type LoggedOutReason = 'none' | 'expired' | 'loggedOut';

export type SessionState =
  | { status: 'loading' }
  | { status: 'failed'; error: ApiError }
  | { status: 'anonymous'; reason: LoggedOutReason }
  | { status: 'signedIn'; user: User };

interface SessionContextValue {
  session: SessionState;
  logIn: (username: string, password: string) => Promise<void>;
  logOut: () => Promise<void>;
  retry: () => void;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<SessionState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  // Bootstrap: a 401 from /api/auth/me simply means "not logged in yet".
  useEffect(() => {
    const controller = new AbortController();
    fetchSession(controller.signal).then(
      ({ user, csrfToken }) => {
        setCsrfToken(csrfToken);
        setSession({ status: 'signedIn', user });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const failure = asApiError(error);
        setSession(failure.code === 'unauthenticated' ? { status: 'anonymous', reason: 'none' } : { status: 'failed', error: failure });
      },
    );
    return () => controller.abort();
  }, [attempt]);

  useEffect(
    () =>
      onSessionLost(() => {
        setCsrfToken(null);
        setSession((current) => (current.status === 'signedIn' ? { status: 'anonymous', reason: 'expired' } : current));
      }),
    [],
  );

  const logIn = useCallback(async (username: string, password: string) => {
    const { user, csrfToken } = await requestLogIn(username, password);
    setCsrfToken(csrfToken);
    setSession({ status: 'signedIn', user });
  }, []);

  const logOut = useCallback(async () => {
    try {
      await requestLogOut();
    } catch (error) {
      // A session the server no longer knows is as good as ended; anything else (no connection) leaves it alive.
      if (asApiError(error).code !== 'unauthenticated') throw error;
    }
    setCsrfToken(null);
    setSession({ status: 'anonymous', reason: 'loggedOut' });
  }, []);

  const retry = useCallback(() => {
    setSession({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  const value = useMemo(() => ({ session, logIn, logOut, retry }), [session, logIn, logOut, retry]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession needs a SessionProvider');
  return value;
}

/** The signed-in user; only for pages behind RequireSession. */
export function useUser(): User {
  const { session } = useSession();
  if (session.status !== 'signedIn') throw new Error('useUser outside a signed-in page');
  return session.user;
}
