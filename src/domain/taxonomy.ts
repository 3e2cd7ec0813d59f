import { z } from 'zod';

/** Mitra (partner) types: provincial, regency/city, village (perpusdes) library, or community reading park (TBM). */
export const partnerTypes = ['provinsi', 'kabkota', 'desa', 'tbm'] as const;
export const PartnerType = z.enum(partnerTypes);
export type PartnerType = z.infer<typeof PartnerType>;

/** How a partner joined: full support, quality book aid only, or self-funded replication at a level. */
export const partnerSchemes = ['full_support', 'buku_bermutu', 'replikasi_provinsi', 'replikasi_kabkota', 'replikasi_desa'] as const;
export const PartnerScheme = z.enum(partnerSchemes);
export type PartnerScheme = z.infer<typeof PartnerScheme>;

/** The three TPBIS strategies every activity belongs to. */
export const strategies = ['layanan_informasi', 'pelibatan_masyarakat', 'advokasi'] as const;
export const Strategy = z.enum(strategies);
export type Strategy = z.infer<typeof Strategy>;

export const activityStatuses = ['draft', 'submitted', 'verified', 'returned'] as const;
export const ActivityStatus = z.enum(activityStatuses);
export type ActivityStatus = z.infer<typeof ActivityStatus>;

/** Statuses that count toward KPI and dashboards. */
export const countedStatuses: readonly ActivityStatus[] = ['submitted', 'verified'];

/**
 * A checker for one of these values, for loops over thousands of database rows: a Set lookup
 * where a Zod parse per row cost more than the row's arithmetic. Throws on anything else.
 */
export function oneOf<T extends string>(values: readonly T[], what: string): (value: string) => T {
  const known = new Set<string>(values);
  return (value) => {
    if (!known.has(value)) throw new Error(`not a ${what}: ${JSON.stringify(value)}`);
    return value as T;
  };
}
