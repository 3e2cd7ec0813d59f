import type { Actor } from '#domain/permissions';
import type { PracticeExportQuery, PracticeStatus } from '#domain/practices';
import type { Strategy } from '#domain/taxonomy';
import type { DbOrTx } from '#server/db/database';
import { strategyNames } from '#server/features/activities/export';
import { keysetPages } from '#server/features/exports/pages';
import { nameAtLevel, withRegionPaths, type RegionPath } from '#server/features/exports/regions';
import type { RowBatches, SheetDefinition } from '#server/features/exports/sheet';
import { practiceFilterFor } from './queries';
import { practicesAfter } from './repository';

type PracticePageRow = Awaited<ReturnType<typeof practicesAfter>>[number];
type ExportedPractice = PracticePageRow & { path: RegionPath | undefined };

const statusNames: Record<PracticeStatus, string> = {
  draft: 'Draf',
  submitted: 'Menunggu tinjauan',
  published: 'Terbit',
  returned: 'Dikembalikan',
};

export const practiceSheet: SheetDefinition<ExportedPractice> = {
  name: 'Praktik baik',
  columns: [
    { header: 'ID kisah', type: 'integer', value: (p) => p.id },
    { header: 'Judul', type: 'text', width: 48, value: (p) => p.title },
    { header: 'Ringkasan', type: 'text', width: 60, value: (p) => p.summary },
    { header: 'ID mitra', type: 'integer', value: (p) => p.partner_id },
    { header: 'Mitra', type: 'text', width: 32, value: (p) => p.partner_name },
    { header: 'Kode wilayah', type: 'text', width: 16, value: (p) => p.region_code },
    { header: 'Provinsi', type: 'text', value: (p) => nameAtLevel(p.path, 0) },
    { header: 'Kabupaten/kota', type: 'text', value: (p) => nameAtLevel(p.path, 1) },
    { header: 'Kecamatan', type: 'text', value: (p) => nameAtLevel(p.path, 2) },
    { header: 'Desa/kelurahan', type: 'text', value: (p) => nameAtLevel(p.path, 3) },
    {
      header: 'Strategi',
      type: 'text',
      width: 30,
      value: (p) => (p.strategy === null ? null : (strategyNames[p.strategy as Strategy] ?? p.strategy)),
    },
    { header: 'Status', type: 'text', width: 20, value: (p) => statusNames[p.status as PracticeStatus] ?? p.status },
    { header: 'Unggulan', type: 'text', width: 10, value: (p) => (p.featured === 1 ? 'Ya' : 'Tidak') },
    { header: 'Foto', type: 'integer', width: 6, value: (p) => p.photo_count },
    { header: 'Dibuat (WIB)', type: 'datetime', value: (p) => p.created_at },
    { header: 'Diajukan (WIB)', type: 'datetime', value: (p) => p.submitted_at },
    { header: 'Terbit (WIB)', type: 'datetime', value: (p) => p.published_at },
  ],
};

/**
 * Every story of the list with the same filters and circle (every published story, the actor's
 * own unpublished ones), a page at a time by id: the file is sorted in Excel, as the activities'.
 */
export function practiceExport(db: DbOrTx, actor: Actor, query: PracticeExportQuery): RowBatches<ExportedPractice> {
  const filter = practiceFilterFor(actor, query);
  const pages = keysetPages(
    (afterId: number | undefined, limit: number) => practicesAfter(db, filter, afterId, limit),
    (row) => row.id,
  );
  return withRegionPaths(db, pages);
}
