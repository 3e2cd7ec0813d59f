import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DateRange } from '#domain/calendar';
import type { KpiProfile } from '#domain/kpi/profile';
import { unpackScores, type PackedScores } from './packed-scores';
import type { ScoredPartner } from './province-scores';
import type { ScoreAnswer, ScoreJob } from './score-worker';

interface Pending {
  resolve: (packed: PackedScores) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

/** How long a province may take in the thread before the server scores it itself and starts a new thread. */
const jobTimeoutMs = 60_000;
/**
 * A thread with nothing to do for this long is stopped: its heap and page cache are the server's
 * memory too. Not sooner: it holds the provinces' facts (facts-shelf.ts), and someone trying
 * ranges on a dashboard asks again within minutes; a new thread reads its provinces whole again.
 */
const idleMs = 5 * 60_000;
/** Failures in a row (crash, timeout, error) after which the thread is given up and the server scores in-process. */
const mostFailures = 3;

/** The thread's code: TypeScript run through tsx (as the server itself is), or the compiled file beside this one. */
function workerSource(): { source: string | URL; eval: boolean } {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return { source: new URL('./score-worker.js', here), eval: false };
  const tsx = pathToFileURL(
    createRequire(here)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const worker = new URL('./score-worker.ts', here).href;
  return {
    source: `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(worker)}); });`,
    eval: true,
  };
}

/**
 * Scores whole provinces in a worker thread with its own read-only connection to the SQLite file
 * (score-worker.ts), so a full recompute never holds the server's event loop: on the one embedded
 * connection, every request used to queue behind it. Started on the first job, stopped with the
 * app. A job that fails, or a thread that dies or hangs, is answered by the caller scoring
 * in-process (`score` rejects); after a few failures in a row the thread is not started again.
 */
export class ScoreThread {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private next = 0;
  private failures = 0;
  private closed = false;
  private unshareable = false;
  private scored = 0;
  private idle: NodeJS.Timeout | undefined;
  private startedWorker: Promise<Worker> | undefined;

  constructor(
    private readonly file: () => Promise<string | undefined>,
    private readonly onFailure: (error: Error) => void = () => undefined,
  ) {}

  /** How many provinces the thread has scored. */
  get jobs(): number {
    return this.scored;
  }

  /** False once closed or given up (an in-memory database, repeated failures): the caller scores in-process. */
  get usable(): boolean {
    return !this.closed && !this.unshareable && this.failures < mostFailures;
  }

  /** A whole province scored in the thread; `hold`: keep its facts for the next range (facts-shelf.ts). */
  async score(province: string, definition: KpiProfile, range: DateRange, hold = true): Promise<ScoredPartner[]> {
    clearTimeout(this.idle);
    const worker = await this.started();
    const id = (this.next += 1);
    const job: ScoreJob = { id, province, definition, range, hold };
    const packed = await new Promise<PackedScores>((resolve, reject) => {
      const timer = setTimeout(
        () => this.fail(new Error(`scoring ${province} in the score thread took over ${jobTimeoutMs} ms`)),
        jobTimeoutMs,
      );
      this.pending.set(id, { resolve, reject, timer });
      worker.postMessage(job);
    });
    this.whenIdle();
    const items = await unpackScores(packed);
    this.failures = 0;
    this.scored += 1;
    return items;
  }

  private started(): Promise<Worker> {
    if (this.worker) return Promise.resolve(this.worker);
    this.startedWorker ??= this.spawn()
      .catch((error: unknown) => {
        if (!this.unshareable) this.fail(error instanceof Error ? error : new Error(String(error)));
        throw error;
      })
      .finally(() => (this.startedWorker = undefined));
    return this.startedWorker;
  }

  private async spawn(): Promise<Worker> {
    const file = await this.file();
    if (!file) {
      this.unshareable = true;
      throw new Error('an in-memory database cannot be shared with a score thread');
    }
    if (this.closed) throw new Error('the score thread is closed');
    const { source, eval: isEval } = workerSource();
    // No inherited flags: tsx registers itself in the thread, and a profiler flag is the server's own.
    // A small young generation: the thread scores in bursts and idles, and each MB of it is server RSS.
    const worker = new Worker(source, {
      eval: isEval,
      workerData: { file },
      execArgv: [],
      resourceLimits: { maxYoungGenerationSizeMb: 8 },
    });
    // Never what keeps a process alive: the app closes it, and a forgotten one must not hang a test run.
    worker.unref();
    await new Promise<void>((resolve, reject) => {
      const failed = (error: Error) => reject(error);
      worker.once('error', failed);
      worker.once('message', () => {
        worker.off('error', failed);
        resolve();
      });
    });
    worker.on('message', (answer: ScoreAnswer) => this.settle(answer));
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', (code) => {
      if (this.worker === worker) this.fail(new Error(`the score thread exited with ${code}`));
    });
    this.worker = worker;
    return worker;
  }

  /** Stops the thread once it has had nothing to do for a while; the next full recompute starts another. */
  private whenIdle(): void {
    if (this.pending.size > 0) return;
    clearTimeout(this.idle);
    this.idle = setTimeout(() => {
      const worker = this.worker;
      if (this.pending.size > 0 || !worker) return;
      this.worker = undefined;
      void worker.terminate();
    }, idleMs);
    this.idle.unref();
  }

  private settle(answer: ScoreAnswer): void {
    const pending = this.pending.get(answer.id);
    if (!pending) return;
    this.pending.delete(answer.id);
    clearTimeout(pending.timer);
    if ('error' in answer) {
      this.failures += 1;
      pending.reject(new Error(answer.error));
    } else pending.resolve(answer.packed);
  }

  /** Every job in flight is answered in-process by its caller; the next job starts a fresh thread. */
  private fail(error: Error): void {
    this.failures += 1;
    this.onFailure(error);
    const worker = this.worker;
    this.worker = undefined;
    if (worker) void worker.terminate();
    for (const [id, pending] of this.pending) {
      clearTimeout(pending.timer);
      pending.reject(error);
      this.pending.delete(id);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.idle);
    const worker = this.worker;
    this.worker = undefined;
    for (const [id, pending] of this.pending) {
      clearTimeout(pending.timer);
      pending.reject(new Error('the score thread is closed'));
      this.pending.delete(id);
    }
    await (this.startedWorker?.catch(() => undefined) ?? Promise.resolve());
    await (worker ?? this.worker)?.terminate();
    this.worker = undefined;
  }
}
