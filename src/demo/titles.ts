import type { ActivitySubtypeCode } from '#domain/subtypes';
import type { Random } from './random';

/** Where an activity happens and who governs there, as a title names them. */
export interface TitleContext {
  /** "Desa Cendil", "Kelurahan Kudai", "Kabupaten Bangka Barat". */
  place: string;
  /** Whom a village-head meeting is with: "Kepala Desa Cendil", "Lurah Kudai", or for a regency library its replication villages' heads. */
  villageHead: string;
  /** 1..12 */
  month: number;
}

type Template = string | ((c: TitleContext) => string);

/** Titles as managers write them: a base, sometimes an audience, sometimes the place. */
const bases: Record<ActivitySubtypeCode, Template[]> = {
  pelatihan_keterampilan: [
    'Pelatihan membatik cual',
    'Pelatihan pengolahan lada putih',
    'Pelatihan pembuatan kemplang',
    'Pelatihan anyaman resam',
    'Pelatihan budidaya madu kelulut',
    'Pelatihan menjahit dan tata busana',
    'Pelatihan pembuatan kue tradisional',
    'Pelatihan budidaya ikan lele dalam ember',
    'Pelatihan hidroponik sayuran',
    'Pelatihan pemasaran digital untuk UMKM',
    'Pelatihan pembuatan terasi dan rusip',
    'Pelatihan kerajinan dari sampah plastik',
    'Pelatihan pengolahan sirup jeruk kunci',
    'Pelatihan tata rias pengantin',
    'Pelatihan komputer dasar',
  ],
  sosialisasi: [
    'Sosialisasi pencegahan stunting',
    'Sosialisasi bahaya narkoba',
    'Sosialisasi layanan perpustakaan desa',
    'Sosialisasi pengelolaan sampah rumah tangga',
    'Sosialisasi literasi keuangan keluarga',
    'Sosialisasi pencegahan demam berdarah',
    'Sosialisasi keamanan bermedia sosial',
    'Sosialisasi perizinan usaha mikro (NIB)',
    'Sosialisasi pencegahan pernikahan dini',
  ],
  wisata_literasi: [
    'Wisata literasi siswa SD ke perpustakaan',
    'Kunjungan siswa PAUD ke perpustakaan',
    'Wisata literasi ke kebun lada',
    'Wisata literasi mengenal sejarah tambang timah',
    'Kunjungan literasi ke Museum Timah Indonesia',
    'Wisata literasi ke pantai dan hutan mangrove',
  ],
  storytelling: [
    'Mendongeng cerita rakyat Bangka Belitung',
    'Mendongeng bersama anak-anak',
    'Storytelling cerita Batu Belimbing',
    'Dongeng sebelum tidur bersama relawan',
    'Bercerita dengan boneka tangan',
    'Membaca nyaring buku cerita bergambar',
  ],
  kelas_perempuan: [
    'Kelas ibu-ibu PKK: pengolahan pangan lokal',
    'Kelas parenting untuk ibu muda',
    'Kelas merajut untuk kaum ibu',
    'Kelas pembukuan usaha rumahan',
    'Kelas gizi seimbang untuk ibu hamil dan menyusui',
  ],
  kelas_lansia: [
    'Senam dan membaca bersama lansia',
    'Kelas kesehatan lansia',
    'Kelas berkebun obat keluarga untuk lansia',
    'Berbagi cerita masa lalu bersama lansia',
  ],
  kelas_remaja: [
    'Kelas bahasa Inggris untuk remaja',
    'Kelas menulis kreatif remaja',
    'Kelas desain grafis dengan ponsel',
    'Kelas fotografi dan konten digital',
    'Kelas persiapan kerja bagi remaja',
    'Klub baca remaja',
  ],
  lomba_literasi: [
    (c) => (c.month === 8 ? 'Lomba literasi memeriahkan HUT RI ke-79' : 'Lomba membaca puisi'),
    'Lomba mewarnai tingkat PAUD',
    'Lomba bercerita tingkat SD',
    'Lomba menulis cerpen pelajar',
    'Lomba cerdas cermat',
    (c) => (c.month === 8 ? 'Lomba mewarnai dalam rangka 17 Agustus' : 'Lomba membaca nyaring'),
  ],
  audiensi_kepala_desa: [
    (c) => `Audiensi dengan ${c.villageHead} tentang pengembangan perpustakaan`,
    (c) => `Rapat koordinasi program TPBIS bersama ${c.villageHead}`,
    (c) => `Audiensi dengan ${c.villageHead} tentang dukungan kegiatan literasi`,
    (c) => `Pertemuan dengan ${c.villageHead} dan perangkatnya membahas kegiatan literasi`,
    'Koordinasi dengan pelaku usaha setempat untuk pemasaran produk pelatihan',
  ],
  audiensi_pemda: [
    'Audiensi dengan Dinas Perpustakaan dan Kearsipan',
    'Audiensi dengan camat tentang replikasi program TPBIS',
    'Rapat koordinasi dengan Bappeda tentang perpustakaan berbasis inklusi sosial',
    'Audiensi dengan Dinas Pemberdayaan Masyarakat dan Desa',
    'Koordinasi dengan Dinas Koperasi dan UKM',
  ],
  mou: [
    'Penandatanganan MoU dengan puskesmas',
    'Penandatanganan MoU dengan BUMDes',
    'Penandatanganan perjanjian kerja sama dengan sekolah',
    'Penandatanganan MoU dengan kelompok tani',
    'Perjanjian kerja sama dengan PKK tentang kelas keterampilan',
  ],
  alokasi_dana_desa: [
    'Pengusulan anggaran perpustakaan dalam Musrenbangdes',
    'Pembahasan alokasi dana desa untuk perpustakaan',
    'Pengajuan anggaran pengadaan buku melalui dana desa',
    'Musyawarah desa tentang anggaran kegiatan literasi',
  ],
  perdes: [
    'Penyusunan rancangan peraturan desa tentang perpustakaan',
    'Penerbitan SK kepala desa tentang pengelola perpustakaan',
    'Pembahasan peraturan tentang penyelenggaraan perpustakaan',
  ],
  layanan_internet: [
    'Pembukaan layanan internet gratis bagi masyarakat',
    'Pemasangan jaringan wifi perpustakaan',
    'Layanan komputer dan internet untuk pelajar',
  ],
  penambahan_koleksi: [
    'Penambahan koleksi buku terapan',
    'Penerimaan hibah buku bermutu',
    'Pengolahan dan penataan koleksi baru',
    'Penambahan koleksi buku anak',
  ],
  jam_layanan: [
    'Penambahan jam layanan pada hari Sabtu',
    'Perpanjangan jam layanan hingga sore hari',
    'Layanan perpustakaan pada hari Minggu',
  ],
  layanan_baru: [
    'Pembukaan pojok baca digital',
    'Peluncuran layanan perpustakaan keliling',
    'Pembukaan pojok baca di posyandu',
    'Layanan pojok literasi di kantor desa',
  ],
};

const audiences: Partial<Record<ActivitySubtypeCode, string[]>> = {
  pelatihan_keterampilan: ['bagi ibu-ibu PKK', 'bagi pemuda karang taruna', 'bagi pelaku UMKM', 'bagi kelompok nelayan'],
  sosialisasi: ['bagi orang tua', 'bagi pelajar', 'bersama puskesmas', 'bersama bhabinkamtibmas'],
  storytelling: ['untuk anak PAUD', 'untuk siswa SD', 'di posyandu'],
  kelas_remaja: ['bersama karang taruna', 'angkatan kedua'],
  lomba_literasi: ['antar-RT', 'tingkat desa'],
};

function render(template: Template, context: TitleContext): string {
  return typeof template === 'string' ? template : template(context);
}

export function titleFor(subtype: ActivitySubtypeCode, context: TitleContext, random: Random): string {
  let title = render(random.pick(bases[subtype]), context);
  const audience = audiences[subtype];
  if (audience && random.chance(0.4)) title += ` ${random.pick(audience)}`;
  if (random.chance(0.3)) title += ` di ${context.place}`;
  return title;
}

/** One line of description, as a manager would add under the title. */
export function descriptionFor(partnerName: string, participants: number, random: Random): string {
  const opening = random.pick(['Kegiatan dilaksanakan oleh', 'Diselenggarakan oleh', 'Kegiatan rutin']);
  const joined = participants > 0 ? `, diikuti ${participants} peserta` : '';
  return `${opening} ${partnerName}${joined}.`;
}
