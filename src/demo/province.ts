import type { Region } from '#domain/regions';

/** The regions of one province, indexed the ways the demo generator walks them. */
export interface ProvinceIndex {
  province: Region;
  /** Regencies and cities, in code order. */
  regencies: Region[];
  /** Villages of each regency, in code order. */
  villagesByRegency: Map<string, Region[]>;
  byCode: Map<string, Region>;
}

/** Indexes a province and every region inside it; refuses a list without exactly one province. */
export function indexProvince(regions: readonly Region[]): ProvinceIndex {
  const provinces = regions.filter((r) => r.level === 'provinsi');
  const [province] = provinces;
  if (!province || provinces.length > 1) throw new Error('the demo needs exactly one province and the regions inside it');
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const byCodeOrder = (a: Region, b: Region) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
  const regencies = regions.filter((r) => r.level === 'kabkota' && r.parentCode === province.code).sort(byCodeOrder);
  const villagesByRegency = new Map<string, Region[]>(regencies.map((r) => [r.code, []]));
  for (const village of regions.filter((r) => r.level === 'desa').sort(byCodeOrder)) {
    const district = village.parentCode === null ? undefined : byCode.get(village.parentCode);
    villagesByRegency.get(district?.parentCode ?? '')?.push(village);
  }
  return { province, regencies, villagesByRegency, byCode };
}

/** Kelurahan (urban villages) have codes 1xxx, desa 2xxx. */
export function isKelurahan(village: Pick<Region, 'code'>): boolean {
  return village.code.split('.')[3]?.startsWith('1') ?? false;
}
