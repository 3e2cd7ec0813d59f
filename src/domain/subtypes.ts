import type { Strategy } from './taxonomy';

/**
 * The sub-types of each strategy, as data: the database is seeded from this list, and new
 * sub-types are added there, not in code. Keys are snake_case because they name the seeded
 * columns; `label_id` is the Indonesian label, `label_en` the English one.
 */
export interface ActivitySubtype {
  code: string;
  strategy: Strategy;
  label_id: string;
  label_en: string;
}

export const activitySubtypes = [
  { code: 'layanan_internet', strategy: 'layanan_informasi', label_id: 'Layanan internet / TIK', label_en: 'Internet / ICT service' },
  { code: 'penambahan_koleksi', strategy: 'layanan_informasi', label_id: 'Penambahan koleksi', label_en: 'New collection' },
  { code: 'jam_layanan', strategy: 'layanan_informasi', label_id: 'Penambahan jam layanan', label_en: 'Longer opening hours' },
  { code: 'layanan_baru', strategy: 'layanan_informasi', label_id: 'Layanan baru', label_en: 'New service' },
  {
    code: 'pelatihan_keterampilan',
    strategy: 'pelibatan_masyarakat',
    label_id: 'Pelatihan keterampilan',
    label_en: 'Skills training',
  },
  { code: 'sosialisasi', strategy: 'pelibatan_masyarakat', label_id: 'Sosialisasi', label_en: 'Public information session' },
  { code: 'wisata_literasi', strategy: 'pelibatan_masyarakat', label_id: 'Wisata literasi', label_en: 'Literacy visit' },
  { code: 'storytelling', strategy: 'pelibatan_masyarakat', label_id: 'Mendongeng (storytelling)', label_en: 'Storytelling' },
  { code: 'kelas_perempuan', strategy: 'pelibatan_masyarakat', label_id: 'Kelas perempuan', label_en: 'Class for women' },
  { code: 'kelas_lansia', strategy: 'pelibatan_masyarakat', label_id: 'Kelas lansia', label_en: 'Class for the elderly' },
  { code: 'kelas_remaja', strategy: 'pelibatan_masyarakat', label_id: 'Kelas remaja', label_en: 'Class for young people' },
  { code: 'lomba_literasi', strategy: 'pelibatan_masyarakat', label_id: 'Lomba literasi', label_en: 'Literacy competition' },
  {
    code: 'audiensi_kepala_desa',
    strategy: 'advokasi',
    label_id: 'Audiensi dengan kepala desa',
    label_en: 'Meeting with the village head',
  },
  {
    code: 'audiensi_pemda',
    strategy: 'advokasi',
    label_id: 'Audiensi dengan pemerintah daerah',
    label_en: 'Meeting with the local government',
  },
  { code: 'mou', strategy: 'advokasi', label_id: 'Nota kesepahaman (MoU)', label_en: 'Memorandum of understanding (MoU)' },
  { code: 'alokasi_dana_desa', strategy: 'advokasi', label_id: 'Alokasi dana desa', label_en: 'Village fund allocation' },
  { code: 'perdes', strategy: 'advokasi', label_id: 'Peraturan desa / daerah', label_en: 'Village or regional regulation' },
] as const satisfies readonly ActivitySubtype[];

export type ActivitySubtypeCode = (typeof activitySubtypes)[number]['code'];

export function subtypesOf(strategy: Strategy): ActivitySubtype[] {
  return activitySubtypes.filter((subtype) => subtype.strategy === strategy);
}

/** True when `code` is a sub-type of `strategy`: an activity's sub-type must match its strategy. */
export function isSubtypeOf(code: string, strategy: Strategy): boolean {
  return activitySubtypes.some((subtype) => subtype.code === code && subtype.strategy === strategy);
}
