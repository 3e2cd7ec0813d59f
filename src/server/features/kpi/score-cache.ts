interface Entry<T> {
  generation: number;
  items: T[];
}

interface Flight<T> {
  generation: number;
  promise: Promise<T[]>;
}

/**
 * Scored partners per (province, range, profile version), valid while the province's KPI
 * generation has not moved. Each server instance keeps its own; the generations live in the
 * database, so every instance notices every write. Bounded by the number of partners held,
 * least recently used first out.
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

  constructor(private readonly maxPartners = 250_000) {}

  /** How many computations have started: a cached answer or a shared one starts none. */
  get computations(): number {
    return this.started;
  }

  /** The items of a key at a generation: kept, being computed, or computed now by `compute`. */
  items(key: string, generation: number, compute: () => Promise<T[]>): Promise<T[]> {
    const kept = this.get(key, generation);
    if (kept) return Promise.resolve(kept);
    const flight = this.flights.get(key);
    if (flight?.generation === generation) return flight.promise;

    this.started += 1;
    // Only the latest flight of a key lands: one started for an older generation is stale.
    const ours = () => this.flights.get(key)?.promise === promise;
    const promise = Promise.resolve()
      .then(compute)
      .then(
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

  get(key: string, generation: number): T[] | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.generation !== generation) {
      this.held -= entry.items.length;
      return undefined;
    }
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
