import type { KpiColor } from '#domain/kpi/score';
import type { PartnerScheme, PartnerType } from '#domain/taxonomy';
import type { Db } from '#server/db/database';
import { inPages, mapPages } from '#server/features/exports/pages';
import { nameAtLevel, regionPathsForPages, type RegionPath } from '#server/features/exports/regions';
import type { Column, RowBatches, SheetDefinition } from '#server/features/exports/sheet';
import type { ProfileVersion } from './profiles';
import type { ScoredPartner } from './scoring';

type RankedPartner = ScoredPartner & { rank: number; path: RegionPath | undefined };

const colorNames: Record<KpiColor, string> = { hijau: 'Hijau', kuning: 'Kuning', merah: 'Merah' };
const typeNames: Record<PartnerType, string> = {
  provinsi: 'Perpustakaan provinsi',
  kabkota: 'Perpustakaan kabupaten/kota',
  desa: 'Perpustakaan desa/kelurahan',
  tbm: 'Taman bacaan masyarakat (TBM)',
};
const schemeNames: Record<PartnerScheme, string> = {
  full_support: 'Dukungan penuh',
  buku_bermutu: 'Bantuan buku bermutu',
  replikasi_provinsi: 'Replikasi mandiri provinsi',
  replikasi_kabkota: 'Replikasi mandiri kabupaten/kota',
  replikasi_desa: 'Replikasi mandiri desa',
};

/** Three columns per indicator of the profile in force: what was achieved, the target for the period, the points earned. */
function indicatorColumns(profile: ProfileVersion): Column<RankedPartner>[] {
  return profile.definition.indicators.flatMap((indicator) => {
    const result = (p: RankedPartner) => p.indicators.find((i) => i.code === indicator.code);
    return [
      { header: `${indicator.label}: capaian`, type: 'decimal', width: 14, value: (p) => result(p)?.achieved ?? 0 },
      { header: `${indicator.label}: target`, type: 'decimal', width: 14, value: (p) => result(p)?.target ?? 0 },
      { header: `${indicator.label}: poin`, type: 'decimal', width: 14, value: (p) => result(p)?.points ?? 0 },
    ] satisfies Column<RankedPartner>[];
  });
}

/** The ranking sheet: one row per partner, best first, with every indicator of the profile. */
export function rankingSheet(profile: ProfileVersion): SheetDefinition<RankedPartner> {
  return {
    name: 'Peringkat KPI',
    columns: [
      { header: 'Peringkat', type: 'integer', value: (p) => p.rank },
      { header: 'ID mitra', type: 'integer', value: (p) => p.partnerId },
      { header: 'Nama mitra', type: 'text', width: 40, value: (p) => p.name },
      { header: 'Jenis', type: 'text', width: 30, value: (p) => typeNames[p.type] },
      { header: 'Skema', type: 'text', width: 30, value: (p) => schemeNames[p.scheme] },
      { header: 'Kode wilayah', type: 'text', width: 16, value: (p) => p.regionCode },
      { header: 'Provinsi', type: 'text', value: (p) => nameAtLevel(p.path, 0) },
      { header: 'Kabupaten/kota', type: 'text', value: (p) => nameAtLevel(p.path, 1) },
      { header: 'Kecamatan', type: 'text', value: (p) => nameAtLevel(p.path, 2) },
      { header: 'Desa/kelurahan', type: 'text', value: (p) => nameAtLevel(p.path, 3) },
      { header: 'Skor', type: 'decimal', value: (p) => p.score },
      { header: 'Warna', type: 'text', width: 10, value: (p) => colorNames[p.color] },
      ...indicatorColumns(profile),
    ],
  };
}

/** The ranked partners in pages, each with its place in the ranking and its region's names. */
export function rankingRows(db: Db, items: readonly ScoredPartner[]): RowBatches<RankedPartner> {
  const pathsOf = regionPathsForPages(db);
  const withRank = items.map((item, i) => ({ item, rank: i + 1 }));
  return mapPages(inPages(withRank), async (rows) => {
    const paths = await pathsOf(rows.map((r) => r.item.regionCode));
    return rows.map(({ item, rank }) => ({ ...item, rank, path: paths.get(item.regionCode) }));
  });
}
