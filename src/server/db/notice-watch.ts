import type { DbOrTx } from './database';
import { noticesOf, type NoticeListener } from './notifications';

/** How long a value raised here may go unannounced before its key is read from the table again. */
const awaitedForMs = 5_000;

/**
 * Numbers kept per key in a PostgreSQL table that only grow (a province's KPI generation, the
 * latest KPI profile of a code), held in memory from the notices a trigger on the table sends as
 * `key:number` on every commit, so a cached answer needs no round trip to learn that it is still
 * current. Until LISTEN is in force and the table has been read once, and whenever the
 * connection is lost, the answer is "not known here": the caller reads the table.
 *
 * A number this process raised is not trusted to memory until its own notice comes back: its
 * commit and the notice travel on different connections, and a user who just saved a report must
 * see it in the next read. Another instance's write is seen once its notice arrives
 * (milliseconds after its commit).
 */
export class NoticeWatch {
  private readonly known = new Map<string, number>();
  private readonly awaited = new Map<string, { value: number; until: number }>();
  private live = false;
  /** Raised by every change of listening, so a read of the table begun before one is not trusted after it. */
  private epoch = 0;
  private answered = 0;

  constructor(
    private readonly channel: string,
    private readonly readAll: () => Promise<{ key: string; value: number }[]>,
    listen: (listener: NoticeListener) => () => Promise<void>,
    private readonly now: () => number = () => performance.now(),
  ) {
    // Stopped with its database's notices (connect.ts closes them).
    listen({
      onListening: () => void this.load((this.epoch += 1)),
      onNotice: (payload) => this.notice(payload),
      onLost: () => this.lose(),
      onClosed: () => {
        this.lose();
        running.get(this.channel)?.delete(this);
      },
    });
  }

  /** How many reads were answered from memory. */
  get answers(): number {
    return this.answered;
  }

  get listening(): boolean {
    return this.live;
  }

  /** The numbers of these keys (0: none yet), or undefined when one of them must be read from the table. */
  valuesOf(keys: readonly string[]): Map<string, number> | undefined {
    if (!this.live) return undefined;
    for (const key of keys) {
      const awaited = this.awaited.get(key);
      if (!awaited) continue;
      if (this.now() < awaited.until) return undefined;
      // Its transaction rolled back, or the notice was lost with a connection: the table says.
      this.awaited.delete(key);
      return undefined;
    }
    this.answered += 1;
    return new Map(keys.map((k) => [k, this.known.get(k) ?? 0]));
  }

  /** This process raised a key to this number: its reads go to the table until the notice of it arrives. */
  raised(key: string, value: number): void {
    // Outside a transaction the raise commits as it runs, and its notice may be here already.
    if ((this.known.get(key) ?? 0) >= value) return;
    const before = this.awaited.get(key);
    this.awaited.set(key, { value: Math.max(value, before?.value ?? 0), until: this.now() + awaitedForMs });
  }

  private lose(): void {
    this.epoch += 1;
    this.live = false;
  }

  private notice(payload: string): void {
    const at = payload.lastIndexOf(':');
    const key = payload.slice(0, at);
    const value = Number(payload.slice(at + 1));
    if (at <= 0 || !Number.isSafeInteger(value)) return;
    this.known.set(key, Math.max(value, this.known.get(key) ?? 0));
    const awaited = this.awaited.get(key);
    if (awaited && value >= awaited.value) this.awaited.delete(key);
  }

  private async load(epoch: number): Promise<void> {
    try {
      const rows = await this.readAll();
      if (epoch !== this.epoch) return;
      // Notices that arrived while the table was read are newer or equal: the larger wins.
      for (const r of rows) this.known.set(r.key, Math.max(Number(r.value), this.known.get(r.key) ?? 0));
      this.live = true;
    } catch {
      // Not live: reads go to the table, and the next time listening starts the table is read again.
    }
  }
}

const watches = new WeakMap<object, Map<string, NoticeWatch>>();
// Every watch of this process by channel: a number raised on any connection is awaited by all of them.
const running = new Map<string, Set<NoticeWatch>>();

/**
 * The watch of a channel of a PostgreSQL database, started on first use with the table read by
 * `readAll`; undefined on SQLite (one process, no channels) and inside a transaction.
 */
export function noticeWatchOf(
  db: DbOrTx,
  channel: string,
  readAll: () => Promise<{ key: string; value: number }[]>,
): NoticeWatch | undefined {
  const kept = watches.get(db)?.get(channel);
  if (kept) return kept;
  const notices = noticesOf(db);
  if (!notices) return undefined;
  const watch = new NoticeWatch(channel, readAll, (listener) => notices.listen(channel, listener));
  const ofDb = watches.get(db) ?? new Map<string, NoticeWatch>();
  ofDb.set(channel, watch);
  watches.set(db, ofDb);
  const ofChannel = running.get(channel) ?? new Set<NoticeWatch>();
  ofChannel.add(watch);
  running.set(channel, ofChannel);
  return watch;
}

/** Tells every watch of this channel in this process that a key was raised to this number here. */
export function raisedHere(channel: string, key: string, value: number): void {
  for (const watch of running.get(channel) ?? []) watch.raised(key, value);
}
