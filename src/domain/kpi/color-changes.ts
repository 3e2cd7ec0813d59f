import { ancestorAt, childLevelOf, levelOfCode } from '#domain/regions';
import { kpiColors, type KpiColor } from './score';
import type { ColorTransition } from './profile-versions';

/** A partner's colour under the version in force, and where it sits. */
export interface ColoredPartner {
  partnerId: number;
  regionCode: string;
  color: KpiColor;
}

export interface RegionColorChanges {
  regionCode: string;
  partners: number;
  changed: number;
  transitions: ColorTransition[];
}

export interface ColorChanges {
  partners: number;
  changed: number;
  transitions: ColorTransition[];
  regions: RegionColorChanges[];
}

/**
 * The child of `region` (null: the country) that a partner is counted under: its regency in a
 * province, its province in the country. A partner sitting at `region` itself (a provincial
 * library in its province) is counted under `region`.
 */
export function childRegionOf(region: string | null): (regionCode: string) => string {
  const level = childLevelOf(region === null ? null : levelOfCode(region));
  return (code) => (level === null ? code : (ancestorAt(code, level) ?? code));
}

// Best colour first, as people read "hijau → kuning".
const colorOrder = [...kpiColors].reverse();

function transitionsOf(counts: Map<string, number>): ColorTransition[] {
  return colorOrder.flatMap((from) =>
    colorOrder.flatMap((to) => {
      const count = counts.get(`${from}>${to}`) ?? 0;
      return count > 0 ? [{ from, to, count }] : [];
    }),
  );
}

/**
 * How many partners change colour from one version to another, in all and per child region
 * (only the regions where some do, by code). A partner missing from `after` keeps its colour.
 */
export function colorChanges(
  before: readonly ColoredPartner[],
  after: ReadonlyMap<number, KpiColor>,
  groupOf: (regionCode: string) => string,
): ColorChanges {
  const all = new Map<string, number>();
  const byRegion = new Map<string, { partners: number; changed: number; counts: Map<string, number> }>();
  let changed = 0;
  for (const partner of before) {
    const code = groupOf(partner.regionCode);
    let region = byRegion.get(code);
    if (!region) byRegion.set(code, (region = { partners: 0, changed: 0, counts: new Map() }));
    region.partners += 1;
    const next = after.get(partner.partnerId) ?? partner.color;
    if (next === partner.color) continue;
    const key = `${partner.color}>${next}`;
    changed += 1;
    region.changed += 1;
    all.set(key, (all.get(key) ?? 0) + 1);
    region.counts.set(key, (region.counts.get(key) ?? 0) + 1);
  }
  const regions = [...byRegion]
    .filter(([, r]) => r.changed > 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([regionCode, r]) => ({ regionCode, partners: r.partners, changed: r.changed, transitions: transitionsOf(r.counts) }));
  return { partners: before.length, changed, transitions: transitionsOf(all), regions };
}
