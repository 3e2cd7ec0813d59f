import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { can, type Action } from '#domain/permissions';
import { ForbiddenPage } from '#web/shell/ForbiddenPage.tsx';
import { useSession } from './session';

/** Where the login page sends the user back to after logging in. */
export interface LoginRedirect {
  from: string;
}

/** Renders its children for a signed-in user; everyone else goes to /login, remembering where they were going. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { session } = useSession();
  const location = useLocation();
  if (session.status !== 'signedIn') {
    const state: LoginRedirect = { from: `${location.pathname}${location.search}${location.hash}` };
    return <Navigate to="/login" replace state={state} />;
  }
  return children;
}

/** Hides a page the user's role may not use; the server refuses its API calls anyway. */
export function RequirePermission({ action, children }: { action: Action; children: ReactNode }) {
  const { session } = useSession();
  if (session.status !== 'signedIn' || !can(session.user, action)) return <ForbiddenPage />;
  return children;
}
