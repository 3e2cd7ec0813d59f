import type { DbOrTx } from '#server/db/database';
import { noticesOf, type NoticeListener } from '#server/db/notifications';

/** How long a generation raised here may go unannounced before its province is read from the table again. */
const awaitedForMs = 5_000;

/**
 * A PostgreSQL database's KPI generations, kept in memory from the notices the table's trigger
 * sends on every commit (migration 0024), so a cached dashboard needs no round trip to learn
 * that it is still current. Until LISTEN is in force and the table has been read once, and
 * whenever the connection is lost, the answer is "not known here": the caller reads the table.
 *
 * A generation this process raised is not trusted to memory until its own notice comes back:
 * its commit and the notice travel on different connections, and a user who just saved a report
 * must see it in the next read. Another instance's write is seen once its notice arrives
 * (milliseconds after its commit).
 */
export class GenerationWatch {
  private readonly known = new Map<string, number>();
  private readonly awaited = new Map<string, { generation: number; until: number }>();
  private live = false;
  /** Raised by every change of listening, so a read of the table begun before one is not trusted after it. */
  private epoch = 0;
  private answered = 0;
  readonly stop: () => Promise<void>;

  constructor(
    private readonly readAll: () => Promise<{ province_code: string; generation: number }[]>,
    listen: (listener: NoticeListener) => () => Promise<void>,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.stop = listen({
      onListening: () => void this.load((this.epoch += 1)),
      onNotice: (payload) => this.notice(payload),
      onLost: () => this.lose(),
      onClosed: () => {
        this.lose();
        running.delete(this);
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

  /** The generations of these provinces, or undefined when one of them must be read from the table. */
  generationsOf(provinces: readonly string[]): Map<string, number> | undefined {
    if (!this.live) return undefined;
    for (const province of provinces) {
      const awaited = this.awaited.get(province);
      if (!awaited) continue;
      if (this.now() < awaited.until) return undefined;
      // Its transaction rolled back, or the notice was lost with a connection: the table says.
      this.awaited.delete(province);
      return undefined;
    }
    this.answered += 1;
    return new Map(provinces.map((p) => [p, this.known.get(p) ?? 0]));
  }

  /** This process raised a province to this generation: its reads go to the table until the notice of it arrives. */
  raised(province: string, generation: number): void {
    // Outside a transaction the raise commits as it runs, and its notice may be here already.
    if ((this.known.get(province) ?? 0) >= generation) return;
    const before = this.awaited.get(province);
    this.awaited.set(province, { generation: Math.max(generation, before?.generation ?? 0), until: this.now() + awaitedForMs });
  }

  private lose(): void {
    this.epoch += 1;
    this.live = false;
  }

  private notice(payload: string): void {
    const at = payload.lastIndexOf(':');
    const province = payload.slice(0, at);
    const generation = Number(payload.slice(at + 1));
    if (at <= 0 || !Number.isSafeInteger(generation)) return;
    this.known.set(province, Math.max(generation, this.known.get(province) ?? 0));
    const awaited = this.awaited.get(province);
    if (awaited && generation >= awaited.generation) this.awaited.delete(province);
  }

  private async load(epoch: number): Promise<void> {
    try {
      const rows = await this.readAll();
      if (epoch !== this.epoch) return;
      // Notices that arrived while the table was read are newer or equal: the larger wins.
      for (const r of rows) this.known.set(r.province_code, Math.max(Number(r.generation), this.known.get(r.province_code) ?? 0));
      this.live = true;
    } catch {
      // Not live: reads go to the table, and the next time listening starts the table is read again.
    }
  }
}

const watches = new WeakMap<object, GenerationWatch>();
// Every watch of this process: a generation raised on any connection is awaited by all of them.
const running = new Set<GenerationWatch>();

/** The generation watch of a PostgreSQL database, started on first use; undefined on SQLite and in a transaction. */
export function watchOf(db: DbOrTx): GenerationWatch | undefined {
  const kept = watches.get(db);
  if (kept) return kept;
  const notices = noticesOf(db);
  if (!notices) return undefined;
  const watch = new GenerationWatch(
    () => db.selectFrom('kpi_generations').selectAll().execute(),
    (listener) => notices.listen('kpi_generation', listener),
  );
  watches.set(db, watch);
  running.add(watch);
  return watch;
}

/** Tells every watch of this process that a province was raised to this generation here. */
export function raisedHere(province: string, generation: number): void {
  for (const watch of running) watch.raised(province, generation);
}
