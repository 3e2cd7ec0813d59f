import { useEffect } from 'react';
import { useOffline, useUser } from '#web/features/auth/session.tsx';
import { elisOutboxKey } from './key';

/**
 * In the app's shell, so quiz answers and lessons done offline are sent when the connection
 * returns on whatever page the learner is: it only looks whether something waits, and loads the
 * sender (a chunk the device has, since it queued them) only then. Elis stays out of the first visit.
 */
export function ElisOutboxWake() {
  const { id } = useUser();
  const offline = useOffline();
  useEffect(() => {
    const wake = () => {
      if (localStorage.getItem(elisOutboxKey(id)) !== null) {
        import('../elis').then((m) => m.sendWaiting(id)).catch(() => undefined);
      }
    };
    wake();
    window.addEventListener('online', wake);
    return () => window.removeEventListener('online', wake);
  }, [id, offline]);
  return null;
}
