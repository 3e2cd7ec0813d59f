import type { z } from 'zod';
import { ApiError } from '#web/api/client.ts';

/**
 * What an Elis page shows: the server's answer, or, without a connection, the copy this device
 * kept the last time it had one (issue 10: a lesson once opened can be read again offline).
 */
export interface Kept<T> {
  value: T;
  /** When the device kept the copy shown; null when the server answered just now. */
  savedAt: string | null;
}

/** Copies of the answers Elis read, by API path. */
export interface CopyStore {
  read(path: string): { value: unknown; savedAt: string } | null;
  keep(path: string, value: unknown, savedAt: string): void;
}

/**
 * Asks the server and keeps its answer; with no connection at all, answers the kept copy instead
 * (read again through the schema, so a copy an older app version kept can never break a page).
 * Any other failure (not found, no session) is the server's word and shows as such.
 */
export async function fetchKept<S extends z.ZodType>(
  path: string,
  schema: S,
  copies: CopyStore,
  fetchFresh: () => Promise<z.output<S>>,
  now: () => Date = () => new Date(),
): Promise<Kept<z.output<S>>> {
  try {
    const value = await fetchFresh();
    copies.keep(path, value, now().toISOString());
    return { value, savedAt: null };
  } catch (error) {
    if (!(error instanceof ApiError && error.code === 'network')) throw error;
    const copy = copies.read(path);
    const parsed = copy === null ? null : schema.safeParse(copy.value);
    if (copy === null || parsed === null || !parsed.success) throw error;
    return { value: parsed.data, savedAt: copy.savedAt };
  }
}

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

/**
 * The copies in localStorage, one key per path and per user: whoever signs in next on a shared
 * phone reads their own. Lessons are a few kilobytes of HTML; a full storage only costs the
 * offline copy, never the page.
 */
export function localCopies(userId: number, storage: StorageLike): CopyStore {
  const keyOf = (path: string) => `sim-tpbis.elis.${userId}:${path}`;
  return {
    read(path) {
      try {
        const raw: unknown = JSON.parse(storage.getItem(keyOf(path)) ?? 'null');
        if (typeof raw !== 'object' || raw === null || !('savedAt' in raw) || typeof raw.savedAt !== 'string') return null;
        return { value: (raw as { value?: unknown }).value, savedAt: raw.savedAt };
      } catch {
        return null;
      }
    },
    keep(path, value, savedAt) {
      try {
        storage.setItem(keyOf(path), JSON.stringify({ value, savedAt }));
      } catch {
        // Storage full or blocked (private mode): the page works online as before.
      }
    },
  };
}
