import type { KpiIndicatorResult } from '#domain/kpi/score';
import type { PartnerScheme, PartnerType } from '#domain/taxonomy';
import type { ScoredPartner } from './province-scores';
import { ResultTable } from './result-table';

/**
 * A province's scores as the score thread posts them: a few typed arrays and small tables
 * instead of 13,000 objects with 65,000 indicator objects, which a structured clone took ~160 ms
 * to rebuild on the server's event loop. Indicator results repeat (most partners achieve the same
 * few counts), so each distinct one is sent once and shared.
 */
export interface PackedScores {
  ids: Int32Array;
  scores: Float64Array;
  names: string[];
  /** Type, scheme, colour and region code of each partner, as indexes into `strings`. */
  labels: Uint32Array;
  strings: string[];
  /** Partner i's indicators are `results[resultOf[resultStart[i]]]` … `results[resultOf[resultStart[i + 1] - 1]]`. */
  resultStart: Uint32Array;
  resultOf: Uint32Array;
  results: KpiIndicatorResult[];
}

const labelsPerPartner = 4;

/**
 * Packs scores as they are made, one partner at a time: the score thread packs a province as it
 * scores it, with no object per partner in between.
 */
export class ScorePacker {
  private readonly strings: string[] = [];
  private readonly stringIndex = new Map<string, number>();
  private readonly table = new ResultTable();
  private ids: Int32Array;
  private scores: Float64Array;
  private readonly names: string[] = [];
  private labels: Uint32Array;
  private resultStart: Uint32Array;
  private resultOf: Uint32Array;
  private n = 0;
  private at = 0;

  /** Room for `partners` partners of `indicators` indicators each; more grows it. */
  constructor(partners: number, indicators: number) {
    this.ids = new Int32Array(partners);
    this.scores = new Float64Array(partners);
    this.labels = new Uint32Array(partners * labelsPerPartner);
    this.resultStart = new Uint32Array(partners + 1);
    this.resultOf = new Uint32Array(partners * indicators);
  }

  add(item: ScoredPartner): void {
    const i = this.n;
    if (i + 1 >= this.resultStart.length) this.grow(Math.max(16, i * 2));
    if (this.at + item.indicators.length > this.resultOf.length)
      this.resultOf = grown(this.resultOf, (this.at + item.indicators.length) * 2);
    this.ids[i] = item.partnerId;
    this.scores[i] = item.score;
    this.names.push(item.name);
    const l = i * labelsPerPartner;
    this.labels[l] = this.str(item.type);
    this.labels[l + 1] = this.str(item.scheme);
    this.labels[l + 2] = this.str(item.color);
    this.labels[l + 3] = this.str(item.regionCode);
    this.resultStart[i] = this.at;
    for (const r of item.indicators) this.resultOf[this.at++] = this.table.indexOf(r);
    this.n += 1;
  }

  packed(): PackedScores {
    const n = this.n;
    this.resultStart[n] = this.at;
    // Copies cut to size: the buffers are transferred, and a copy is no bigger than what is sent.
    return {
      ids: this.ids.slice(0, n),
      scores: this.scores.slice(0, n),
      names: this.names,
      labels: this.labels.slice(0, n * labelsPerPartner),
      strings: this.strings,
      resultStart: this.resultStart.slice(0, n + 1),
      resultOf: this.resultOf.slice(0, this.at),
      results: this.table.results,
    };
  }

  private str(s: string): number {
    let i = this.stringIndex.get(s);
    if (i === undefined) {
      i = this.strings.length;
      this.strings.push(s);
      this.stringIndex.set(s, i);
    }
    return i;
  }

  private grow(partners: number): void {
    this.ids = grown(this.ids, partners);
    this.scores = grown(this.scores, partners);
    this.labels = grown(this.labels, partners * labelsPerPartner);
    this.resultStart = grown(this.resultStart, partners + 1);
  }
}

function grown<A extends Int32Array | Uint32Array | Float64Array>(array: A, length: number): A {
  const bigger = new (array.constructor as new (n: number) => A)(length);
  bigger.set(array);
  return bigger;
}

export function packScores(items: readonly ScoredPartner[]): PackedScores {
  const packer = new ScorePacker(items.length, items[0]?.indicators.length ?? 0);
  for (const item of items) packer.add(item);
  return packer.packed();
}

/** How many partners are rebuilt between two turns of the event loop, so no request waits behind a whole province. */
const slice = 2_000;

/** The scores again as objects, a slice at a time, yielding to the event loop between slices. */
export async function unpackScores(packed: PackedScores): Promise<ScoredPartner[]> {
  const n = packed.ids.length;
  const items: ScoredPartner[] = [];
  const s = (label: number) => packed.strings[packed.labels[label] ?? 0] ?? '';
  for (let from = 0; from < n; from += slice) {
    if (from > 0) await new Promise((resolve) => setImmediate(resolve));
    for (let i = from; i < Math.min(n, from + slice); i += 1) {
      const indicators: KpiIndicatorResult[] = [];
      for (let r = packed.resultStart[i] ?? 0; r < (packed.resultStart[i + 1] ?? 0); r += 1) {
        const result = packed.results[packed.resultOf[r] ?? 0];
        if (result) indicators.push(result);
      }
      const l = i * labelsPerPartner;
      items.push({
        partnerId: packed.ids[i] ?? 0,
        name: packed.names[i] ?? '',
        type: s(l) as PartnerType,
        scheme: s(l + 1) as PartnerScheme,
        regionCode: s(l + 3),
        score: packed.scores[i] ?? 0,
        color: s(l + 2) as ScoredPartner['color'],
        indicators,
      });
    }
  }
  return items;
}
