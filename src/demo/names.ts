import type { Region } from '#domain/regions';
import { isKelurahan } from './province';

export function provincialLibraryName(province: Region): string {
  return `Dinas Kearsipan dan Perpustakaan Provinsi ${province.name}`;
}

export function regencyLibraryName(regency: Region): string {
  return `Perpustakaan Daerah ${regency.name}`;
}

/** How people on the ground say it: Perpusdes for a desa, Perpustakaan Kelurahan in town. */
export function villageLibraryName(village: Region): string {
  return isKelurahan(village) ? `Perpustakaan Kelurahan ${village.name}` : `Perpusdes ${village.name}`;
}

/** Names community reading parks in Babel give themselves; "Serumpun Sebalai" is the province's motto. */
export const readingParkNames = [
  'Cahaya Ilmu',
  'Pelangi',
  'Bintang Literasi',
  'Rumah Baca',
  'Lentera',
  'Tunas Bangsa',
  'Pondok Baca',
  'Sahabat Pustaka',
  'Jendela Dunia',
  'Gemilang',
  'Bina Insani',
  'Kampung Literasi',
  'Serumpun Sebalai',
  'Laskar Pelangi',
  'Mutiara Pesisir',
  'Anak Nelayan',
  'Pucuk Idat',
  'Cempedak',
  'Pelita Hati',
  'Teratai',
] as const;

/** "the village of X" as a title says it: Desa for a desa, Kelurahan in town. */
export function villagePlaceName(village: Region): string {
  return `${isKelurahan(village) ? 'Kelurahan' : 'Desa'} ${village.name}`;
}
