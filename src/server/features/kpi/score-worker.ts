import { parentPort, workerData } from 'node:worker_threads';
import type { DateRange } from '#domain/calendar';
import type { KpiProfile } from '#domain/kpi/profile';
import { connectReadonly } from '#server/db/connect';
import { packScores, type PackedScores } from './packed-scores';
import { scoreFromRollups } from './province-scores';

/** A province to score, as the server posts it to the score thread. */
export interface ScoreJob {
  id: number;
  province: string;
  definition: KpiProfile;
  range: DateRange;
}

export type ScoreAnswer = { id: number; packed: PackedScores } | { id: number; error: string };

/**
 * The score thread (score-thread.ts): scores whole provinces on its own read-only connection to
 * the server's SQLite file, so a full recompute (hundreds of ms for the busiest province) holds
 * neither the server's event loop nor its connection. WAL lets it read while the server writes;
 * each job reads one snapshot (a read transaction), and a write landing meanwhile is in the
 * change log the cache patches from afterwards.
 */
const { file } = workerData as { file: string };
const { db } = connectReadonly(file);
const port = parentPort;

async function answer(job: ScoreJob): Promise<ScoreAnswer> {
  try {
    const items = await db.transaction().execute((tx) => scoreFromRollups(tx, job.definition, { within: job.province }, job.range));
    return { id: job.id, packed: packScores(items) };
  } catch (error) {
    return { id: job.id, error: error instanceof Error ? error.message : String(error) };
  }
}

port?.on('message', (job: ScoreJob) => {
  void answer(job).then((reply) => {
    if ('packed' in reply) {
      const p = reply.packed;
      port.postMessage(reply, [p.ids.buffer, p.scores.buffer, p.labels.buffer, p.resultStart.buffer, p.resultOf.buffer] as ArrayBuffer[]);
    } else port.postMessage(reply);
  });
});
port?.postMessage({ ready: true });
