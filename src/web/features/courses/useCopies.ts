import { useMemo } from 'react';
import { useUser } from '#web/features/auth/session.tsx';
import { localCopies, type CopyStore } from './keptCopies';

/** The signed-in user's kept copies of what Elis read. */
export function useCopies(): CopyStore {
  const { id } = useUser();
  return useMemo(() => localCopies(id, localStorage), [id]);
}
