import type { Actor } from '#domain/permissions';
import type { DbOrTx } from '#server/db/database';
import { inPages } from '#server/features/exports/pages';
import type { RowBatches, SheetDefinition } from '#server/features/exports/sheet';
import { attendanceSheet, sheetFileStem, type SheetRow } from './attendance-sheet';

// The attendance list through the exports' building block: Excel as well as CSV, typed cells.
// "Nama perpustakaan" and "ID mitra" are headers the attendance import reads, so a list
// exported from one gathering can be edited and imported into the next.

export const attendanceExportSheet: SheetDefinition<SheetRow> = {
  name: 'Daftar hadir',
  columns: [
    { header: 'No', type: 'integer', width: 6, value: (r) => r.no },
    { header: 'ID mitra', type: 'integer', value: (r) => r.partnerId },
    { header: 'Nama perpustakaan', type: 'text', width: 40, value: (r) => r.name },
    { header: 'Jenis', type: 'text', width: 30, value: (r) => r.type },
    { header: 'Desa/kelurahan', type: 'text', value: (r) => r.village || null },
    { header: 'Kecamatan', type: 'text', value: (r) => r.district || null },
    { header: 'Kabupaten/kota', type: 'text', value: (r) => r.regency || null },
    { header: 'Kode wilayah', type: 'text', width: 16, value: (r) => r.regionCode },
  ],
};

/** A gathering's attendance (a few hundred libraries at most), read whole once the gathering is known visible, then paged out. */
export async function attendanceExport(db: DbOrTx, actor: Actor, id: number): Promise<{ stem: string; rows: RowBatches<SheetRow> }> {
  const sheet = await attendanceSheet(db, actor, id);
  return { stem: sheetFileStem(sheet), rows: inPages(sheet.rows) };
}
