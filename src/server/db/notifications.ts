import pg from 'pg';
import type { DbOrTx } from './database';

/** What a listener is told: every notice, and when notices start and stop reaching it. */
export interface NoticeListener {
  /** LISTEN is in force: from now on no notice is missed (until `onLost`). */
  onListening(): void;
  onNotice(payload: string): void;
  /** The connection dropped: notices sent from now until the next `onListening` are lost. */
  onLost(): void;
  /** Stopped for good (the database was closed). */
  onClosed?(): void;
}

/** Waits between attempts to listen again, growing up to the last. */
const retryMs = [250, 1_000, 5_000, 30_000];

/**
 * PostgreSQL's LISTEN, each listener on a connection of its own: a pooled connection is handed to
 * other queries and would drop the LISTEN. A dropped connection is opened again, and the listener
 * is told in between that it may have missed notices.
 */
export class PgNotices {
  private readonly stops = new Set<() => Promise<void>>();

  constructor(private readonly connectionString: string) {}

  listen(channel: string, listener: NoticeListener): () => Promise<void> {
    let client: pg.Client | undefined;
    let stopped = false;
    let attempt = 0;
    let retry: NodeJS.Timeout | undefined;
    const again = () => {
      if (stopped || retry) return;
      retry = setTimeout(
        () => {
          retry = undefined;
          void open();
        },
        retryMs[Math.min(attempt, retryMs.length - 1)],
      );
      attempt += 1;
    };
    const lost = (c: pg.Client) => {
      if (client !== c) return;
      client = undefined;
      listener.onLost();
      c.end().catch(() => undefined);
      again();
    };
    const open = async () => {
      const c = new pg.Client({ connectionString: this.connectionString });
      client = c;
      c.on('notification', (n) => {
        if (n.channel === channel && n.payload !== undefined) listener.onNotice(n.payload);
      });
      c.on('error', () => lost(c));
      c.on('end', () => lost(c));
      try {
        await c.connect();
        await c.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
        if (stopped || client !== c) return;
        attempt = 0;
        listener.onListening();
      } catch {
        lost(c);
      }
    };
    const stop = async () => {
      stopped = true;
      clearTimeout(retry);
      this.stops.delete(stop);
      const c = client;
      client = undefined;
      listener.onClosed?.();
      await c?.end().catch(() => undefined);
    };
    this.stops.add(stop);
    void open();
    return stop;
  }

  async close(): Promise<void> {
    await Promise.all([...this.stops].map((stop) => stop()));
  }
}

const notices = new WeakMap<object, PgNotices>();

/** Gives a PostgreSQL database its notices (connect.ts); closed with the connection. */
export function attachNotices(db: DbOrTx, n: PgNotices): void {
  notices.set(db, n);
}

/** The notices of a PostgreSQL database; undefined on SQLite, and inside a transaction. */
export const noticesOf = (db: DbOrTx): PgNotices | undefined => notices.get(db);
