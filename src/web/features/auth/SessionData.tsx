import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { onWrite } from '#web/api/client.ts';
import { afterWrite, createQueryClient } from '#web/api/queries.ts';
import { useSession } from './session';

/**
 * The data the app has fetched belongs to one signed-in user: each session gets its own query
 * cache, and the previous one is emptied, so a user who signs in after another on the same
 * phone never sees the other's answers, not even for a moment.
 */
export function SessionDataProvider({ children }: { children: ReactNode }) {
  const { session } = useSession();
  const owner = session.status === 'signedIn' ? session.user.id : null;
  const [current, setCurrent] = useState(() => ({ owner, client: createQueryClient() }));
  if (current.owner !== owner) setCurrent({ owner, client: createQueryClient() });
  const { client } = current;

  useEffect(() => onWrite(() => afterWrite(client)), [client]);

  const previous = useRef<QueryClient | null>(null);
  useEffect(() => {
    if (previous.current !== null && previous.current !== client) previous.current.clear();
    previous.current = client;
  }, [client]);

  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
