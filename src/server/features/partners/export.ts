import type { PartnerExportQuery } from '#domain/partners';
import type { Actor } from '#domain/permissions';
import type { PartnerScheme, PartnerType } from '#domain/taxonomy';
import type { DbOrTx } from '#server/db/database';
import { keysetPages } from '#server/features/exports/pages';
import type { RowBatches, SheetDefinition } from '#server/features/exports/sheet';
import { nameAtLevel, withRegionPaths, type RegionPath } from '#server/features/exports/regions';
import { partnersAfter } from './repository';
import { partnerFilterFor } from './service';

type PartnerPageRow = Awaited<ReturnType<typeof partnersAfter>>[number];
type ExportedPartner = PartnerPageRow & { path: RegionPath | undefined };

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

export const partnerSheet: SheetDefinition<ExportedPartner> = {
  name: 'Mitra',
  columns: [
    { header: 'ID mitra', type: 'integer', value: (p) => p.id },
    { header: 'Nama mitra', type: 'text', width: 40, value: (p) => p.name },
    { header: 'Jenis', type: 'text', width: 30, value: (p) => typeNames[p.type as PartnerType] ?? p.type },
    { header: 'Skema', type: 'text', width: 30, value: (p) => schemeNames[p.scheme as PartnerScheme] ?? p.scheme },
    { header: 'Kode wilayah', type: 'text', width: 16, value: (p) => p.region_code },
    { header: 'Provinsi', type: 'text', value: (p) => nameAtLevel(p.path, 0) },
    { header: 'Kabupaten/kota', type: 'text', value: (p) => nameAtLevel(p.path, 1) },
    { header: 'Kecamatan', type: 'text', value: (p) => nameAtLevel(p.path, 2) },
    { header: 'Desa/kelurahan', type: 'text', value: (p) => nameAtLevel(p.path, 3) },
    { header: 'Tahun angkatan', type: 'integer', value: (p) => p.cohort_year },
    { header: 'Alamat', type: 'text', width: 40, value: (p) => p.address },
    { header: 'Telepon', type: 'text', width: 16, value: (p) => p.phone },
    { header: 'Aktif', type: 'text', width: 8, value: (p) => (p.active === 1 ? 'Ya' : 'Tidak') },
    { header: 'Dicatat (WIB)', type: 'datetime', value: (p) => p.created_at },
    { header: 'Diubah (WIB)', type: 'datetime', value: (p) => p.updated_at },
  ],
};

/**
 * Every partner of the list with the same filters and scope, in the list's order, a page at a
 * time. The scope is checked here, before the first byte is sent.
 */
export function partnerExport(db: DbOrTx, actor: Actor, query: PartnerExportQuery): RowBatches<ExportedPartner> {
  const filter = partnerFilterFor(actor, query);
  const pages = keysetPages(
    (after: { name: string; id: number } | undefined, limit: number) => partnersAfter(db, filter, after, limit),
    (row) => ({ name: row.name, id: row.id }),
  );
  return withRegionPaths(db, pages);
}
