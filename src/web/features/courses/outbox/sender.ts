import { completeLesson, submitQuiz } from '../api';
import { flush, localElisOutbox, type ElisOutboxStore } from './outbox';

/** Told on this tab whenever the outbox changes; other tabs hear of it through `storage` events. */
export const elisOutboxChanged = 'sim-tpbis:elis-outbox';

export function liveElisOutbox(userId: number): ElisOutboxStore {
  return localElisOutbox(userId, localStorage, () => window.dispatchEvent(new Event(elisOutboxChanged)));
}

const transport = { completeLesson, submitQuiz };
const running = new Map<number, Promise<void>>();
const again = new Set<number>();

/**
 * Sends what waits in a user's Elis outbox. One run at a time per tab; a call during a run asks
 * for one more run after it, so an entry queued meanwhile is not left waiting for the next trigger.
 */
export function sendWaiting(userId: number): Promise<void> {
  const current = running.get(userId);
  if (current) {
    again.add(userId);
    return current;
  }
  const run = (async () => {
    try {
      do {
        again.delete(userId);
        await flush(liveElisOutbox(userId), transport);
      } while (again.has(userId));
    } finally {
      running.delete(userId);
    }
  })();
  running.set(userId, run);
  return run;
}
