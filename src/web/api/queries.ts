import { QueryClient, queryOptions, type QueryKey } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from './client';

/**
 * A query's key is its API path, segment by segment, then its query string as an object:
 * `/api/activities/12` is `['api', 'activities', '12', {}]` and `/api/dashboard?region=19` is
 * `['api', 'dashboard', { region: '19' }]`. Equal requests share one key (and one request in
 * flight), whatever the order of their parameters, and `['api', 'activities']` names them all.
 */
export function apiKey(path: string): QueryKey {
  const [pathname = '', search = ''] = path.split('?');
  // Every segment is kept, an empty last one too: `/api/regions/` is not `/api/regions`.
  const segments = pathname.replace(/^\//, '').split('/').map(decodeURIComponent);
  return [...segments, Object.fromEntries(new URLSearchParams(search))];
}

/** The parameters of a key made by `apiKey`. */
export function paramsOfKey(key: QueryKey): Readonly<Record<string, string>> {
  const last = key.at(-1);
  return typeof last === 'object' && last !== null ? (last as Record<string, string>) : {};
}

/** A GET of the API, checked against the schema the server answers with. */
export function apiQuery<S extends z.ZodType>(path: string, schema: S) {
  return queryOptions({
    queryKey: apiKey(path),
    queryFn: ({ signal }): Promise<z.output<S>> => api(path, schema, { signal }),
  });
}

/**
 * For data that changes only with a deployment (Indonesia's regions, activity sub-types): asked
 * once per session, kept, and left alone by writes.
 */
export const unchanging = { staleTime: Infinity, gcTime: Infinity, meta: { unchanging: true } } as const;

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Every screen asks again when it opens, as it always has; a cached answer shows meanwhile.
        staleTime: 0,
        // A failure shows at once with its retry button: on a weak signal, waiting through silent retries helps no one.
        retry: false,
        // Offline, a request fails as `network` straight away, which the screens already explain (and the
        // report form answers by keeping the report on the device); TanStack would otherwise pause it unseen.
        networkMode: 'always',
        // A refresh the person did not ask for would rebuild a form they are typing into.
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
      },
    },
  });
}

// When this tab last wrote something the server accepted: an answer older than that may be out of date.
let lastWrite = 0;
export const lastWriteAt = (): number => lastWrite;

/**
 * After a write, every cached answer it may have changed is marked stale, and screens show no answer
 * from before it while they fetch a new one: a report just verified never shows as waiting.
 */
export function afterWrite(client: QueryClient): void {
  lastWrite = Date.now();
  void client.invalidateQueries({ predicate: (query) => query.meta?.['unchanging'] !== true, refetchType: 'none' });
}
