import { registerMessages } from '#web/i18n/registry.ts';

/** The words of the import screen (Impor data), loaded with it. Every file of this feature that speaks imports this module. */
export const importWords = registerMessages({
  id: {
    'imports.title': 'Impor data',
    'imports.intro':
      'Isi templat Excel, unggah untuk diperiksa, perbaiki baris yang bermasalah, lalu impor. Impor hanya menyimpan bila semua baris benar; mengimpor berkas yang sama dua kali tidak membuat data ganda.',
    'imports.kind': 'Yang diimpor',
    'imports.kind.partners': 'Mitra (perpustakaan)',
    'imports.kind.activities': 'Kegiatan',
    'imports.template': 'Unduh templat Excel',
    'imports.templateNote': 'Templat berisi daftar pilihan dan lembar Petunjuk. CSV (pemisah koma atau titik koma) juga diterima.',
    'imports.file': 'Berkas (XLSX atau CSV)',
    'imports.check': 'Periksa berkas',
    'imports.checking': 'Memeriksa…',
    'imports.noFile': 'Pilih berkas dulu.',
    'imports.checked': '{rows} baris diperiksa, {valid} siap diimpor.',
    'imports.allValid': 'Semua {rows} baris benar. Belum ada yang disimpan.',
    'imports.problems': 'Masalah yang harus diperbaiki ({count})',
    'imports.problemsHint':
      'Perbaiki di berkas Anda, lalu unggah dan periksa lagi. Belum ada yang disimpan. Baris 1 adalah baris pertama di bawah judul.',
    'imports.col.row': 'Baris',
    'imports.col.column': 'Kolom',
    'imports.col.message': 'Masalah',
    'imports.headerRow': 'judul',
    'imports.run': 'Impor',
    'imports.running': 'Mengimpor…',
    'imports.done': 'Impor selesai: {created} dibuat, {unchanged} sudah ada sebelumnya (tidak berubah).',
    'imports.doneActivities': 'Kegiatan yang diimpor menunggu verifikasi.',
    'imports.seeActivities': 'Lihat daftar kegiatan',
    'imports.seePartners': 'Lihat daftar mitra',
  } as const,
  en: {
    'imports.title': 'Import data',
    'imports.intro':
      'Fill in the Excel template, upload it to be checked, fix the rows with problems, then import. The import saves only when every row is right; importing the same file twice creates nothing twice.',
    'imports.kind': 'What to import',
    'imports.kind.partners': 'Partners (libraries)',
    'imports.kind.activities': 'Activities',
    'imports.template': 'Download the Excel template',
    'imports.templateNote':
      'The template has drop-down lists and an instructions sheet (Petunjuk). CSV (comma or semicolon) is accepted too.',
    'imports.file': 'File (XLSX or CSV)',
    'imports.check': 'Check the file',
    'imports.checking': 'Checking…',
    'imports.noFile': 'Choose a file first.',
    'imports.checked': '{rows} rows checked, {valid} ready to import.',
    'imports.allValid': 'All {rows} rows are right. Nothing has been saved yet.',
    'imports.problems': 'Problems to fix ({count})',
    'imports.problemsHint':
      'Fix them in your file, then upload and check it again. Nothing has been saved. Row 1 is the first row under the header.',
    'imports.col.row': 'Row',
    'imports.col.column': 'Column',
    'imports.col.message': 'Problem',
    'imports.headerRow': 'header',
    'imports.run': 'Import',
    'imports.running': 'Importing…',
    'imports.done': 'Import finished: {created} created, {unchanged} already there (unchanged).',
    'imports.doneActivities': 'The imported activities wait for review.',
    'imports.seeActivities': 'See the activity list',
    'imports.seePartners': 'See the partner list',
  },
});
