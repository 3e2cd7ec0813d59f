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

export function packScores(items: readonly ScoredPartner[]): PackedScores {
  const n = items.length;
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const str = (s: string) => {
    let i = stringIndex.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      stringIndex.set(s, i);
    }
    return i;
  };
  const table = new ResultTable();
  const packed: PackedScores = {
    ids: new Int32Array(n),
    scores: new Float64Array(n),
    names: new Array<string>(n),
    labels: new Uint32Array(n * labelsPerPartner),
    strings,
    resultStart: new Uint32Array(n + 1),
    resultOf: new Uint32Array(items.reduce((sum, i) => sum + i.indicators.length, 0)),
    results: table.results,
  };
  let at = 0;
  items.forEach((item, i) => {
    packed.ids[i] = item.partnerId;
    packed.scores[i] = item.score;
    packed.names[i] = item.name;
    packed.labels.set([str(item.type), str(item.scheme), str(item.color), str(item.regionCode)], i * labelsPerPartner);
    packed.resultStart[i] = at;
    for (const r of item.indicators) packed.resultOf[at++] = table.indexOf(r);
  });
  packed.resultStart[n] = at;
  return packed;
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
