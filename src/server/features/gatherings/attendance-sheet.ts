import { stringify } from 'csv-stringify/sync';
import { ancestorAt } from '#domain/regions';
import type { Actor } from '#domain/permissions';
import { PartnerType } from '#domain/taxonomy';
import type { DbOrTx } from '#server/db/database';
import { regionNames, regionPathsOf } from '#server/features/regions/service';
import { visibleGathering } from './access';
import { attendanceOf } from './repository';

// The attendance list as people file it: one row per library, with where it is, in Indonesian.

export const partnerTypeName: Record<PartnerType, string> = {
  desa: 'Perpustakaan desa/kelurahan',
  tbm: 'Taman Bacaan Masyarakat',
  kabkota: 'Perpustakaan kabupaten/kota',
  provinsi: 'Perpustakaan provinsi',
};

/** The same, short enough for a printed column. */
export const partnerTypeShortName: Record<PartnerType, string> = {
  desa: 'Desa/kel.',
  tbm: 'TBM',
  kabkota: 'Kab./kota',
  provinsi: 'Provinsi',
};

export interface SheetRow {
  no: number;
  partnerId: number;
  regionCode: string;
  name: string;
  type: string;
  typeShort: string;
  village: string;
  district: string;
  regency: string;
}

export interface AttendanceSheet {
  title: string;
  date: string;
  mode: string;
  regionName: string;
  rows: SheetRow[];
}

export async function attendanceSheet(db: DbOrTx, actor: Actor, id: number): Promise<AttendanceSheet> {
  const gathering = await visibleGathering(db, actor, id);
  const attendees = await attendanceOf(db, id);
  const paths = await regionPathsOf(
    db,
    attendees.map((a) => a.region_code),
  );
  const region = await regionNames(db, [gathering.region_code]);
  const nameAt = (code: string, level: 'desa' | 'kecamatan' | 'kabkota') => {
    const at = ancestorAt(code, level);
    return at === null ? '' : (paths.get(code)?.find((r) => r.code === at)?.name ?? '');
  };
  return {
    title: gathering.title,
    date: gathering.date,
    mode: gathering.mode,
    regionName: region.get(gathering.region_code) ?? gathering.region_code,
    rows: attendees.map((a, i) => ({
      no: i + 1,
      partnerId: a.id,
      regionCode: a.region_code,
      name: a.name,
      type: partnerTypeName[PartnerType.parse(a.type)],
      typeShort: partnerTypeShortName[PartnerType.parse(a.type)],
      village: nameAt(a.region_code, 'desa'),
      district: nameAt(a.region_code, 'kecamatan'),
      regency: nameAt(a.region_code, 'kabkota'),
    })),
  };
}

export const sheetHeaders = ['no', 'nama perpustakaan', 'jenis', 'desa/kelurahan', 'kecamatan', 'kabupaten/kota'] as const;

/** UTF-8 with a byte-order mark, so Excel opens it with the names intact. */
export function attendanceCsv(sheet: AttendanceSheet): Buffer {
  const body = stringify(
    sheet.rows.map((r) => [r.no, r.name, r.type, r.village, r.district, r.regency]),
    { header: true, columns: [...sheetHeaders], record_delimiter: 'windows' },
  );
  return Buffer.from(`\uFEFF${body}`, 'utf8');
}

/** A file name people can read: `daftar-hadir-2024-09-28-webinar-gathering.csv`. */
export const sheetFileName = (sheet: AttendanceSheet, extension: 'csv' | 'pdf'): string => `${sheetFileStem(sheet)}.${extension}`;

/** The name before the extension: `daftar-hadir-2024-09-28-webinar-gathering`. */
export function sheetFileStem(sheet: AttendanceSheet): string {
  const slug = sheet.title
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 60);
  return `daftar-hadir-${sheet.date}-${slug || 'pertemuan'}`;
}
