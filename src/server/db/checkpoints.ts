import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { sql } from 'kysely';
import type { Connection } from './connect';
import type { Db } from './database';

/**
 * The thread's code, plain JavaScript so the thread needs no TypeScript loader (one with tsx
 * costs the server ~20 MB). On a connection of its own it copies committed WAL frames into the
 * database file: a passive checkpoint waits for no one, copying what no reader still needs.
 * It tells the server only when something moved.
 */
const threadCode = `
const { parentPort, workerData } = require('node:worker_threads');
const SQLite = require(workerData.driver);
const db = new SQLite(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = 5000');
const checkpoint = db.prepare('PRAGMA wal_checkpoint(PASSIVE)');
let last = '';
const round = setInterval(() => {
  const row = checkpoint.get();
  const now = row.log + '|' + row.checkpointed;
  if (now !== last && row.checkpointed > 0) parentPort.postMessage({ checkpointed: row.checkpointed });
  last = now;
}, workerData.everyMs);
parentPort.on('message', (message) => {
  if (message !== 'stop') return;
  clearInterval(round);
  db.close();
  parentPort.close();
});
parentPort.postMessage({ ready: true });
`;

/** WAL pages past which a commit checkpoints: SQLite's own threshold, and the one while the thread copies. */
const sqliteDefault = 1_000;
const whileThreadRuns = 8_000;

const commitsCheckpointAt = (db: Db, pages: number) => sql`PRAGMA wal_autocheckpoint = ${sql.raw(String(pages))}`.execute(db);

/**
 * Checkpoints the server's SQLite WAL in a worker thread, every `everyMs`. SQLite's own
 * checkpoint runs inside the commit that crosses 1,000 pages, on the committing connection,
 * copying those pages and then waiting for an fsync of the database file: on a busy or shared
 * disk that commit took up to 918 ms, and every request waited behind it on the server's one
 * connection (the `/api/health` stalls of BENCHMARKS.md, issue 13). With the thread copying and
 * syncing as frames arrive, the commit's own checkpoint finds them done and little to sync. It
 * stays on: it is what lets the WAL start again from its beginning (a checkpoint by another
 * connection seldom finds the moment no write is under way, and the WAL then grows).
 *
 * While the thread runs, the commits' own checkpoint comes at 8,000 pages (32 MB of WAL), not
 * 1,000. Under a steady stream of reports the WAL never started again between the thread's
 * rounds, so past 1,000 pages every commit checkpointed on the event loop: eight times a second,
 * each copying what the thread had not yet and syncing twice (reports/s at eight clients, median
 * of three: 733 at 1,000 pages, 860 at 8,000; BENCHMARKS.md). The thread is at most a round
 * (200 ms of commits) behind, so the commit's checkpoint still finds most of its pages copied.
 */
export class CheckpointThread {
  private worker: Worker | undefined;
  private copied = 0;

  private constructor(
    private readonly db: Db,
    private readonly onFailure: (error: Error) => void,
  ) {}

  static async start(connection: Connection, onFailure: (error: Error) => void, everyMs = 200): Promise<CheckpointThread> {
    const file = connection.file;
    if (!file) throw new Error('only an SQLite file has a WAL to checkpoint');
    const thread = new CheckpointThread(connection.db, onFailure);
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    const worker = new Worker(threadCode, { eval: true, workerData: { file, everyMs, driver }, execArgv: [] });
    // Never what keeps a process alive: the server stops it, and a forgotten one must not hang a test run.
    worker.unref();
    await new Promise<void>((resolve, reject) => {
      worker.once('error', reject);
      worker.once('message', () => {
        worker.off('error', reject);
        resolve();
      });
    });
    worker.on('message', (m: { checkpointed?: number }) => {
      if (typeof m.checkpointed === 'number') thread.copied += 1;
    });
    worker.on('error', (error) => thread.lost(error));
    worker.on('exit', (code) => thread.lost(new Error(`the checkpoint thread exited (${code})`)));
    thread.worker = worker;
    await commitsCheckpointAt(connection.db, whileThreadRuns);
    return thread;
  }

  /** How many rounds of the thread copied frames into the database file. */
  get checkpoints(): number {
    return this.copied;
  }

  async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (!worker) return;
    const exited = new Promise((resolve) => worker.once('exit', resolve));
    worker.postMessage('stop');
    await exited;
    await commitsCheckpointAt(this.db, sqliteDefault);
  }

  /** The commits' own checkpoints carry on alone, as without the thread. */
  private lost(error: Error): void {
    if (!this.worker) return;
    this.worker = undefined;
    this.onFailure(error);
    commitsCheckpointAt(this.db, sqliteDefault).catch((e: unknown) => this.onFailure(e instanceof Error ? e : new Error(String(e))));
  }
}
