import type { CompletenessChild, CompletenessResponse } from '#domain/completeness';
import type { DbOrTx } from '#server/db/database';
import { inPages, keysetPages } from '#server/features/exports/pages';
import { nameAtLevel, withRegionPaths, type RegionPath } from '#server/features/exports/regions';
import type { RowBatches, SheetDefinition } from '#server/features/exports/sheet';
import type { RegionScope } from '#server/features/kpi/scope';
import { silentPartnersAfter } from './repository';

// The completeness screen as two files: its table of child regions, and its list of silent
// libraries uncapped (the screen shows the first 500; a reminder round by phone needs them all).

/** The rate as people read it, a percentage to one decimal: 2 of 3 is 66.7. */
const percentOf = (rate: number) => Math.round(rate * 1000) / 10;

export const childrenCompletenessSheet: SheetDefinition<CompletenessChild> = {
  name: 'Kelengkapan per wilayah',
  columns: [
    { header: 'Kode wilayah', type: 'text', width: 14, value: (c) => c.regionCode },
    { header: 'Wilayah', type: 'text', width: 36, value: (c) => c.name },
    { header: 'Mitra aktif', type: 'integer', value: (c) => c.partners },
    { header: 'Melapor', type: 'integer', value: (c) => c.reported },
    { header: 'Belum melapor', type: 'integer', value: (c) => c.partners - c.reported },
    { header: 'Kelengkapan (%)', type: 'decimal', value: (c) => percentOf(c.rate) },
    { header: 'Tepat waktu', type: 'integer', value: (c) => c.onTime },
  ],
};

/** The child regions of the month's answer, as the screen's table has them. */
export const childrenCompletenessRows = (answer: CompletenessResponse): RowBatches<CompletenessChild> => inPages(answer.children);

type SilentPageRow = Awaited<ReturnType<typeof silentPartnersAfter>>[number];
type ExportedSilent = SilentPageRow & { path: RegionPath | undefined };

export const silentPartnersSheet: SheetDefinition<ExportedSilent> = {
  name: 'Belum melapor',
  columns: [
    { header: 'ID mitra', type: 'integer', value: (p) => p.id },
    { header: 'Nama mitra', type: 'text', width: 40, value: (p) => p.name },
    { header: 'Kode wilayah', type: 'text', width: 16, value: (p) => p.region_code },
    { header: 'Provinsi', type: 'text', value: (p) => nameAtLevel(p.path, 0) },
    { header: 'Kabupaten/kota', type: 'text', value: (p) => nameAtLevel(p.path, 1) },
    { header: 'Kecamatan', type: 'text', value: (p) => nameAtLevel(p.path, 2) },
    { header: 'Desa/kelurahan', type: 'text', value: (p) => nameAtLevel(p.path, 3) },
    { header: 'Laporan terakhir', type: 'date', value: (p) => p.last_report_date },
  ],
};

/** Every silent partner of the month in the region, a page at a time by name (the region already checked against the scope). */
export function silentPartnersExport(db: DbOrTx, region: RegionScope, month: string): RowBatches<ExportedSilent> {
  const pages = keysetPages(
    (after: { name: string; id: number } | undefined, limit: number) => silentPartnersAfter(db, region.code, month, after, limit),
    (row) => ({ name: row.name, id: row.id }),
  );
  return withRegionPaths(db, pages);
}
