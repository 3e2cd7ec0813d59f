interface Entry<T> {
  generation: number;
  items: T[];
}

interface Flight<T> {
  generation: number;
  promise: Promise<T[]>;
}

/**
 * Brings a kept answer computed at generation `since` up to date, on a copy, or answers undefined
 * when it cannot (the change log no longer reaches back that far): the cache then computes afresh.
 */
export type Refresh<T> = (stale: readonly T[], since: number) => Promise<T[] | undefined>;

/**
 * Scored partners per (province, range, profile version), valid while the province's KPI
 * generation has not moved. Each server instance keeps its own; the generations live in the
 * database, so every instance notices every write. Bounded by the number of partners held,
 * least recently used first out.
 *
 * An answer whose generation moved is kept as the base of the next one: `refresh` re-scores only
 * the partners the writes moved and patches a copy (decision 007), so a write costs one partner's
 * rescoring, not a province's. The kept array itself is never changed: a request still reading it
 * (or a summary keyed by it) sees a consistent province.
 *
 * Requests that ask for the same key and generation while it is being computed share that one
 * computation: after a write, a dashboard's summary, children and ranking arrive together and
 * would otherwise each score the same province. A computation that fails is not kept; the next
 * request starts again.
 */
export class ProvinceScoreCache<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private readonly flights = new Map<string, Flight<T>>();
  private held = 0;
  private started = 0;
  private patched = 0;

  constructor(private readonly maxPartners = 250_000) {}

  /** How many full computations have started: a cached, shared or patched answer starts none. */
  get computations(): number {
    return this.started;
  }

  /** How many kept answers were brought up to date by re-scoring only what changed. */
  get patches(): number {
    return this.patched;
  }

  /**
   * The items of a key at a generation: kept, being computed, patched from an older answer by
   * `refresh`, or computed now by `compute`.
   */
  items(key: string, generation: number, compute: () => Promise<T[]>, refresh?: Refresh<T>): Promise<T[]> {
    const kept = this.get(key, generation);
    if (kept) return Promise.resolve(kept);
    const flight = this.flights.get(key);
    if (flight?.generation === generation) return flight.promise;

    const base = this.entries.get(key);
    const work = refresh && base && base.generation < generation ? this.patchOr(base, refresh, compute) : this.fresh(compute);
    // Only the latest flight of a key lands: one started for an older generation is stale.
    const ours = () => this.flights.get(key)?.promise === promise;
    const promise = work.then(
      (items) => {
        if (ours()) {
          this.flights.delete(key);
          this.set(key, generation, items);
        }
        return items;
      },
      (error: unknown) => {
        if (ours()) this.flights.delete(key);
        throw error;
      },
    );
    this.flights.set(key, { generation, promise });
    return promise;
  }

  private fresh(compute: () => Promise<T[]>): Promise<T[]> {
    this.started += 1;
    return Promise.resolve().then(compute);
  }

  private async patchOr(base: Entry<T>, refresh: Refresh<T>, compute: () => Promise<T[]>): Promise<T[]> {
    const patched = await refresh(base.items, base.generation);
    if (patched === undefined) return this.fresh(compute);
    this.patched += 1;
    return patched;
  }

  /** The kept items of a key if they are of this generation; an older answer stays as a base for patching. */
  get(key: string, generation: number): T[] | undefined {
    const entry = this.entries.get(key);
    if (entry?.generation !== generation) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.items;
  }

  set(key: string, generation: number, items: T[]): void {
    const old = this.entries.get(key);
    if (old) {
      this.held -= old.items.length;
      this.entries.delete(key);
    }
    this.entries.set(key, { generation, items });
    this.held += items.length;
    for (const [k, e] of this.entries) {
      if (this.held <= this.maxPartners || k === key) break;
      this.entries.delete(k);
      this.held -= e.items.length;
    }
  }

  clear(): void {
    this.entries.clear();
    this.flights.clear();
    this.held = 0;
  }
}
