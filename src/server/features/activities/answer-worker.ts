import { parentPort, workerData } from 'node:worker_threads';
import { readerConnection, type ThreadAnswer } from '#server/db/reader-thread';
import { ApiError } from '#server/http/errors';
import { activityJson, type AnswerJob } from './answer';

/** The thread's answer: the activity serialized, or that the request itself was refused (no such activity, not the actor's). */
export type AnswerResult = { json: string } | { refused: true };

/**
 * The answer thread (answer-thread.ts): builds activities' answers on its own read-only connection
 * to the server's SQLite file. Each answer is one snapshot (a read transaction); the write it
 * answers was committed before it was asked for.
 */
const { file } = workerData as { file: string };
const { db } = readerConnection(file);
const port = parentPort;

async function answer(job: AnswerJob & { id: number }): Promise<ThreadAnswer<AnswerResult>> {
  try {
    return { id: job.id, json: await db.transaction().execute((tx) => activityJson(tx, job)) };
  } catch (error) {
    // Its caller builds it again in-process, where the same refusal is thrown with its status.
    if (error instanceof ApiError) return { id: job.id, refused: true };
    return { id: job.id, error: error instanceof Error ? error.message : String(error) };
  }
}

port?.on('message', (job: AnswerJob & { id: number }) => {
  void answer(job).then((reply) => port.postMessage(reply));
});
port?.postMessage({ ready: true });
