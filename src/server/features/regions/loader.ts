import { getDistricts, getProvinces, getRegencies, getVillages } from 'idn-area-data';
import type { RegionLevel } from '#domain/regions';
import type { Db } from '#server/db/database';
import type { RegionTable } from './region.table';
import { countRegions, insertRegions } from './repository';

// Multi-row inserts: 5 columns × 1,000 rows stays under both databases' bound-parameter limits.
const batchSize = 1000;

/**
 * Loads Indonesia's official regions from `idn-area-data` (ODbL) into an empty regions table,
 * in one transaction, so a crash half-way never leaves half a country.
 * Returns how many rows were loaded (0 when the table already had them).
 */
export async function loadRegions(db: Db, onProgress?: (done: number, total: number) => void): Promise<number> {
  if ((await countRegions(db)) > 0) return 0;
  const row = (code: string, name: string, level: RegionLevel, parent: string | null): RegionTable => ({
    code,
    name,
    level,
    parent_code: parent,
    search_name: name.toLowerCase(),
  });
  const [provinces, regencies, districts, villages] = await Promise.all([getProvinces(), getRegencies(), getDistricts(), getVillages()]);
  const rows = [
    ...provinces.map((p) => row(p.code, p.name, 'provinsi', null)),
    ...regencies.map((r) => row(r.code, r.name, 'kabkota', r.province_code)),
    ...districts.map((d) => row(d.code, d.name, 'kecamatan', d.regency_code)),
    ...villages.map((v) => row(v.code, v.name, 'desa', v.district_code)),
  ];
  await db.transaction().execute(async (tx) => {
    for (let i = 0; i < rows.length; i += batchSize) {
      await insertRegions(tx, rows.slice(i, i + batchSize));
      onProgress?.(Math.min(i + batchSize, rows.length), rows.length);
    }
  });
  return rows.length;
}
