import { z } from 'zod';
import { PlainText } from './text';

/** Kemendagri levels: province `19`, regency/city `19.05`, district `19.05.03`, village `19.05.03.2007`. */
export const regionLevels = ['provinsi', 'kabkota', 'kecamatan', 'desa'] as const;
export const RegionLevel = z.enum(regionLevels);
export type RegionLevel = z.infer<typeof RegionLevel>;

export const RegionCode = z
  .string()
  .regex(/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/, 'must be a Kemendagri region code such as 19 or 19.05.03.2007');

export function levelOfCode(code: string): RegionLevel {
  const level = regionLevels[code.split('.').length - 1];
  if (!level) throw new Error(`not a region code: ${code}`);
  return level;
}

export function parentOfCode(code: string): string | null {
  const cut = code.lastIndexOf('.');
  return cut < 0 ? null : code.slice(0, cut);
}

/** Every ancestor of a code and the code itself, province first. */
export function lineageOfCode(code: string): string[] {
  const parts = code.split('.');
  return parts.map((_, i) => parts.slice(0, i + 1).join('.'));
}

/** True when `code` is `ancestor` or lies inside it. Compares whole segments, so 19.1 never matches 19.10. */
export function isWithinRegion(code: string, ancestor: string): boolean {
  return code === ancestor || code.startsWith(`${ancestor}.`);
}

export const Region = z.object({
  code: z.string(),
  name: z.string(),
  level: RegionLevel,
  parentCode: z.string().nullable(),
});
export type Region = z.infer<typeof Region>;

export const RegionListItem = z.object({ code: z.string(), name: z.string(), level: RegionLevel });

/** A search hit carries its whole path, so the two villages named Puput can be told apart. */
export const RegionSearchHit = RegionListItem.extend({
  path: z.array(z.object({ code: z.string(), name: z.string() })),
});
export type RegionSearchHit = z.infer<typeof RegionSearchHit>;

export const RegionListQuery = z.strictObject({
  parent: RegionCode.optional(),
  q: PlainText.trim().min(2).max(60).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});

export const RegionListResponse = z.object({ items: z.array(RegionListItem) });
export const RegionSearchResponse = z.object({ items: z.array(RegionSearchHit) });
