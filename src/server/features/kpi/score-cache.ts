import type { ScoredPartner } from './scoring';

interface Entry {
  generation: number;
  items: ScoredPartner[];
}

/**
 * Scored partners per (province, range, profile version), valid while the province's KPI
 * generation has not moved. Each server instance keeps its own; the generations live in the
 * database, so every instance notices every write. Bounded by the number of partners held,
 * least recently used first out.
 */
export class ProvinceScoreCache {
  private readonly entries = new Map<string, Entry>();
  private held = 0;

  constructor(private readonly maxPartners = 250_000) {}

  get(key: string, generation: number): ScoredPartner[] | undefined {
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

  set(key: string, generation: number, items: ScoredPartner[]): void {
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
    this.held = 0;
  }
}
