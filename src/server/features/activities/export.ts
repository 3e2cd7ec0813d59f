import type { ActivityExportQuery } from '#domain/activities';
import type { Actor } from '#domain/permissions';
import type { ActivityStatus, Strategy } from '#domain/taxonomy';
import type { DbOrTx } from '#server/db/database';
import { keysetPages } from '#server/features/exports/pages';
import { nameAtLevel, withRegionPaths, type RegionPath } from '#server/features/exports/regions';
import type { RowBatches, SheetDefinition } from '#server/features/exports/sheet';
import { activityFilterFor } from './queries';
import { activitiesAfter, type ActivityExportRow } from './repository';

type ExportedActivity = ActivityExportRow & { path: RegionPath | undefined };

/** The three strategies as the programme's reports name them. */
export const strategyNames: Record<Strategy, string> = {
  layanan_informasi: 'Peningkatan layanan informasi',
  pelibatan_masyarakat: 'Pelibatan masyarakat',
  advokasi: 'Advokasi',
};
const statusNames: Record<ActivityStatus, string> = {
  draft: 'Draf',
  submitted: 'Menunggu verifikasi',
  verified: 'Terverifikasi',
  returned: 'Dikembalikan',
};

export const activitySheet: SheetDefinition<ExportedActivity> = {
  name: 'Kegiatan',
  columns: [
    { header: 'ID kegiatan', type: 'integer', value: (a) => a.id },
    { header: 'Tanggal', type: 'date', value: (a) => a.date },
    { header: 'Judul kegiatan', type: 'text', width: 48, value: (a) => a.title },
    { header: 'ID mitra', type: 'integer', value: (a) => a.partner_id },
    { header: 'Mitra', type: 'text', width: 32, value: (a) => a.partner_name },
    { header: 'Kode wilayah', type: 'text', width: 16, value: (a) => a.region_code },
    { header: 'Provinsi', type: 'text', value: (a) => nameAtLevel(a.path, 0) },
    { header: 'Kabupaten/kota', type: 'text', value: (a) => nameAtLevel(a.path, 1) },
    { header: 'Kecamatan', type: 'text', value: (a) => nameAtLevel(a.path, 2) },
    { header: 'Desa/kelurahan', type: 'text', value: (a) => nameAtLevel(a.path, 3) },
    { header: 'Strategi', type: 'text', width: 30, value: (a) => strategyNames[a.strategy as Strategy] ?? a.strategy },
    { header: 'Jenis kegiatan', type: 'text', width: 36, value: (a) => a.subtype_label },
    { header: 'Lokasi', type: 'text', value: (a) => a.location },
    { header: 'Peserta laki-laki', type: 'integer', value: (a) => a.participants_male },
    { header: 'Peserta perempuan', type: 'integer', value: (a) => a.participants_female },
    { header: 'Jumlah peserta', type: 'integer', value: (a) => a.participants_male + a.participants_female },
    { header: 'Peserta penyandang disabilitas', type: 'integer', value: (a) => a.participants_disability },
    { header: 'Peserta lansia', type: 'integer', value: (a) => a.participants_elderly },
    { header: 'Peserta anak', type: 'integer', value: (a) => a.participants_children },
    { header: 'Status laporan', type: 'text', width: 20, value: (a) => statusNames[a.status as ActivityStatus] ?? a.status },
    { header: 'Diajukan (WIB)', type: 'datetime', value: (a) => a.submitted_at },
    { header: 'Ditinjau (WIB)', type: 'datetime', value: (a) => a.reviewed_at },
  ],
};

/**
 * Every activity of the list with the same filters and scope, a page at a time by id. The scope
 * is checked (and a partner or region outside it refused) before the first byte is sent.
 */
export async function activityExport(db: DbOrTx, actor: Actor, query: ActivityExportQuery): Promise<RowBatches<ExportedActivity>> {
  const filter = await activityFilterFor(db, actor, query);
  const pages = keysetPages(
    (afterId: number | undefined, limit: number) => activitiesAfter(db, filter, afterId, limit),
    (row) => row.id,
  );
  return withRegionPaths(db, pages);
}
