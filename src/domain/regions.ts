import { z } from 'zod';
import { PlainText } from './text';

/** Kemendagri levels: province `19`, regency/city `19.05`, district `19.05.03`, village `19.05.03.2007`. */
export const regionLevels = ['provinsi', 'kabkota', 'kecamatan', 'desa'] as const;
export const RegionLevel = z.enum(regionLevels);
export type RegionLevel = z.infer<typeof RegionLevel>;

export const RegionCode = z
  .string()
  .regex(/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/, 'must be a Kemendagri region code such as 19 or 19.05.03.2007');

/** Characters in a code of each level, dots included, as `RegionCode` spells them: `19`, `19.05`, `19.05.03`, `19.05.03.2007`. */
const codeLengths: Record<RegionLevel, number> = { provinsi: 2, kabkota: 5, kecamatan: 8, desa: 13 };

const depthOf = (level: RegionLevel) => regionLevels.indexOf(level);

export function levelOfCode(code: string): RegionLevel {
  const level = regionLevels[code.split('.').length - 1];
  if (!level) throw new Error(`not a region code: ${code}`);
  return level;
}

/** How long the prefix of a code is that names its region at `level`: 2 for a province, 13 for a village. */
export function prefixLengthOf(level: RegionLevel): number {
  return codeLengths[level];
}

/** The level just below, or null below a village; below the whole country (null) are the provinces. */
export function childLevelOf(level: RegionLevel | null): RegionLevel | null {
  return regionLevels[level === null ? 0 : depthOf(level) + 1] ?? null;
}

/** The region at `level` that contains `code` (the code itself at its own level), or null when `code` lies above that level. */
export function ancestorAt(code: string, level: RegionLevel): string | null {
  return depthOf(levelOfCode(code)) >= depthOf(level) ? code.slice(0, prefixLengthOf(level)) : null;
}

/** The province a region lies in: `19` for `19.05.03.2007`. */
export function provinceOf(code: string): string {
  return code.slice(0, prefixLengthOf('provinsi'));
}

export function isProvince(code: string): boolean {
  return levelOfCode(code) === 'provinsi';
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
