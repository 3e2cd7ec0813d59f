import type { KpiIndicatorResult } from '#domain/kpi/score';

/** The indicator results of a list, equal ones made one object (never changed once scored). */
export class ResultTable {
  readonly results: KpiIndicatorResult[] = [];
  private readonly indexes = new Map<string, number>();
  // The scorer hands partners with equal results the same object: found by identity, no key built.
  private readonly byObject = new Map<KpiIndicatorResult, number>();

  indexOf(r: KpiIndicatorResult): number {
    const same = this.byObject.get(r);
    if (same !== undefined) return same;
    const key = `${r.code}|${r.achieved}|${r.target}|${r.ratio}|${r.weight}|${r.points}`;
    let index = this.indexes.get(key);
    if (index === undefined) {
      index = this.results.length;
      this.results.push(r);
      this.indexes.set(key, index);
    }
    this.byObject.set(r, index);
    return index;
  }

  shared(r: KpiIndicatorResult): KpiIndicatorResult {
    return this.results[this.indexOf(r)] ?? r;
  }
}
