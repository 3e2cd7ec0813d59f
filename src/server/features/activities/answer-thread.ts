import type { Activity } from '#domain/activities';
import type { Db } from '#server/db/database';
import { ReaderThread, sqliteFileOf } from '#server/db/reader-thread';
import type { InFlight } from '#server/http/in-flight';
import { Serialized } from '#server/http/serialized';
import { activityJson, type AnswerJob } from './answer';
import type { AnswerResult } from './answer-worker';

// The answer thread of an embedded database, when its app started one (answerOffThread).
const threads = new WeakMap<Db, ReaderThread<AnswerJob, AnswerResult>>();

/**
 * Lets the activities' answers of this SQLite database be built in a reader thread from now on,
 * behind a deep queue of requests (`activityAnswer`), until the returned thread is closed (the app
 * closes it with itself). There the event loop is the limit, and the thread builds them on the
 * other core.
 */
export function answerOffThread(db: Db, onFailure: (error: Error) => void): { close(): Promise<void> } {
  const thread = new ReaderThread<AnswerJob, AnswerResult>(
    () => sqliteFileOf(db),
    {
      name: 'the answer thread',
      module: new URL('./answer-worker.ts', import.meta.url),
      jobTimeoutMs: 10_000,
      // Reports come all day; a quiet server gives its memory back.
      idleMs: 2 * 60_000,
    },
    onFailure,
  );
  threads.set(db, thread);
  return thread;
}

/** The answer thread of a database, if its app started one (tests read whether it is up and what it answered). */
export const answerThreadOf = (db: Db): ReaderThread<AnswerJob, AnswerResult> | undefined => threads.get(db);

/**
 * Requests waiting beside an answer from which it is built in the thread (and the thread started).
 * Built here, an answer costs the event loop ~0.05 ms; built there, the thread ~0.14 ms, and the
 * request waits out two hops between threads. Behind a short queue those hops cost more
 * throughput than the other core gives (eight clients: 994–1,047 reports/s answered here,
 * 946–992 through the thread); behind a long one the event loop is the limit and the thread pays
 * (32 clients: 1,478–1,641 through the thread, 1,394 here). BENCHMARKS.md, the eighth session of
 * issue 13. A thread started costs ~40 MB of RSS.
 */
export const deepQueue = 8;

/**
 * An activity in full as the actor may see it, serialized: in the answer thread while a deep
 * queue of requests waits for the event loop, else here. Here too while the thread starts, on
 * PostgreSQL, and when the thread fails. A refusal (no such activity, not the actor's) is always
 * thrown from here, with its status.
 */
export async function activityAnswer(server: { db: Db; inFlight: InFlight }, job: AnswerJob): Promise<Serialized<Activity>> {
  const { db } = server;
  const thread = threads.get(db);
  const waiting = server.inFlight.count - 1;
  if (thread?.usable && waiting >= deepQueue) {
    if (thread.running) {
      try {
        const answer = await thread.ask(job);
        if ('json' in answer) return new Serialized(answer.json);
      } catch {
        // The thread reported why (onFailure); the answer is built here instead.
      }
    } else thread.warm();
  }
  return new Serialized(await activityJson(db, job));
}
