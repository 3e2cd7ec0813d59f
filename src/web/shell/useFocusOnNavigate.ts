import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router-dom';

/**
 * A single-page app never reloads, so a screen reader would not notice a new page.
 * After each move to another path, focus goes to the new page's heading (or main).
 */
export function useFocusOnNavigate(): void {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const target = document.querySelector<HTMLElement>('#main h1') ?? document.getElementById('main');
    target?.focus({ preventScroll: false });
  }, [pathname]);
}
