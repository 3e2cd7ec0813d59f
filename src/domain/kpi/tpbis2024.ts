import type { KpiProfile } from './profile';

/** The default profile "TPBIS 2024", exactly the table in DESIGN.md. */
export const tpbis2024Profile: KpiProfile = {
  name: 'TPBIS 2024',
  indicators: [
    {
      code: 'pelibatan',
      label: 'Kegiatan pelibatan masyarakat',
      weight: 40,
      kind: 'count_strategy',
      strategy: 'pelibatan_masyarakat',
      monthlyTargets: { desa: 4, tbm: 4, kabkota: 6, provinsi: 8 },
    },
    {
      code: 'peserta',
      label: 'Peserta kegiatan pelibatan masyarakat',
      weight: 15,
      kind: 'participants_strategy',
      strategy: 'pelibatan_masyarakat',
      monthlyTargets: { desa: 60, tbm: 60, kabkota: 100, provinsi: 150 },
    },
    {
      code: 'advokasi',
      label: 'Kegiatan advokasi',
      weight: 25,
      kind: 'count_strategy',
      strategy: 'advokasi',
      monthlyTargets: { desa: 1, tbm: 1, kabkota: 2, provinsi: 2 },
    },
    {
      code: 'layanan',
      label: 'Kegiatan peningkatan layanan informasi',
      weight: 10,
      kind: 'count_strategy',
      strategy: 'layanan_informasi',
      // One new or improved service per quarter.
      monthlyTargets: { desa: 1 / 3, tbm: 1 / 3, kabkota: 1 / 3, provinsi: 1 / 3 },
    },
    { code: 'keteraturan', label: 'Keteraturan pelaporan bulanan', weight: 10, kind: 'regularity' },
  ],
  thresholds: { green: 80, yellow: 50 },
  reportingDeadlineDay: 5,
};
