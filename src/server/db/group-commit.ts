import type SQLite from 'better-sqlite3';
import type { ControlledTransaction } from 'kysely';
import type { Database, Db, Tx } from './database';

/** Transactions at most in one commit: the first of them waits for the others' work. */
const batchLimit = 32;

interface Job {
  work: (tx: Tx) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * SQLite's transactions, committed together. A commit writes every page its transaction changed
 * to the WAL, and the reports of one moment share some of theirs (the activities' and trail's
 * last leaves, the province's generation row): a report wrote 32 pages alone, 16 in a group of
 * eight (BENCHMARKS.md, decision 002).
 *
 * The transactions asked for in one turn of the event loop run one after another, each in a
 * savepoint of one transaction, and that one is committed once they are all done. Each still
 * stands alone: one that fails is rolled back to its savepoint and fails at once, the others go
 * on; none is answered before the commit that makes it durable, and if that commit fails, so do
 * they all. Nothing else reads the connection meanwhile (the batch holds it, as a transaction
 * does), so no one sees a batch's writes before its commit.
 */
export class GroupCommit {
  readonly #db: Db;
  // Straight on the driver: through Kysely each savepoint statement cost what grouping saved.
  readonly #savepoint: SQLite.Statement;
  readonly #release: SQLite.Statement;
  readonly #rollBack: SQLite.Statement;
  readonly #waiting: Job[] = [];
  #scheduled = false;

  constructor(db: Db, sqlite: SQLite.Database) {
    this.#db = db;
    this.#savepoint = sqlite.prepare('SAVEPOINT grouped');
    this.#release = sqlite.prepare('RELEASE grouped');
    this.#rollBack = sqlite.prepare('ROLLBACK TO grouped');
  }

  run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#waiting.push({ work, resolve: resolve as (value: unknown) => void, reject });
      this.#schedule();
    });
  }

  #schedule(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    // After the I/O callbacks of this turn: the requests that arrived together commit together.
    setImmediate(() => void this.#commitWaiting());
  }

  async #commitWaiting(): Promise<void> {
    const batch = this.#waiting.splice(0, batchLimit);
    const done: { job: Job; value: unknown }[] = [];
    let trx: ControlledTransaction<Database> | undefined;
    try {
      trx = await this.#db.startTransaction().execute();
      for (const [index, job] of batch.entries()) {
        // The first needs no savepoint: were it to fail, nothing else is in the transaction yet.
        // A lone transaction (an import of thousands of rows) so keeps no undo journal of its own.
        const first = index === 0;
        if (!first) this.#savepoint.run();
        let value: unknown;
        try {
          value = await job.work(trx);
        } catch (error) {
          if (first) {
            await trx.rollback().execute();
            trx = undefined;
            job.reject(error);
            // The others start afresh, first in line.
            this.#waiting.unshift(...batch.slice(1));
            return;
          }
          // Where SQLite has rolled back the whole transaction itself (a full disk), this throws,
          // and the batch fails.
          this.#rollBack.run();
          this.#release.run();
          job.reject(error);
          continue;
        }
        if (!first) this.#release.run();
        done.push({ job, value });
      }
      await trx.commit().execute();
      trx = undefined;
      for (const { job, value } of done) job.resolve(value);
    } catch (error) {
      if (trx)
        await trx
          .rollback()
          .execute()
          .catch(() => undefined);
      // Done ones were never durable and the rest never ran. A promise settles once: a job that
      // already failed on its own keeps its own error.
      for (const job of batch) job.reject(error);
    } finally {
      this.#scheduled = false;
      if (this.#waiting.length > 0) this.#schedule();
    }
  }
}

const groups = new WeakMap<Db, GroupCommit>();

/** The embedded database's new transactions are committed together from now on. */
export function commitTogether(db: Db, sqlite: SQLite.Database): void {
  groups.set(db, new GroupCommit(db, sqlite));
}

/** How a connection commits transactions together, if it does (not PostgreSQL, whose pool runs them side by side). */
export const groupCommitOf = (db: Db): GroupCommit | undefined => groups.get(db);
