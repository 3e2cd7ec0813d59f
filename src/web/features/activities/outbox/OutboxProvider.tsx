import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useOffline, useUser } from '#web/features/auth/session.tsx';
import { createActivity, submitActivity, uploadPhoto } from '#web/features/activities/api.ts';
import { discard, enqueue, flush, localOutbox, type FlushOutcome, type OutboxEntry } from './outbox';
import { indexedDbPhotos } from './photoBytes';

/** A photo to queue with a report: its bytes, and the key and name the entry lists it under. */
export interface QueuedPhoto {
  key: string;
  name: string;
  bytes: Blob;
}

interface OutboxContextValue {
  entries: OutboxEntry[];
  /** What the last attempt sent, for a notice; empty until something was sent. */
  outcomes: FlushOutcome[];
  sending: boolean;
  /** Keeps the photos' bytes first, then the report: an entry never lists a photo the device does not have. */
  add: (entry: OutboxEntry, photos?: QueuedPhoto[]) => Promise<void>;
  remove: (clientId: string) => void;
  sendNow: () => Promise<void>;
}

const OutboxContext = createContext<OutboxContextValue | null>(null);

const retryEveryMs = 60_000;
const transport = {
  create: createActivity,
  submit: (id: number) => submitActivity(id),
  uploadPhoto: (id: number, bytes: Blob, name: string) => uploadPhoto(id, new File([bytes], name, { type: bytes.type })),
};

/**
 * Sends waiting reports when the app starts, when the browser says it is back online, and on
 * request. One attempt at a time per tab; two tabs sending the same report still make one activity.
 */
export function OutboxProvider({ children }: { children: ReactNode }) {
  const user = useUser();
  const store = useMemo(() => localOutbox(user.id, localStorage, indexedDbPhotos), [user.id]);
  const [entries, setEntries] = useState<OutboxEntry[]>(() => store.load());
  const [outcomes, setOutcomes] = useState<FlushOutcome[]>([]);
  const [sending, setSending] = useState(false);
  const busy = useRef(false);

  const sendNow = useCallback(async () => {
    if (busy.current || store.load().every((e) => e.refusal !== undefined)) {
      setEntries(store.load());
      return;
    }
    busy.current = true;
    setSending(true);
    try {
      const done = await flush(store, transport);
      if (done.some((o) => o.result !== 'waiting')) setOutcomes(done.filter((o) => o.result !== 'waiting'));
    } finally {
      busy.current = false;
      setSending(false);
      setEntries(store.load());
    }
  }, [store]);

  useEffect(() => {
    void sendNow();
    const onOnline = () => void sendNow();
    // Another tab queued or sent something: show the same list here.
    const onStorage = () => setEntries(store.load());
    window.addEventListener('online', onOnline);
    window.addEventListener('storage', onStorage);
    return () => {
      window.removeEventListener('online', onOnline);
      window.removeEventListener('storage', onStorage);
    };
  }, [sendNow, store]);

  // The server answered again after the app started offline: send what waits now.
  const offline = useOffline();
  const wasOffline = useRef(offline);
  useEffect(() => {
    if (wasOffline.current && !offline) void sendNow();
    wasOffline.current = offline;
  }, [offline, sendNow]);

  // The browser's online event misses some returns (a captive portal, a weak signal): also try every minute.
  const waiting = entries.some((e) => e.refusal === undefined);
  useEffect(() => {
    if (!waiting) return;
    const timer = window.setInterval(() => void sendNow(), retryEveryMs);
    return () => window.clearInterval(timer);
  }, [waiting, sendNow]);

  const add = useCallback(
    async (entry: OutboxEntry, photos: QueuedPhoto[] = []) => {
      for (const photo of photos) await indexedDbPhotos.keep(photo.key, photo.bytes);
      enqueue(store, { ...entry, photos: [...(entry.photos ?? []), ...photos.map(({ key, name }) => ({ key, name }))] });
      setEntries(store.load());
    },
    [store],
  );

  const remove = useCallback(
    (clientId: string) => {
      void discard(store, clientId).finally(() => setEntries(store.load()));
    },
    [store],
  );

  const value = useMemo(() => ({ entries, outcomes, sending, add, remove, sendNow }), [entries, outcomes, sending, add, remove, sendNow]);
  return <OutboxContext.Provider value={value}>{children}</OutboxContext.Provider>;
}

export function useOutbox(): OutboxContextValue {
  const value = useContext(OutboxContext);
  if (!value) throw new Error('useOutbox needs an OutboxProvider');
  return value;
}
