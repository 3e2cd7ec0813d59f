import type { PartnerType } from '#domain/taxonomy';
import type { ProblemPlace, ProblemText } from './problem-kinds';

// Other problems of the province in the weeks before the gathering, so that lists, filters and
// counts have something to show: one solved with its resolution, one with an action past its
// due day, one still open with nobody on it yet. Written for whichever library the plan picks.

export interface ProvinceProblem {
  /** Which libraries may have this problem: their type, inside this regency or city. */
  where: { type: PartnerType; regencyCode: string };
  text: (place: ProblemPlace) => ProblemText;
}

export const provinceProblems: ProvinceProblem[] = [
  {
    where: { type: 'tbm', regencyCode: '19.71' },
    text: (p) => ({
      key: 'pangkalpinang-akun',
      title: 'Akun SIM pengelola baru belum bisa dipakai, laporan Juni–Juli tertahan',
      category: 'pelaporan',
      description: `Pengelola lama ${p.library} pindah ke luar daerah pada Juni 2024. Pengelola baru belum memiliki akun, dan kata sandi akun lama tidak diketahui. Laporan kegiatan Juni dan Juli masih tercatat di buku dan belum masuk SIM.`,
      raised: { at: '2024-07-29T10:00', by: 'runi' },
      steps: [
        {
          kind: 'comment',
          at: '2024-07-30T08:30',
          by: 'babel',
          text: 'Akun pengelola akan kami atur ulang hari ini. Mohon kirimkan nama lengkap dan nomor WhatsApp pengelola baru.',
        },
        {
          kind: 'action',
          at: '2024-07-30T08:40',
          by: 'runi',
          ref: 'akun',
          what: 'Mengatur ulang akun pengelola dan mendampingi login pertama',
          owner: 'DKPUS Kepulauan Bangka Belitung',
          ownerIs: 'babel',
          due: '2024-08-02',
        },
        {
          kind: 'action',
          at: '2024-07-30T08:45',
          by: 'runi',
          ref: 'susulan',
          what: 'Memasukkan laporan kegiatan Juni dan Juli ke SIM beserta fotonya',
          owner: `Pengelola ${p.library}`,
          ownerIs: 'pengelola',
          due: '2024-08-16',
        },
        { kind: 'done', at: '2024-08-01T11:00', by: 'babel', ref: 'akun' },
        { kind: 'status', at: '2024-08-01T11:05', by: 'runi', status: 'ditangani' },
        { kind: 'done', at: '2024-08-14T20:10', by: 'pengelola', ref: 'susulan' },
        {
          kind: 'resolve',
          at: '2024-08-19T09:00',
          by: 'runi',
          resolution:
            'Akun pengelola baru aktif sejak 1 Agustus 2024. Laporan kegiatan Juni dan Juli sudah masuk SIM dan diverifikasi, dan pengelola kini melapor sendiri dari ponsel setiap selesai kegiatan.',
        },
      ],
    }),
  },
  {
    where: { type: 'desa', regencyCode: '19.02' },
    text: (p) => ({
      key: 'belitung-atap',
      title: 'Atap ruang baca bocor, sebagian koleksi buku anak rusak',
      category: 'koleksi',
      description: `Hujan deras awal September membuat atap seng ruang baca ${p.library} bocor di dua titik. Sekitar 40 buku anak dan majalah basah dan berjamur; rak terpaksa dipindah ke teras, sehingga pojok baca anak tidak bisa dipakai.`,
      raised: { at: '2024-09-05T09:30', by: 'pengelola' },
      steps: [
        {
          kind: 'comment',
          at: '2024-09-06T08:00',
          by: 'runi',
          text: 'Buku yang masih bisa diselamatkan dijemur dan dibersihkan dulu, jangan langsung dimusnahkan. Untuk atap, mohon segera disampaikan ke pemerintah desa.',
        },
        { kind: 'status', at: '2024-09-06T08:05', by: 'runi', status: 'ditangani' },
        {
          kind: 'action',
          at: '2024-09-06T08:10',
          by: 'runi',
          ref: 'data-buku',
          what: 'Mendata buku yang rusak dan mengusulkan penggantian ke Dinas Perpustakaan Kabupaten',
          owner: `Pengelola ${p.library}`,
          ownerIs: 'pengelola',
          due: '2024-09-13',
        },
        {
          kind: 'action',
          at: '2024-09-06T08:15',
          by: 'runi',
          ref: 'atap',
          what: 'Memperbaiki atap ruang baca',
          owner: `Pemerintah ${p.village}`,
          due: '2024-09-20',
        },
        { kind: 'done', at: '2024-09-12T14:30', by: 'pengelola', ref: 'data-buku' },
        {
          kind: 'comment',
          at: '2024-09-23T10:20',
          by: 'pengelola',
          text: `Seng pengganti sudah dibeli, tetapi perbaikan masih menunggu tukang dari ${p.village}. Rak tetap di teras untuk sementara.`,
        },
      ],
    }),
  },
  {
    where: { type: 'desa', regencyCode: '19.04' },
    text: (p) => ({
      key: 'bangka-tengah-remaja',
      title: 'Remaja jarang datang sejak ramai tambang timah rakyat',
      category: 'partisipasi',
      description: `Sejak Juli banyak remaja putus sekolah di ${p.village} ikut bekerja di tambang timah rakyat di sekitar desa. Kelas remaja ${p.library} yang biasanya diikuti 15–20 orang kini hanya dihadiri 4–5 orang.`,
      raised: { at: '2024-09-17T15:45', by: 'pengelola' },
      steps: [
        {
          kind: 'comment',
          at: '2024-09-19T09:00',
          by: 'karolina',
          text: 'Apakah kelas bisa dipindah ke malam hari? Di Jebus, kelas remaja selepas isya lebih ramai. Materi yang dekat dengan pekerjaan mereka, misalnya keselamatan kerja atau mengelola uang, juga bisa menarik.',
        },
      ],
    }),
  },
];
