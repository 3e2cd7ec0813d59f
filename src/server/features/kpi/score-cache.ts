interface Entry<T> {
  generation: number;
  items: T[];
}

interface Flight<T> {
  generation: number;
  promise: Promise<T[]>;
  /** When the flight turned out to need a full computation, on the cache's clock; undefined while it patches. */
  fullSince?: number;
  /** Settles with the kept answer the moment the flight turns into a full computation (never, for a patch). */
  turnedFull: Promise<T[]>;
}

/**
 * Brings a kept answer computed at generation `since` up to date, on a copy, or answers undefined
 * when it cannot (the change log no longer reaches back that far): the cache then computes afresh.
 */
export type Refresh<T> = (stale: readonly T[], since: number) => Promise<T[] | undefined>;

export interface ScoreCacheOptions {
  /** Partners' scores held at most, least recently used first out. */
  maxPartners?: number;
  /**
   * While a full computation runs, how long after it began the previous answer of its key (an
   * older generation) is served instead of waiting; 0: never served.
   */
  staleForMs?: number;
  /** The clock `staleForMs` is read on (tests move it by hand). */
  now?: () => number;
}

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
 * One flight per key: requests for the generation being computed share it (after a write, a
 * dashboard's summary, children and ranking arrive together); a request for a newer generation
 * waits for it and patches on top, so writes arriving during a full computation never start
 * another one. While a full computation runs, the previous answer is served for `staleForMs`
 * from its start, then requests wait for the fresh one. A computation that fails is not kept; the
 * next request starts again.
 */
export class ProvinceScoreCache<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private readonly flights = new Map<string, Flight<T>>();
  private readonly maxPartners: number;
  private readonly staleForMs: number;
  private readonly now: () => number;
  private held = 0;
  private started = 0;
  private patched = 0;
  private servedStale = 0;

  constructor(options: ScoreCacheOptions = {}) {
    this.maxPartners = options.maxPartners ?? 250_000;
    this.staleForMs = options.staleForMs ?? 0;
    this.now = options.now ?? (() => performance.now());
  }

  /** How many full computations have started: a cached, shared or patched answer starts none. */
  get computations(): number {
    return this.started;
  }

  /** How many kept answers were brought up to date by re-scoring only what changed. */
  get patches(): number {
    return this.patched;
  }

  /** How many requests were answered with the previous answer while a full computation ran. */
  get staleAnswers(): number {
    return this.servedStale;
  }

  /**
   * The items of a key at a generation: kept (or newer), being computed, patched from an older
   * answer by `refresh`, or computed now by `compute`.
   */
  items(key: string, generation: number, compute: () => Promise<T[]>, refresh?: Refresh<T>): Promise<T[]> {
    const kept = this.entries.get(key);
    // A kept answer newer than asked is fresher than the request's own read of the generations.
    if (kept && kept.generation >= generation) return Promise.resolve(this.touch(key, kept).items);
    const flight = this.flights.get(key);
    if (flight) {
      if (flight.generation >= generation || this.servesStale(flight, kept)) return this.join(flight, kept);
      // Behind the flight under way: once it lands, patch from its answer (a few partners at most).
      const again = () => this.items(key, generation, compute, refresh);
      return flight.promise.then(again, again);
    }
    return this.start(key, generation, kept, compute, refresh);
  }

  private start(key: string, generation: number, base: Entry<T> | undefined, compute: () => Promise<T[]>, refresh?: Refresh<T>) {
    let offerStale: (items: T[]) => void = () => undefined;
    const flight: Flight<T> = { generation, promise: Promise.resolve([]), turnedFull: new Promise((resolve) => (offerStale = resolve)) };
    const full = (): Promise<T[]> => {
      this.started += 1;
      flight.fullSince = this.now();
      if (base) offerStale(base.items);
      return Promise.resolve().then(compute);
    };
    const work =
      refresh && base
        ? refresh(base.items, base.generation).then((patched) => {
            if (patched === undefined) return full();
            this.patched += 1;
            return patched;
          })
        : full();
    flight.promise = work.then(
      (items) => {
        if (this.flights.get(key) === flight) {
          this.flights.delete(key);
          this.set(key, generation, items);
        }
        return items;
      },
      (error: unknown) => {
        if (this.flights.get(key) === flight) this.flights.delete(key);
        throw error;
      },
    );
    this.flights.set(key, flight);
    return this.join(flight, base);
  }

  /** The flight's answer; or the kept one as soon as the flight turns out to be a full computation. */
  private join(flight: Flight<T>, kept: Entry<T> | undefined): Promise<T[]> {
    if (!kept || this.staleForMs <= 0) return flight.promise;
    if (flight.fullSince === undefined) return Promise.race([flight.promise, flight.turnedFull.then(() => this.stale(kept))]);
    return this.servesStale(flight, kept) ? Promise.resolve(this.stale(kept)) : flight.promise;
  }

  /** A full computation began less than `staleForMs` ago and there is a previous answer to serve meanwhile. */
  private servesStale(flight: Flight<T>, kept: Entry<T> | undefined): kept is Entry<T> {
    return kept !== undefined && flight.fullSince !== undefined && this.now() - flight.fullSince < this.staleForMs;
  }

  private stale(kept: Entry<T>): T[] {
    this.servedStale += 1;
    return kept.items;
  }

  private touch(key: string, entry: Entry<T>): Entry<T> {
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  /** The kept items of a key if they are of this generation; an older answer stays as a base for patching. */
  get(key: string, generation: number): T[] | undefined {
    const entry = this.entries.get(key);
    if (entry?.generation !== generation) return undefined;
    return this.touch(key, entry).items;
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
