import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { sql } from 'kysely';
import { connectReadonly, type Connection } from './connect';
import type { DbOrTx } from './database';

/**
 * A reader thread's connection to the server's file. Its page cache is kept small: the thread's
 * reads are the latest rows of a few tables, or a province read once and then held in its own
 * memory, and the operating system caches the file for every connection anyway. SQLite's 16 MB
 * each was RSS the server's memory target pays for.
 */
export const readerConnection = (file: string): Connection => connectReadonly(file, { pageCacheKb: 4096 });

/** The file of an SQLite database, or undefined for one in memory (which no other connection can open). */
export async function sqliteFileOf(db: DbOrTx): Promise<string | undefined> {
  const { rows } = await sql<{ name: string; file: string }>`PRAGMA database_list`.execute(db);
  return rows.find((r) => r.name === 'main')?.file || undefined;
}

/** What a reader thread answers a job: its result, or why the thread could not give one. */
export type ThreadAnswer<R> = ({ id: number } & R) | { id: number; error: string };

export interface ReaderThreadOptions {
  /** What the thread is, in errors and logs: "the score thread". */
  name: string;
  /** The thread's module (TypeScript, run through tsx as the server is; else the compiled `.js` beside it). */
  module: URL;
  /** How long one job may take before the thread is taken for hung, and replaced. */
  jobTimeoutMs: number;
  /** A thread with nothing to do for this long is stopped: its heap and page cache are the server's memory too. */
  idleMs: number;
}

interface Pending {
  resolve: (answer: unknown) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

/** Failures in a row (crash, timeout, error) after which the thread is given up and its caller works in-process. */
const mostFailures = 3;

function workerSource(module: URL): { source: string | URL; eval: boolean } {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return { source: new URL(module.href.replace(/\.ts$/, '.js')), eval: false };
  const tsx = pathToFileURL(
    createRequire(here)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  return {
    source: `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(module.href)}); });`,
    eval: true,
  };
}

/**
 * A worker thread that reads the server's SQLite file on a connection of its own, so work that
 * would hold the event loop (a province scored whole, an activity's answer built) runs beside it,
 * on the machine's other core. WAL lets it read while the server writes. Started on the first job,
 * stopped when idle and with the app. A job that fails, or a thread that dies or hangs, rejects:
 * its caller does the work in-process; after a few failures in a row the thread is not started
 * again (`usable`). The thread's module posts `{ ready: true }` once, then one answer per job.
 */
export class ReaderThread<Job, Answer> {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private next = 0;
  private failures = 0;
  private closed = false;
  private unshareable = false;
  private idle: NodeJS.Timeout | undefined;
  private startedWorker: Promise<Worker> | undefined;
  private done = 0;

  constructor(
    private readonly file: () => Promise<string | undefined>,
    private readonly options: ReaderThreadOptions,
    private readonly onFailure: (error: Error) => void = () => undefined,
  ) {}

  /** False once closed or given up (an in-memory database, repeated failures): the caller works in-process. */
  get usable(): boolean {
    return !this.closed && !this.unshareable && this.failures < mostFailures;
  }

  /** How many jobs the thread has answered. */
  get answered(): number {
    return this.done;
  }

  /** Whether a thread is up now, so a job would not wait for one to start. */
  get running(): boolean {
    return this.worker !== undefined;
  }

  /** Whether a thread is up or on its way up (a job or `warm` asked for one). */
  get wanted(): boolean {
    return this.worker !== undefined || this.startedWorker !== undefined;
  }

  /** Starts the thread if it is not up, without a job: the next one finds it ready. */
  warm(): void {
    if (this.usable) this.started().catch(() => undefined);
  }

  /** The thread's answer to one job; rejects when the thread fails it. */
  async ask(job: Job): Promise<Answer> {
    clearTimeout(this.idle);
    const worker = await this.started();
    const id = (this.next += 1);
    const answer = await new Promise<Answer>((resolve, reject) => {
      const timer = setTimeout(
        () => this.fail(new Error(`${this.options.name} took over ${this.options.jobTimeoutMs} ms for a job`)),
        this.options.jobTimeoutMs,
      );
      this.pending.set(id, { resolve: resolve as (answer: unknown) => void, reject, timer });
      worker.postMessage({ ...job, id });
    });
    this.failures = 0;
    this.done += 1;
    this.whenIdle();
    return answer;
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
      throw new Error(`an in-memory database cannot be shared with ${this.options.name}`);
    }
    if (this.closed) throw new Error(`${this.options.name} is closed`);
    const { source, eval: isEval } = workerSource(this.options.module);
    // No inherited flags: tsx registers itself in the thread, and a profiler flag is the server's own.
    // A small young generation: the thread works in bursts and idles, and each MB of it is server RSS.
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
    worker.on('message', (answer: ThreadAnswer<object>) => this.settle(answer));
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', (code) => {
      if (this.worker === worker) this.fail(new Error(`${this.options.name} exited with ${code}`));
    });
    this.worker = worker;
    return worker;
  }

  /** Stops the thread once it has had nothing to do for a while; the next job starts another. */
  private whenIdle(): void {
    if (this.pending.size > 0) return;
    clearTimeout(this.idle);
    this.idle = setTimeout(() => {
      const worker = this.worker;
      if (this.pending.size > 0 || !worker) return;
      this.worker = undefined;
      void worker.terminate();
    }, this.options.idleMs);
    this.idle.unref();
  }

  private settle(answer: ThreadAnswer<object>): void {
    const pending = this.pending.get(answer.id);
    if (!pending) return;
    this.pending.delete(answer.id);
    clearTimeout(pending.timer);
    if ('error' in answer && typeof answer.error === 'string') {
      this.failures += 1;
      pending.reject(new Error(answer.error));
    } else pending.resolve(answer);
  }

  /** Every job in flight is rejected, for its caller to do in-process; the next job starts a fresh thread. */
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
      pending.reject(new Error(`${this.options.name} is closed`));
      this.pending.delete(id);
    }
    await (this.startedWorker?.catch(() => undefined) ?? Promise.resolve());
    await (worker ?? this.worker)?.terminate();
    this.worker = undefined;
  }
}
