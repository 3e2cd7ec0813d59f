import { z } from 'zod';
import type { Language } from './accounts';
import { PlainText } from './text';
import { partnerSchemes, partnerTypes, strategies } from './taxonomy';

// Importing partners and activities from a spreadsheet (docs/decisions/030-imports.md). Each
// row becomes the body the API's create route takes and is checked by the same schema and
// service; this file holds what the server, the CLI and the web share: the columns, the
// limits, the answers and the words of every problem.

export const importKinds = ['partners', 'activities'] as const;
export const ImportKind = z.enum(importKinds);
export type ImportKind = z.infer<typeof ImportKind>;

/** What a cell is read as: text, a whole number, a date (YYYY-MM-DD), or one code of a fixed list. */
export type ImportCellKind = 'text' | 'integer' | 'date' | 'code';

export interface ImportColumn {
  /** The API's field name, also accepted as a header. */
  field: string;
  /** The template's header. */
  header: string;
  kind: ImportCellKind;
  required: boolean;
  /** What to write, for the instructions sheet, in both languages. */
  hint: Record<Language, string>;
  /** The codes a `code` column takes; sub-types are data and come from the database. */
  choices?: readonly string[];
  width?: number;
}

const refColumn: ImportColumn = {
  field: 'ref',
  header: 'Ref',
  kind: 'text',
  required: true,
  width: 14,
  hint: {
    id: 'Kode unik baris ini (mis. K-0001). Mengimpor ulang baris dengan Ref yang sama tidak membuat data baru.',
    en: 'A code unique to this row (e.g. K-0001). Importing a row with the same Ref again creates nothing new.',
  },
};

export const importColumns: Record<ImportKind, readonly ImportColumn[]> = {
  partners: [
    refColumn,
    {
      field: 'name',
      header: 'Nama mitra',
      kind: 'text',
      required: true,
      width: 40,
      hint: { id: 'Nama perpustakaan', en: 'The library’s name' },
    },
    {
      field: 'type',
      header: 'Jenis',
      kind: 'code',
      required: true,
      choices: partnerTypes,
      width: 14,
      hint: { id: 'provinsi, kabkota, desa atau tbm', en: 'provinsi, kabkota, desa or tbm' },
    },
    {
      field: 'scheme',
      header: 'Skema',
      kind: 'code',
      required: true,
      choices: partnerSchemes,
      width: 22,
      hint: { id: 'Skema keikutsertaan (pilih dari daftar)', en: 'How the partner joined (pick from the list)' },
    },
    {
      field: 'regionCode',
      header: 'Kode wilayah',
      kind: 'text',
      required: true,
      width: 16,
      hint: {
        id: 'Kode Kemendagri sesuai jenis: desa/tbm di desa (19.05.06.2005), kabkota di kabupaten/kota (19.05), provinsi (19)',
        en: 'Kemendagri code of the type’s level: desa/tbm at a village (19.05.06.2005), kabkota at a regency/city (19.05), provinsi (19)',
      },
    },
    {
      field: 'cohortYear',
      header: 'Tahun angkatan',
      kind: 'integer',
      required: true,
      width: 16,
      hint: { id: 'Tahun bergabung, 2018 atau sesudahnya', en: 'Year it joined, 2018 or later' },
    },
  ],
  activities: [
    refColumn,
    {
      field: 'partnerId',
      header: 'ID mitra',
      kind: 'integer',
      required: true,
      width: 10,
      hint: { id: 'ID mitra (lihat ekspor daftar mitra)', en: 'The partner’s id (see the partners export)' },
    },
    {
      field: 'strategy',
      header: 'Strategi',
      kind: 'code',
      required: true,
      choices: strategies,
      width: 24,
      hint: { id: 'layanan_informasi, pelibatan_masyarakat atau advokasi', en: 'layanan_informasi, pelibatan_masyarakat or advokasi' },
    },
    {
      field: 'subtype',
      header: 'Jenis kegiatan',
      kind: 'code',
      required: false,
      width: 24,
      hint: { id: 'Kode jenis kegiatan dari strategi itu (boleh kosong)', en: 'A sub-type code of that strategy (may be empty)' },
    },
    {
      field: 'title',
      header: 'Judul kegiatan',
      kind: 'text',
      required: true,
      width: 40,
      hint: { id: 'Judul, 3–200 huruf', en: 'Title, 3–200 characters' },
    },
    {
      field: 'date',
      header: 'Tanggal',
      kind: 'date',
      required: true,
      width: 12,
      hint: {
        id: 'Tanggal kegiatan, TTTT-BB-HH (mis. 2024-09-28), tidak di masa depan',
        en: 'Date, YYYY-MM-DD (e.g. 2024-09-28), not in the future',
      },
    },
    {
      field: 'participantsMale',
      header: 'Peserta laki-laki',
      kind: 'integer',
      required: true,
      width: 12,
      hint: { id: 'Jumlah peserta laki-laki', en: 'Number of male participants' },
    },
    {
      field: 'participantsFemale',
      header: 'Peserta perempuan',
      kind: 'integer',
      required: true,
      width: 12,
      hint: { id: 'Jumlah peserta perempuan', en: 'Number of female participants' },
    },
    {
      field: 'description',
      header: 'Deskripsi',
      kind: 'text',
      required: false,
      width: 40,
      hint: { id: 'Uraian (boleh kosong)', en: 'Description (may be empty)' },
    },
    {
      field: 'location',
      header: 'Lokasi',
      kind: 'text',
      required: false,
      width: 24,
      hint: { id: 'Tempat (boleh kosong)', en: 'Place (may be empty)' },
    },
  ],
};

/**
 * What the web takes in one import: 5 MB (413 while it streams in) and 5,000 data rows (413). An
 * import is one transaction, and on SQLite the server's one connection is the import's until it
 * ends: every other request's query waits. A province's month of reports fits (~1,500 in the
 * demo); larger files go through the CLI, which takes up to a million rows.
 */
export const importLimits = { bytes: 5 * 1024 * 1024, rows: 5_000, cliRows: 1_000_000 } as const;

export const ImportRef = PlainText.trim().min(1).max(100);

/** Normalises a header for matching: case, spaces and a trailing `*` (required mark) do not matter. */
export const headerKey = (header: string) =>
  header
    .replace(/^\uFEFF/, '')
    .replace(/\*+\s*$/, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();

/** The field a header names, by the template's Indonesian header or by the API's field name. */
export function fieldOfHeader(kind: ImportKind, header: string): string | undefined {
  const key = headerKey(header);
  return importColumns[kind].find((c) => headerKey(c.header) === key || c.field.toLowerCase() === key)?.field;
}

export const ImportQuery = z.strictObject({ dryRun: z.stringbool().optional() });
export const ImportParams = z.strictObject({ kind: ImportKind });

export const importErrorCodes = [
  'missing_column',
  'required',
  'invalid_choice',
  'not_a_number',
  'not_a_date',
  'too_short',
  'too_long',
  'too_small',
  'too_big',
  'invalid',
  'duplicate_ref',
  'unknown_partner',
  'inactive_partner',
  'outside_scope',
  'unknown_region',
  'wrong_level',
  'future',
  'unknown_subtype',
  'wrong_strategy',
  'duplicate',
  'rejected',
] as const;
export type ImportErrorCode = (typeof importErrorCodes)[number];

/** One problem: the data row (from 1; 0 is the header row), the column's header, a code and words for the importer. */
export const ImportError = z.object({
  row: z.number().int().min(0),
  column: z.string(),
  code: z.string(),
  message: z.string(),
});
export type ImportError = z.infer<typeof ImportError>;

export const ImportCheck = z.object({ rows: z.number().int(), valid: z.number().int(), errors: z.array(ImportError) });
export type ImportCheck = z.infer<typeof ImportCheck>;
export const ImportOutcome = z.object({ created: z.number().int(), unchanged: z.number().int() });
export type ImportOutcome = z.infer<typeof ImportOutcome>;

/** What a problem's words may say besides its code. */
export interface ImportMessageParams {
  limit?: number | undefined;
  choices?: readonly string[] | undefined;
  /** The row where a repeated Ref first appeared. */
  firstRow?: number | undefined;
  /** The service's own words, for a refusal without words of its own here. */
  detail?: string | undefined;
}

type Words = (p: ImportMessageParams) => string;

const words: Record<Language, Record<ImportErrorCode, Words>> = {
  id: {
    missing_column: () => 'Kolom wajib ini tidak ada di baris judul',
    required: () => 'Wajib diisi',
    invalid_choice: (p) => `Bukan pilihan yang sah; pilih salah satu: ${(p.choices ?? []).join(', ')}`,
    not_a_number: () => 'Harus bilangan bulat',
    not_a_date: () => 'Harus tanggal yang ada, ditulis TTTT-BB-HH (mis. 2024-09-28)',
    too_short: (p) => `Terlalu pendek: paling sedikit ${p.limit ?? ''} huruf`,
    too_long: (p) => `Terlalu panjang: paling banyak ${p.limit ?? ''} huruf`,
    too_small: (p) => `Terlalu kecil: paling sedikit ${p.limit ?? ''}`,
    too_big: (p) => `Terlalu besar: paling banyak ${p.limit ?? ''}`,
    invalid: () => 'Isian tidak sah',
    duplicate_ref: (p) => `Ref ini sudah dipakai di baris ${p.firstRow ?? ''}`,
    unknown_partner: () => 'Tidak ada mitra dengan ID ini',
    inactive_partner: () => 'Mitra ini sudah dinonaktifkan dan tidak menerima laporan baru',
    outside_scope: () => 'Di luar wilayah atau mitra yang Anda kelola',
    unknown_region: () => 'Tidak ada wilayah dengan kode ini',
    wrong_level: () => 'Tingkat wilayah tidak sesuai dengan jenis mitra',
    future: () => 'Tidak boleh di masa depan',
    unknown_subtype: () => 'Jenis kegiatan ini tidak dikenal',
    wrong_strategy: () => 'Jenis kegiatan ini milik strategi lain',
    duplicate: () => 'Sudah ada mitra dengan nama dan jenis ini di wilayah ini',
    rejected: (p) => `Ditolak: ${p.detail ?? ''}`,
  },
  en: {
    missing_column: () => 'This required column is missing from the header row',
    required: () => 'Required',
    invalid_choice: (p) => `Not a valid choice; choose one of: ${(p.choices ?? []).join(', ')}`,
    not_a_number: () => 'Must be a whole number',
    not_a_date: () => 'Must be a real date written YYYY-MM-DD (e.g. 2024-09-28)',
    too_short: (p) => `Too short: at least ${p.limit ?? ''} characters`,
    too_long: (p) => `Too long: at most ${p.limit ?? ''} characters`,
    too_small: (p) => `Too small: at least ${p.limit ?? ''}`,
    too_big: (p) => `Too large: at most ${p.limit ?? ''}`,
    invalid: () => 'Not a valid value',
    duplicate_ref: (p) => `This Ref is already used in row ${p.firstRow ?? ''}`,
    unknown_partner: () => 'No partner has this id',
    inactive_partner: () => 'This partner has been deactivated and takes no new reports',
    outside_scope: () => 'Outside the region or partner you manage',
    unknown_region: () => 'No region has this code',
    wrong_level: () => 'The region’s level does not fit the partner’s type',
    future: () => 'Must not lie in the future',
    unknown_subtype: () => 'No such activity sub-type',
    wrong_strategy: () => 'This sub-type belongs to another strategy',
    duplicate: () => 'A partner of this name and type already sits at this region',
    rejected: (p) => `Refused: ${p.detail ?? ''}`,
  },
};

const isErrorCode = (code: string): code is ImportErrorCode => (importErrorCodes as readonly string[]).includes(code);

/** A problem's words in the importer's language; a code this file does not know is shown with the service's own words. */
export function importMessage(code: string, language: Language, params: ImportMessageParams = {}): string {
  return isErrorCode(code) ? words[language][code](params) : words[language].rejected(params);
}
