import type { Writable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';

/** Resolves once the stream wants more, or is gone (a client that hung up never drains). */
export function drained(stream: Writable): Promise<void> {
  if (!stream.writableNeedDrain || stream.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
  });
}

/**
 * Longest piece of text a writer hands on at once: a string past V8's regular-object size (~128 kB)
 * lives in its large-object space, which only a full collection frees, so big slices grew the heap
 * by the file's size between collections (the CSV's slices of 15 ms: heap 57 → 213 MB at 200,000
 * rows, 57 → 150 MB cut at this length).
 */
export const sliceChars = 32_000;

/** Longest a writer works before letting other requests run (a page of 1,000 rows takes longer to write). */
export const turnBudgetMs = 15;

/**
 * Time-sliced work: `due()` says the writer has worked its budget since it last paused, and
 * `pause()` lets the event loop run (other requests, timers, the socket) before it goes on.
 */
export function turns(budgetMs = turnBudgetMs) {
  let since = performance.now();
  return {
    due: () => performance.now() - since >= budgetMs,
    pause: async () => {
      await nextTurn();
      since = performance.now();
    },
  };
}
