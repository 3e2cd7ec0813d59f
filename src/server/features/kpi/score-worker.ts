import { parentPort, workerData } from 'node:worker_threads';
import type { DateRange } from '#domain/calendar';
import type { KpiProfile } from '#domain/kpi/profile';
import { readerConnection, type ThreadAnswer } from '#server/db/reader-thread';
import { FactsShelf } from './facts-shelf';
import { packScores, ScorePacker, type PackedScores } from './packed-scores';
import { scoreFromRollups, scoreHeldFacts } from './province-scores';

/** A province to score, as the server posts it to the score thread. */
export interface ScoreJob {
  province: string;
  definition: KpiProfile;
  range: DateRange;
  /** The province was asked for itself (not as a part of the country): its facts are read to be held. */
  hold: boolean;
}

export interface ScoreResult {
  packed: PackedScores;
}

/**
 * The score thread (score-thread.ts): scores whole provinces on its own read-only connection to
 * the server's SQLite file, so a full recompute (hundreds of ms for the busiest province) holds
 * neither the server's event loop nor its connection. WAL lets it read while the server writes;
 * each job reads one snapshot (a read transaction), and a write landing meanwhile is in the
 * change log the cache patches from afterwards.
 */
const { file } = workerData as { file: string };
const { db } = readerConnection(file);
const port = parentPort;
// The provinces' facts, kept between jobs: a range no one asked before is summed from memory.
const shelf = new FactsShelf();

async function answer(job: ScoreJob & { id: number }): Promise<ThreadAnswer<ScoreResult>> {
  try {
    const packed = await db.transaction().execute(async (tx) => {
      const held = await shelf.factsFor(tx, job.province, job.range, job.hold);
      if (!held) return packScores(await scoreFromRollups(tx, job.definition, { within: job.province }, job.range));
      // Packed as scored: no list of 13,000 objects in between.
      const packer = new ScorePacker(held.partners.length, job.definition.indicators.length);
      scoreHeldFacts(job.definition, held, job.range, (item) => packer.add(item));
      return packer.packed();
    });
    return { id: job.id, packed };
  } catch (error) {
    return { id: job.id, error: error instanceof Error ? error.message : String(error) };
  }
}

// One job at a time: two interleaved at their queries would patch the same held facts twice.
let queue: Promise<unknown> = Promise.resolve();
port?.on('message', (job: ScoreJob & { id: number }) => {
  queue = queue
    .then(() => answer(job))
    .then((reply) => {
      if ('packed' in reply) {
        const p = reply.packed;
        port.postMessage(reply, [p.ids.buffer, p.scores.buffer, p.labels.buffer, p.resultStart.buffer, p.resultOf.buffer] as ArrayBuffer[]);
      } else port.postMessage(reply);
    });
});
port?.postMessage({ ready: true });
