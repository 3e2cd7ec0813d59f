import type { StoryText } from './story-kinds';

// Stories still with their libraries and reviewers in the week of the gathering: two waiting for
// a reviewer, one returned with what to change, one a draft. They give the demo's reviewers work.

const paragraphs = (...parts: string[]) => parts.join('\n\n');

export const storiesInReview: StoryText[] = [
  {
    key: 'teluk-limau-lele',
    villageCode: '19.05.06.2010',
    title: 'Lele dalam Ember: Pekarangan Sempit, Lauk Keluarga Tetap Ada',
    summary:
      'Pelatihan budidaya ikan dalam ember di Perpusdes Teluk Limau mengajak keluarga memelihara lele dan menanam kangkung dalam satu ember di pekarangan. Dua puluh keluarga kini memanen lele sendiri untuk lauk.',
    story: paragraphs(
      'Pekarangan rumah di Desa Teluk Limau umumnya sempit dan berpasir. Dari buku budidaya ikan di perpustakaan, pengelola menemukan cara budikdamber, budidaya ikan dalam ember: ember 80 liter diisi lele, dan di atasnya gelas plastik berisi kangkung yang akarnya menyerap kotoran ikan.',
      'Perpustakaan bekerja sama dengan penyuluh perikanan kecamatan untuk melatih warga, terutama ibu rumah tangga dan keluarga nelayan yang tidak melaut ketika angin kencang. Peserta belajar memilih benih, memberi pakan, mengganti air dan mencatat pertumbuhan ikan di buku catatan yang disediakan perpustakaan.',
      'Setelah dua bulan, panen pertama menghasilkan rata-rata enam kilogram lele per ember. Sebagian dimasak untuk keluarga, sebagian dijual ke tetangga. Posyandu ikut memanfaatkan hasil panen untuk pemberian makanan tambahan balita.',
    ),
    strategy: 'pelibatan_masyarakat',
    testimony: 'Kalau musim angin barat, suami tidak melaut. Lele di ember inilah yang jadi lauk kami.',
    testimonyBy: 'Ibu Aminah, peserta pelatihan budikdamber Desa Teluk Limau',
    activities: { subtypes: ['pelatihan_keterampilan'], keywords: ['lele'], most: 2 },
    pictures: [{ scene: 'kelas', sign: 'Pelatihan budidaya lele dalam ember' }, { scene: 'pesisir' }],
    course: { status: 'submitted', written: '2024-09-23T19:40', submitted: '2024-09-24T08:10' },
  },
  {
    key: 'benteng-kota-komputer',
    villageCode: '19.05.05.2006',
    title: 'Kelas Komputer Dasar: Perangkat Desa dan Pelajar Belajar di Satu Meja',
    summary:
      'Perpusdes Benteng Kota membuka kelas komputer dasar dua kali seminggu dengan komputer bantuan program. Pesertanya perangkat desa, pelajar SMP dan pelaku UMKM yang ingin membuat surat, tabel penjualan dan mengisi formulir daring.',
    story: paragraphs(
      'Ketika komputer bantuan Program TPBIS tiba, banyak warga Benteng Kota yang belum pernah menyentuh papan ketik. Padahal pendaftaran sekolah, bantuan sosial dan perizinan usaha kini banyak dilakukan secara daring.',
      'Perpustakaan membuka kelas komputer dasar setiap Selasa dan Kamis sore. Materinya disusun dari buku panduan komputer di perpustakaan: menyalakan komputer, mengetik surat, membuat tabel sederhana, menyimpan berkas, dan mengisi formulir daring seperti pendaftaran NIB untuk usaha mikro. Pelajar SMP yang sudah mahir menjadi asisten bagi peserta dewasa.',
      'Sejak April, 46 warga telah mengikuti kelas. Perangkat desa kini mengetik sendiri surat keterangan, dan lima pelaku UMKM sudah memiliki NIB yang didaftarkan dari perpustakaan.',
    ),
    strategy: 'layanan_informasi',
    testimony:
      'Dulu saya harus minta tolong anak untuk mengetik laporan. Sekarang saya bisa sendiri, dan saya mengajari teman-teman kader.',
    testimonyBy: 'Pak Darwis, Kaur Keuangan Desa Benteng Kota',
    activities: { subtypes: ['pelatihan_keterampilan', 'layanan_internet'], keywords: ['komputer', 'internet'], most: 3 },
    pictures: [{ scene: 'kelas', sign: 'Kelas komputer dasar' }],
    course: { status: 'submitted', written: '2024-09-25T20:30', submitted: '2024-09-26T07:45' },
  },
  {
    key: 'bukit-terak-hidroponik',
    villageCode: '19.05.02.2012',
    title: 'Kebun Hidroponik Perpustakaan',
    summary: 'Perpusdes Bukit Terak mengadakan pelatihan hidroponik sayuran bagi warga di halaman perpustakaan.',
    story:
      'Perpusdes Bukit Terak mengadakan pelatihan hidroponik sayuran pada bulan Februari, Mei dan Juli 2024. Pelatihan diikuti ibu-ibu PKK dan pemuda. Materi meliputi penyemaian, pembuatan instalasi pipa, larutan nutrisi AB mix dan panen. Kegiatan berjalan lancar dan peserta antusias.',
    strategy: 'pelibatan_masyarakat',
    testimony: null,
    testimonyBy: null,
    activities: { subtypes: ['pelatihan_keterampilan'], keywords: ['hidroponik'], most: 3 },
    pictures: [{ scene: 'kebun_hidroponik', sign: 'Kebun hidroponik' }],
    course: {
      status: 'returned',
      written: '2024-09-16T13:00',
      submitted: '2024-09-16T13:20',
      returned: '2024-09-19T10:30',
      by: 'yulianti',
      comment:
        'Terima kasih, kegiatannya bagus. Namun tulisan ini masih berupa laporan kegiatan. Mohon ceritakan apa yang berubah bagi warga (hasil panen, siapa yang kini menanam di rumah, manfaatnya bagi keluarga), tambahkan kutipan salah satu peserta, dan lengkapi ringkasannya.',
    },
  },
  {
    key: 'ranggi-asam-parenting',
    villageCode: '19.05.03.2008',
    title: 'Kelas Parenting: Ayah Juga Datang ke Perpustakaan',
    summary:
      'Kelas parenting di Perpusdes Ranggi Asam awalnya hanya dihadiri ibu-ibu. Setelah jadwalnya dipindah ke malam hari selepas isya, para ayah pun mulai datang.',
    story: paragraphs(
      'Kelas parenting Perpusdes Ranggi Asam dimulai pada Maret 2024 bersama kader Bina Keluarga Balita. Pesertanya awalnya hanya ibu muda, karena para ayah bekerja di kebun sawit dan tambang pada siang hari.',
      'Sejak Juli kelas dipindah ke malam hari selepas isya dan dibuka dengan membaca nyaring buku cerita untuk anak, supaya anak ikut datang bersama kedua orang tuanya.',
      'Masih perlu dilengkapi: jumlah ayah yang ikut, kutipan peserta, foto kelas malam.',
    ),
    strategy: 'pelibatan_masyarakat',
    testimony: null,
    testimonyBy: null,
    activities: { subtypes: ['kelas_perempuan'], keywords: ['parenting'], most: 2 },
    pictures: [{ scene: 'kelas', sign: 'Kelas parenting' }],
    course: { status: 'draft', written: '2024-09-26T21:00' },
  },
];
