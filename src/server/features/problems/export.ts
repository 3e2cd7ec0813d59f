import type { Actor } from '#domain/permissions';
import type { ProblemCategory, ProblemExportQuery, ProblemStatus } from '#domain/problems';
import type { DbOrTx } from '#server/db/database';
import { keysetPages, mapPages } from '#server/features/exports/pages';
import { nameAtLevel, regionPathsForPages, type RegionPath } from '#server/features/exports/regions';
import type { RowBatches, SheetDefinition } from '#server/features/exports/sheet';
import { toProblemSummary } from './mapping';
import { overdueRuleAt, problemFilterFor } from './queries';
import { problemsAfter, type ProblemListRow } from './repository';

type ExportedProblem = ProblemListRow & { summary: ReturnType<typeof toProblemSummary>; path: RegionPath | undefined };

const categoryNames: Record<ProblemCategory, string> = {
  sdm: 'Sumber daya manusia (SDM)',
  anggaran: 'Anggaran',
  koleksi: 'Koleksi bahan bacaan',
  sarana_tik: 'Sarana TIK dan internet',
  dukungan_pemda: 'Dukungan pemerintah daerah/desa',
  partisipasi: 'Partisipasi masyarakat',
  pelaporan: 'Pelaporan',
  lainnya: 'Lainnya',
};
const statusNames: Record<ProblemStatus, string> = { terbuka: 'Terbuka', ditangani: 'Ditangani', selesai: 'Selesai', ditutup: 'Ditutup' };

export const problemSheet: SheetDefinition<ExportedProblem> = {
  name: 'Kendala',
  columns: [
    { header: 'ID kendala', type: 'integer', value: (p) => p.id },
    { header: 'Judul', type: 'text', width: 48, value: (p) => p.title },
    { header: 'Kategori', type: 'text', width: 30, value: (p) => categoryNames[p.category as ProblemCategory] ?? p.category },
    { header: 'Status', type: 'text', width: 12, value: (p) => statusNames[p.status as ProblemStatus] ?? p.status },
    { header: 'ID mitra', type: 'integer', value: (p) => p.partner_id },
    { header: 'Mitra', type: 'text', width: 32, value: (p) => p.partner_name },
    { header: 'Kode wilayah', type: 'text', width: 16, value: (p) => p.region_code },
    { header: 'Provinsi', type: 'text', value: (p) => nameAtLevel(p.path, 0) },
    { header: 'Kabupaten/kota', type: 'text', value: (p) => nameAtLevel(p.path, 1) },
    { header: 'Kecamatan', type: 'text', value: (p) => nameAtLevel(p.path, 2) },
    { header: 'Desa/kelurahan', type: 'text', value: (p) => nameAtLevel(p.path, 3) },
    { header: 'Uraian', type: 'text', width: 60, value: (p) => p.description },
    { header: 'Tindak lanjut terbuka', type: 'integer', value: (p) => p.summary.openActions },
    { header: 'Tindak lanjut terlambat', type: 'integer', value: (p) => p.summary.overdueActions },
    { header: 'Penyelesaian', type: 'text', width: 48, value: (p) => p.resolution },
    { header: 'Dilaporkan oleh', type: 'text', width: 24, value: (p) => p.author_display_name ?? p.author_username },
    { header: 'Dicatat (WIB)', type: 'datetime', value: (p) => p.created_at },
    { header: 'Diubah (WIB)', type: 'datetime', value: (p) => p.updated_at },
  ],
};

/**
 * Every problem of the list with the same filters and scope, a page at a time by id, its counts
 * of open and overdue actions as the list gives them. The scope is checked before the first byte.
 */
export async function problemExport(db: DbOrTx, actor: Actor, query: ProblemExportQuery, now: Date): Promise<RowBatches<ExportedProblem>> {
  const filter = await problemFilterFor(db, actor, query);
  const rule = overdueRuleAt(now);
  const pages = keysetPages(
    (afterId: number | undefined, limit: number) => problemsAfter(db, filter, rule, afterId, limit),
    (row) => row.id,
  );
  const pathsOf = regionPathsForPages(db);
  return mapPages(pages, async (rows) => {
    const paths = await pathsOf(rows.map((r) => r.region_code));
    // Set on the row, not a copy of it (a copy per row grows the heap: see `withRegionPaths`).
    return rows.map((r) => Object.assign(r, { summary: toProblemSummary(r), path: paths.get(r.region_code) }));
  });
}
