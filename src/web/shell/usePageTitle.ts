import { useEffect } from 'react';

/** The tab title names the page first, so a list of tabs or the history stays readable. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · SIM TPBIS`;
  }, [title]);
}
