import type { DateRange } from '#domain/calendar';
import type { KpiProfile } from '#domain/kpi/profile';
import { ReaderThread } from '#server/db/reader-thread';
import { unpackScores } from './packed-scores';
import type { ScoredPartner } from './province-scores';
import type { ScoreJob, ScoreResult } from './score-worker';

/**
 * Whole provinces scored in a reader thread (score-worker.ts), so a full recompute never holds the
 * server's event loop: on the one embedded connection, every request used to queue behind it. A
 * job that fails, or a thread that dies or hangs, is answered by the caller scoring in-process
 * (`score` rejects).
 */
export class ScoreThread {
  private readonly thread: ReaderThread<ScoreJob, ScoreResult>;
  private scored = 0;

  constructor(file: () => Promise<string | undefined>, onFailure: (error: Error) => void = () => undefined) {
    this.thread = new ReaderThread(
      file,
      {
        name: 'the score thread',
        module: new URL('./score-worker.ts', import.meta.url),
        // Past this the server scores the province itself and starts a new thread.
        jobTimeoutMs: 60_000,
        // Not sooner: it holds the provinces' facts (facts-shelf.ts), and someone trying ranges on a
        // dashboard asks again within minutes; a new thread reads its provinces whole again.
        idleMs: 5 * 60_000,
      },
      onFailure,
    );
  }

  /** How many provinces the thread has scored. */
  get jobs(): number {
    return this.scored;
  }

  /** False once closed or given up (an in-memory database, repeated failures): the caller scores in-process. */
  get usable(): boolean {
    return this.thread.usable;
  }

  /** A whole province scored in the thread; `hold`: keep its facts for the next range (facts-shelf.ts). */
  async score(province: string, definition: KpiProfile, range: DateRange, hold = true): Promise<ScoredPartner[]> {
    const { packed } = await this.thread.ask({ province, definition, range, hold });
    const items = await unpackScores(packed);
    this.scored += 1;
    return items;
  }

  close(): Promise<void> {
    return this.thread.close();
  }
}
