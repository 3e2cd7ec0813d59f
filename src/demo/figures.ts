import type { Strategy } from '#domain/taxonomy';

/**
 * The figures of the source document (the Babel gathering report of 28 September 2024) that the
 * demo province must reproduce when the system computes them from its data.
 */
export const demoSeed = 20240928;

/** The demo's "today": nothing is reported after the gathering. */
export const demoAsOf = '2024-09-28';

/** The reporting period the gathering presented: January to 25 September 2024. */
export const demoReportRange = { from: '2024-01-01', to: '2024-09-25' } as const;

export const demoPartnerTotals = {
  all: 265,
  /** full_support or buku_bermutu. */
  supported: 153,
  /** replikasi_provinsi, replikasi_kabkota or replikasi_desa. */
  replication: 112,
} as const;

/** Counted (submitted or verified) activities in `demoReportRange`. */
export const demoCountedActivities: Record<Strategy, number> = {
  pelibatan_masyarakat: 8746,
  advokasi: 4425,
  layanan_informasi: 195,
};

/** The twelve village libraries green at score 100 in the report range. */
export const championVillageCodes = [
  '19.06.04.2003', // Cendil, Belitung Timur
  '19.01.05.2004', // Sempan, Bangka
  '19.05.01.2005', // Air Belo, Bangka Barat
  '19.05.01.2006', // Belo Laut
  '19.05.06.2010', // Teluk Limau
  '19.05.02.2007', // Rambat
  '19.05.02.2012', // Bukit Terak
  '19.05.03.2008', // Ranggi Asam
  '19.05.03.2009', // Ketap
  '19.05.05.2006', // Benteng Kota
  '19.05.06.2001', // Sekar Biru
  '19.05.06.2005', // Puput (the one in Bangka Barat; Bangka Tengah has another)
] as const;

/** Named in the report among the libraries whose problems the gathering discussed. */
export const tanjungLabu = { name: 'Tanjung Labu', regencyCode: '19.03' } as const;

export const demoGatheringAttendees = 82;
