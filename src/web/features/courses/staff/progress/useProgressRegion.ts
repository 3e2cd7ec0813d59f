import { useSearchParams } from 'react-router-dom';
import { useUser } from '#web/features/auth/session.tsx';

/**
 * The region a progress page shows, from its address (`?region=19.05`), by default the viewer's
 * own scope (the server decides the same default); and the address of the same page for another.
 */
export function useProgressRegion() {
  const user = useUser();
  const [params] = useSearchParams();
  const region = params.get('region');
  const page = Math.max(1, Number(params.get('page')) || 1);
  const hrefOf = (path: string, next: string | null, nextPage = 1) => {
    const search = new URLSearchParams();
    if (next !== null) search.set('region', next);
    if (nextPage > 1) search.set('page', String(nextPage));
    const text = search.toString();
    return text === '' ? path : `${path}?${text}`;
  };
  return { scope: user.regionCode ?? null, region, page, hrefOf };
}
