import { useCallback, useEffect, useState } from 'react';
import { ApiError, isAbort } from './client';

export type Resource<T> = { state: 'loading' } | { state: 'ready'; data: T } | { state: 'failed'; error: ApiError };

/**
 * Loads data for a component and reloads when `load` changes (wrap it in useCallback with its inputs).
 * A superseded request is aborted, so a slow answer for an old page never overwrites the new one.
 */
export function useResource<T>(load: (signal: AbortSignal) => Promise<T>): Resource<T> & { reload: () => void } {
  const [resource, setResource] = useState<Resource<T>>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setResource({ state: 'loading' });
    load(controller.signal).then(
      (data) => setResource({ state: 'ready', data }),
      (error: unknown) => {
        if (isAbort(error)) return;
        setResource({ state: 'failed', error: asApiError(error) });
      },
    );
    return () => controller.abort();
  }, [load, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...resource, reload };
}

/** Anything thrown that is not an ApiError is a bug in the app, shown as an unexpected answer. */
export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError('unexpected', 0, error instanceof Error ? error.message : String(error));
}
