import type { ProblemText } from './problem-kinds';

// The problems of the three libraries the source document names, worked through at the gathering
// of 28 September 2024 "untuk mencari solusi dan pemecahan permasalahan": each raised in the weeks
// before, discussed in its thread, taken up (ditangani) after the meeting with the actions it decided.

/** The gathering's problem-solving session ended; what happens later on the 28th came out of it. */
export const gatheringSessionEnds = '2024-09-28T11:30';

export const gatheringProblems: { villageCode: string; text: ProblemText }[] = [
  {
    villageCode: '19.06.04.2003',
    text: {
      key: 'cendil-sdm',
      title: 'Pengelola tunggal merangkap perangkat desa, layanan sore sering tutup',
      category: 'sdm',
      description:
        'Sejak Juni 2024 pengelola Perpusdes Cendil diangkat menjadi Kaur Umum di kantor desa. Perpustakaan kini hanya buka pukul 13.00–15.00 dan sering tutup bila ada kegiatan desa. Dua relawan lama sudah bekerja di luar desa, sehingga kelas menjahit dan mendongeng sore bergantung pada satu orang. Laporan kegiatan di SIM pun menumpuk di akhir bulan. Kami khawatir kegiatan yang sudah berjalan baik berhenti dan capaian KPI turun.',
      raised: { at: '2024-08-19T10:05', by: 'pengelola' },
      steps: [
        {
          kind: 'comment',
          at: '2024-08-20T09:15',
          by: 'runi',
          text: 'Terima kasih sudah menyampaikannya lebih awal. Capaian Cendil sampai Agustus masih hijau, jadi ini saat yang tepat menyiapkan pengganti. Apakah ada kader PKK atau anggota karang taruna yang selama ini sering membantu kelas?',
        },
        {
          kind: 'comment',
          at: '2024-08-21T19:40',
          by: 'pengelola',
          text: 'Ada tiga orang: dua kader PKK peserta kelas menjahit dan satu mahasiswa yang kuliah daring dari rumah. Mereka bersedia, tetapi belum pernah memakai SIM dan berharap ada surat tugas dari desa.',
        },
        {
          kind: 'comment',
          at: '2024-08-23T08:30',
          by: 'karolina',
          text: 'Usul: ajukan SK Kepala Desa untuk tim relawan perpustakaan (minimal tiga orang) dengan jadwal jaga bergilir. Perpusdes Puput sudah punya SK serupa; contohnya bisa dibagikan pada gathering 28 September.',
        },
        {
          kind: 'action',
          at: '2024-08-23T09:00',
          by: 'runi',
          ref: 'data-relawan',
          what: 'Mendata calon relawan beserta hari dan jam yang bisa mereka jaga',
          owner: 'Pengelola Perpusdes Cendil',
          ownerIs: 'pengelola',
          due: '2024-09-06',
        },
        { kind: 'done', at: '2024-09-05T15:20', by: 'pengelola', ref: 'data-relawan' },
        {
          kind: 'status',
          at: '2024-09-28T13:30',
          by: 'runi',
          status: 'ditangani',
          comment:
            'Dibahas pada Webinar Gathering 28 September 2024. Disepakati: SK tim relawan dari desa, pendampingan SIM untuk relawan, dan jadwal buka sore bergilir.',
        },
        {
          kind: 'action',
          at: '2024-09-28T13:35',
          by: 'runi',
          ref: 'sk-relawan',
          what: 'Mengajukan SK Kepala Desa Cendil tentang tim relawan perpustakaan (tiga orang) dan jadwal jaga',
          owner: 'Pengelola Perpusdes Cendil',
          ownerIs: 'pengelola',
          due: '2024-10-15',
        },
        {
          kind: 'action',
          at: '2024-09-28T13:40',
          by: 'runi',
          ref: 'latih-sim',
          what: 'Pendampingan daring input kegiatan ke SIM untuk tiga relawan baru',
          owner: 'Runi Alcitra Amalia (Pelatih Ahli)',
          ownerIs: 'runi',
          due: '2024-10-19',
        },
        {
          kind: 'action',
          at: '2024-09-28T13:45',
          by: 'runi',
          ref: 'contoh-sk',
          what: 'Mengirim contoh SK relawan Perpusdes Puput ke pengelola Cendil',
          owner: 'Karolina (Konsultan Pendamping)',
          due: '2024-10-04',
        },
        {
          kind: 'comment',
          at: '2024-09-28T15:10',
          by: 'pengelola',
          text: 'Terima kasih atas masukannya di gathering. Draf SK akan kami serahkan ke Pak Kades minggu depan.',
        },
      ],
    },
  },
  {
    villageCode: '19.05.01.2006',
    text: {
      key: 'belo-laut-anggaran',
      title: 'Anggaran perpustakaan belum tercantum dalam rancangan RKPDes 2025',
      category: 'dukungan_pemda',
      description:
        'Pada APBDes 2024 Perpusdes Belo Laut mendapat alokasi Rp 25 juta untuk buku, kegiatan literasi dan honor relawan. Dalam pra-musyawarah RKPDes 2025, pemerintah desa menyampaikan bahwa Dana Desa 2025 diprioritaskan untuk ketahanan pangan dan penanganan stunting, sehingga pos perpustakaan belum tercantum. Musyawarah Desa RKPDes dijadwalkan pertengahan Oktober 2024. Tanpa anggaran, kelas keterampilan istri nelayan dan layanan internet di perpustakaan sulit dilanjutkan.',
      raised: { at: '2024-08-27T14:20', by: 'pengelola' },
      steps: [
        {
          kind: 'comment',
          at: '2024-08-28T08:45',
          by: 'yulianti',
          text: 'Kegiatan perpustakaan bisa dikaitkan dengan prioritas itu: kelas pengolahan hasil laut dan hidroponik termasuk ketahanan pangan, kelas gizi ibu hamil mendukung penanganan stunting. Coba susun usulan kegiatan dengan bahasa prioritas Dana Desa.',
        },
        {
          kind: 'comment',
          at: '2024-08-30T20:05',
          by: 'pengelola',
          text: 'Baik Bu. Kami punya data peserta kelas sejak Januari; lebih dari separuhnya istri nelayan. Apakah data dari SIM bisa dicetak untuk dibawa ke BPD?',
        },
        {
          kind: 'comment',
          at: '2024-09-02T09:10',
          by: 'karolina',
          text: 'Bisa. Rapor KPI Belo Laut dapat diunduh dari SIM sebagai PDF; lampirkan juga daftar hadir dan foto kegiatan. Data ini akan kami tampilkan pada gathering sebagai contoh advokasi berbasis data.',
        },
        {
          kind: 'action',
          at: '2024-09-02T09:30',
          by: 'yulianti',
          ref: 'usulan',
          what: 'Menyusun usulan kegiatan perpustakaan 2025 yang selaras dengan prioritas ketahanan pangan dan stunting',
          owner: 'Pengelola Perpusdes Belo Laut',
          ownerIs: 'pengelola',
          due: '2024-09-20',
        },
        { kind: 'done', at: '2024-09-19T16:00', by: 'pengelola', ref: 'usulan' },
        {
          kind: 'status',
          at: '2024-09-28T13:50',
          by: 'yulianti',
          status: 'ditangani',
          comment:
            'Dibahas pada gathering 28 September. Perpusdes Air Belo dan Puput berbagi cara mereka mempertahankan pos perpustakaan di APBDes; usulan Belo Laut sudah siap dibawa ke Musdes.',
        },
        {
          kind: 'action',
          at: '2024-09-28T13:55',
          by: 'yulianti',
          ref: 'audiensi',
          what: 'Audiensi dengan Kepala Desa dan BPD Belo Laut sebelum Musdes RKPDes 2025, membawa rapor KPI dan usulan kegiatan',
          owner: 'Pengelola Perpusdes Belo Laut',
          ownerIs: 'pengelola',
          due: '2024-10-10',
        },
        {
          kind: 'action',
          at: '2024-09-28T14:00',
          by: 'yulianti',
          ref: 'dampingi-musdes',
          what: 'Mendampingi pengelola pada Musyawarah Desa RKPDes 2025',
          owner: 'Yulianti (Pelatih Ahli)',
          ownerIs: 'yulianti',
          due: '2024-10-16',
        },
        {
          kind: 'action',
          at: '2024-09-28T14:05',
          by: 'yulianti',
          ref: 'surat-dkpus',
          what: 'Mengirim surat dukungan DKPUS Provinsi kepada Kepala Desa Belo Laut tentang keberlanjutan perpustakaan desa',
          owner: 'DKPUS Kepulauan Bangka Belitung',
          ownerIs: 'babel',
          due: '2024-10-07',
        },
      ],
    },
  },
  {
    villageCode: '19.03.02.2001',
    text: {
      key: 'tanjung-labu-tik',
      title: 'Sinyal internet lemah dan komputer layanan rusak, laporan ke SIM tertunda',
      category: 'sarana_tik',
      description:
        'Desa Tanjung Labu berada di Pulau Lepar; dari Sadai perjalanan ditempuh dengan perahu motor sekitar satu jam. Sinyal seluler hanya kuat di sekitar dermaga dan kantor desa, dan satu dari dua komputer bantuan program rusak (catu dayanya terbakar saat listrik padam). Pengelola mencatat kegiatan di buku, lalu memasukkannya ke SIM saat ke Toboali, sehingga kegiatan Juli dan Agustus baru masuk pertengahan September dan capaian di SIM sempat tampak merah. Kegiatan tetap berjalan; yang tertinggal adalah laporannya.',
      raised: { at: '2024-09-09T16:00', by: 'runi' },
      steps: [
        {
          kind: 'comment',
          at: '2024-09-10T19:30',
          by: 'pengelola',
          text: 'Betul Bu. Kami juga belum tahu apakah SIM bisa dipakai tanpa sinyal. Komputer yang rusak sudah kami bawa ke Toboali; biaya perbaikannya sekitar Rp 1,2 juta.',
        },
        {
          kind: 'comment',
          at: '2024-09-11T08:20',
          by: 'runi',
          text: 'SIM bisa dipakai dari ponsel: laporan tersimpan di ponsel saat tidak ada sinyal dan terkirim sendiri begitu tersambung, misalnya ketika berada di dermaga. Panduannya saya kirim lewat WhatsApp.',
        },
        {
          kind: 'action',
          at: '2024-09-11T08:30',
          by: 'runi',
          ref: 'lapor-ponsel',
          what: 'Mencoba melaporkan kegiatan September dari ponsel, disimpan saat tanpa sinyal dan dikirim di dermaga',
          owner: 'Pengelola Perpusdes Tanjung Labu',
          ownerIs: 'pengelola',
          due: '2024-09-25',
        },
        {
          kind: 'comment',
          at: '2024-09-16T10:00',
          by: 'karolina',
          text: 'Untuk jaringan, Diskominfo Bangka Selatan sedang mendata lokasi titik akses internet BAKTI di desa kepulauan. Perpustakaan bisa diusulkan sebagai lokasi; mohon siapkan titik koordinat dan foto gedung.',
        },
        { kind: 'done', at: '2024-09-24T17:45', by: 'pengelola', ref: 'lapor-ponsel' },
        {
          kind: 'status',
          at: '2024-09-28T14:10',
          by: 'runi',
          status: 'ditangani',
          comment:
            'Dibahas pada gathering. Laporan September sudah masuk tepat waktu lewat ponsel; tersisa perbaikan komputer dan usulan titik akses internet.',
        },
        {
          kind: 'action',
          at: '2024-09-28T14:15',
          by: 'runi',
          ref: 'usul-bakti',
          what: 'Mengusulkan perpustakaan desa sebagai lokasi titik akses internet BAKTI kepada Diskominfo Bangka Selatan',
          owner: 'Kepala Desa Tanjung Labu',
          due: '2024-10-31',
        },
        {
          kind: 'action',
          at: '2024-09-28T14:20',
          by: 'runi',
          ref: 'perbaikan',
          what: 'Memperbaiki catu daya komputer layanan dari anggaran pemeliharaan desa',
          owner: 'Pemerintah Desa Tanjung Labu',
          due: '2024-10-20',
        },
        {
          kind: 'comment',
          at: '2024-09-28T16:00',
          by: 'pengelola',
          text: 'Koordinat dan foto gedung perpustakaan sudah kami kirim ke Bu Karolina. Terima kasih.',
        },
      ],
    },
  },
];
