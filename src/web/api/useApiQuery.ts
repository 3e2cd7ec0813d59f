import { useQuery, type QueryKey, type UseQueryOptions } from '@tanstack/react-query';
import { useCallback } from 'react';
import { asApiError, type ApiError } from './client';
import { lastWriteAt } from './queries';

/** What a screen shows of a query: loading, the answer, or why there is none. */
export type Loaded<T> = (
  | { state: 'loading' }
  /** `previous`: the answer to the previous request, shown while this one loads (a report's other period). */
  | { state: 'ready'; data: T; previous: boolean }
  | { state: 'failed'; error: ApiError }
) & { reload: () => void };

export interface LoadOptions {
  /** Wait for the server's answer instead of showing a cached one: a form must start from what is true now. */
  fresh?: boolean;
}

/**
 * A query through TanStack Query, as the three states a screen draws. A screen that opens on a
 * cached answer shows it while asking again, unless the answer predates this tab's last write or
 * the screen asks for `fresh`; an answer the screen already showed stays while it is refreshed.
 */
export function useApiQuery<TQueryFnData, TData = TQueryFnData, TQueryKey extends QueryKey = QueryKey>(
  options: UseQueryOptions<TQueryFnData, Error, TData, TQueryKey>,
  { fresh = false }: LoadOptions = {},
): Loaded<TData> {
  const query = useQuery(options);
  const { refetch } = query;
  const reload = useCallback(() => void refetch(), [refetch]);
  const revalidating = query.isFetching && !query.isFetchedAfterMount && !query.isPlaceholderData;
  const outdated = revalidating && (fresh || query.dataUpdatedAt < lastWriteAt());
  if (query.isSuccess && !outdated) return { state: 'ready', data: query.data, previous: query.isPlaceholderData, reload };
  // While a retry runs, say so rather than keep showing the failure.
  if (query.isError && !query.isFetching) return { state: 'failed', error: asApiError(query.error), reload };
  return { state: 'loading', reload };
}
