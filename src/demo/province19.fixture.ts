import { getDistricts, getProvinces, getRegencies, getVillages } from 'idn-area-data';
import type { Region } from '#domain/regions';

/** Province 19 and everything inside it, from the same package the server loads: for the demo's tests. */
export async function loadProvince19(): Promise<Region[]> {
  const [provinces, regencies, districts, villages] = await Promise.all([getProvinces(), getRegencies(), getDistricts(), getVillages()]);
  const inside = (code: string) => code === '19' || code.startsWith('19.');
  return [
    ...provinces.filter((p) => inside(p.code)).map((p): Region => ({ code: p.code, name: p.name, level: 'provinsi', parentCode: null })),
    ...regencies
      .filter((r) => inside(r.code))
      .map((r): Region => ({ code: r.code, name: r.name, level: 'kabkota', parentCode: r.province_code })),
    ...districts
      .filter((d) => inside(d.code))
      .map((d): Region => ({ code: d.code, name: d.name, level: 'kecamatan', parentCode: d.regency_code })),
    ...villages
      .filter((v) => inside(v.code))
      .map((v): Region => ({ code: v.code, name: v.name, level: 'desa', parentCode: v.district_code })),
  ];
}
