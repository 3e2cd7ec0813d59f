import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';

/**
 * A one-time message handed over with a navigation ("Draf tersimpan."): read once, then removed
 * from the history entry, so a reload or Back does not announce it again.
 */
export function useFlash<T>(read: (state: unknown) => T | null): T | null {
  const location = useLocation();
  const navigate = useNavigate();
  const [flash] = useState(() => read(location.state));
  useEffect(() => {
    if (location.state !== null && location.state !== undefined) {
      void navigate(`${location.pathname}${location.search}${location.hash}`, { replace: true, state: null });
    }
  }, [location, navigate]);
  return flash;
}
