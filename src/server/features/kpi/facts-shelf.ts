import type { DateRange } from '#domain/calendar';
import type { DbOrTx } from '#server/db/database';
import { generationsOf, partnersChangedBetween } from '#server/features/rollups/generations';
import { heldRows, holdFacts, holdsRange, patchHeldFacts, spanOf, yearsOf, type HeldFacts } from './held-facts';
import { partnersWithDays } from './repository';

export interface FactsShelfOptions {
  /**
   * Day rows held at most over every province (16 bytes each, and the partners'), least recently
   * used first out: the busiest province of the bench's nation is 240,000 over a year.
   */
  maxRows?: number;
  /** More partners moved than this since the held facts, and the province is read again whole. */
  mostPatched?: number;
}

/** Years of a range held at most: a longer range is scored from the rollup directly. */
const mostYears = 3;

/**
 * The facts held per province (held-facts.ts) over the calendar years its ranges touch, brought
 * up to date the way the score cache is (decision 007): at the province's KPI generation as the
 * caller's connection sees it, re-reading only the partners the change log names since the held
 * generation, or the whole province when the log does not reach back, the range needs other
 * years, or too many moved. The score thread reads inside one read transaction, so the generation
 * and the facts are of one snapshot; outside one (PostgreSQL, in-process), the generation is read
 * first, so the facts hold at least its changes, anything newer is in the log, and reading a
 * partner again is harmless.
 */
export class FactsShelf {
  private readonly shelf = new Map<string, HeldFacts>();
  private readonly maxRows: number;
  private readonly mostPatched: number;
  private rows = 0;
  private loaded = 0;
  private patched = 0;

  constructor(options: FactsShelfOptions = {}) {
    this.maxRows = options.maxRows ?? 1_000_000;
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

  /**
   * The province's facts for the years of a range (they hold the range), up to date; undefined
   * for a range of too many years. Read whole only when `hold` (the province itself was asked for): a national view asks
   * every province at once, and holding them all would cost the memory of a nation for a question
   * asked far less often. The provinces already held serve it too.
   */
  async factsFor(tx: DbOrTx, province: string, range: DateRange, hold = true): Promise<HeldFacts | undefined> {
    const years = yearsOf(range);
    if (Number(years.to.slice(0, 4)) - Number(years.from.slice(0, 4)) + 1 > mostYears) return undefined;
    const generation = (await generationsOf(tx, [province])).get(province) ?? 0;
    const kept = this.shelf.get(province);
    let facts: HeldFacts | undefined;
    if (kept && holdsRange(kept, range)) {
      if (kept.generation === generation) facts = kept;
      else if (kept.generation < generation) facts = await this.patch(tx, kept, generation);
    }
    if (!facts && !hold) return undefined;
    facts ??= await this.load(tx, province, generation, years);
    this.keep(facts);
    return facts;
  }

  private async load(tx: DbOrTx, province: string, generation: number, span: DateRange): Promise<HeldFacts> {
    const withDays = await partnersWithDays(tx, { within: province }, span.from, span.to);
    this.loaded += 1;
    return holdFacts(province, generation, span, withDays);
  }

  private async patch(tx: DbOrTx, kept: HeldFacts, generation: number): Promise<HeldFacts | undefined> {
    const moved = await partnersChangedBetween(tx, kept.province, kept.generation, generation);
    if (moved === undefined || moved.length > this.mostPatched) return undefined;
    const span = spanOf(kept);
    const withDays = moved.length ? await partnersWithDays(tx, { within: kept.province, partnerIds: moved }, span.from, span.to) : [];
    this.patched += 1;
    return patchHeldFacts(kept, generation, moved, withDays);
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
