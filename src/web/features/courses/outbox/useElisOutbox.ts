import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { useUser } from '#web/features/auth/session.tsx';
import { keptQueries } from '../api';
import { elisOutboxKey } from './key';
import { enqueue, isWaiting, parseEntries, settle, type ElisOutboxEntry } from './outbox';
import { elisOutboxChanged, liveElisOutbox, sendWaiting } from './sender';

const retryEveryMs = 60_000;

function subscribe(onChange: () => void): () => void {
  window.addEventListener(elisOutboxChanged, onChange);
  window.addEventListener('storage', onChange);
  return () => {
    window.removeEventListener(elisOutboxChanged, onChange);
    window.removeEventListener('storage', onChange);
  };
}

/**
 * The signed-in user's Elis outbox as Elis pages see it: what waits, a way to add to it (which
 * also tries to send at once), and a way to let an answered attempt go. While something waits,
 * it tries again every minute and when the browser says it is back online; once something has
 * gone, the kept answers are asked for again.
 */
export function useElisOutbox() {
  const { id: userId } = useUser();
  const key = elisOutboxKey(userId);
  const raw = useSyncExternalStore(subscribe, () => localStorage.getItem(key));
  const entries = useMemo(() => parseEntries(raw), [raw]);
  const waitingCount = entries.filter(isWaiting).length;
  const waiting = waitingCount > 0;

  // Something was sent (here or by the shell): what the pages show of the server is out of date.
  const client = useQueryClient();
  const before = useRef(waitingCount);
  useEffect(() => {
    if (waitingCount < before.current) void client.invalidateQueries({ queryKey: keptQueries });
    before.current = waitingCount;
  }, [waitingCount, client]);

  const send = useCallback(() => sendWaiting(userId), [userId]);
  useEffect(() => {
    if (!waiting) return;
    const onOnline = () => void send();
    window.addEventListener('online', onOnline);
    const timer = window.setInterval(onOnline, retryEveryMs);
    return () => {
      window.removeEventListener('online', onOnline);
      window.clearInterval(timer);
    };
  }, [waiting, send]);

  const add = useCallback(
    (entry: ElisOutboxEntry) => {
      enqueue(liveElisOutbox(userId), entry);
      return send();
    },
    [userId, send],
  );
  const release = useCallback((entryKey: string) => settle(liveElisOutbox(userId), entryKey), [userId]);

  return { entries, waiting, add, settle: release, send };
}
