import { useSession } from '#web/features/auth/session.tsx';
import { AppLayout } from './AppLayout';
import { PublicLayout } from './PublicLayout';

/** For pages anyone may read (about): with the menu when logged in, without it otherwise. */
export function SessionAwareLayout() {
  const { session } = useSession();
  return session.status === 'signedIn' ? <AppLayout /> : <PublicLayout />;
}
