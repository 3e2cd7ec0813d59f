import type { DateRange } from '#domain/calendar';
import type { DbOrTx } from '#server/db/database';
import { generationsOf, partnersChangedBetween } from '#server/features/rollups/generations';
import { heldRows, holdFacts, patchHeldFacts, type HeldFacts } from './held-facts';
import { partnersWithRows } from './repository';

export interface FactsShelfOptions {
  /** Rollup rows held at most over every province (16 bytes each), least recently used first out. */
  maxRows?: number;
  /** More partners moved than this since the held facts, and the province is read again whole. */
  mostPatched?: number;
}

/** Years of a range held at most: a longer range is scored from the rollup directly. */
const mostYears = 3;

const monthOf = (n: number) => `${String(Math.floor(n / 12)).padStart(4, '0')}-${String((n % 12) + 1).padStart(2, '0')}`;

/**
 * The facts the score thread holds per province (held-facts.ts), the calendar years its ranges
 * touch, brought up to date the way the score cache is (decision 007): at the province's KPI
 * generation in the reading transaction's snapshot, re-reading only the partners the change log
 * names since the held generation, or the whole province when the log does not reach back, the
 * range needs other years, or too many moved. Read and patched inside the caller's read
 * transaction, so the facts and the days read beside them are of one snapshot.
 */
export class FactsShelf {
  private readonly shelf = new Map<string, HeldFacts>();
  private readonly maxRows: number;
  private readonly mostPatched: number;
  private rows = 0;
  private loaded = 0;
  private patched = 0;

  constructor(options: FactsShelfOptions = {}) {
    this.maxRows = options.maxRows ?? 1_500_000;
    this.mostPatched = options.mostPatched ?? 500;
  }

  /** How many times a province's facts were read whole. */
  get loads(): number {
    return this.loaded;
  }

  /** How many times held facts were brought up to date by re-reading only the moved partners. */
  get patches(): number {
    return this.patched;
  }

  /** The province's facts for the years of a range, up to date in `tx`'s snapshot; undefined for a range of too many years. */
  async factsFor(tx: DbOrTx, province: string, range: DateRange): Promise<HeldFacts | undefined> {
    const span = { first: Number(range.from.slice(0, 4)) * 12, last: Number(range.to.slice(0, 4)) * 12 + 11 };
    if (span.last - span.first + 1 > mostYears * 12) return undefined;
    const generation = (await generationsOf(tx, [province])).get(province) ?? 0;
    const kept = this.shelf.get(province);
    let facts: HeldFacts | undefined;
    if (kept && kept.first <= span.first && kept.last >= span.last) {
      if (kept.generation === generation) facts = kept;
      else if (kept.generation < generation) facts = await this.patch(tx, kept, generation);
    }
    facts ??= await this.load(tx, province, generation, span);
    this.keep(facts);
    return facts;
  }

  private async load(tx: DbOrTx, province: string, generation: number, span: { first: number; last: number }): Promise<HeldFacts> {
    const withRows = await partnersWithRows(tx, { within: province }, monthOf(span.first), monthOf(span.last));
    this.loaded += 1;
    return holdFacts(province, generation, span, withRows);
  }

  private async patch(tx: DbOrTx, kept: HeldFacts, generation: number): Promise<HeldFacts | undefined> {
    const moved = await partnersChangedBetween(tx, kept.province, kept.generation, generation);
    if (moved === undefined || moved.length > this.mostPatched) return undefined;
    const withRows = moved.length
      ? await partnersWithRows(tx, { within: kept.province, partnerIds: moved }, monthOf(kept.first), monthOf(kept.last))
      : [];
    this.patched += 1;
    return patchHeldFacts(kept, generation, moved, withRows);
  }

  private keep(facts: HeldFacts): void {
    const old = this.shelf.get(facts.province);
    if (old) {
      this.rows -= heldRows(old);
      this.shelf.delete(facts.province);
    }
    this.shelf.set(facts.province, facts);
    this.rows += heldRows(facts);
    for (const [province, held] of this.shelf) {
      if (this.rows <= this.maxRows || province === facts.province) break;
      this.shelf.delete(province);
      this.rows -= heldRows(held);
    }
  }
}
