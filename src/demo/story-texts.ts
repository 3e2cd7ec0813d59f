import type { StoryText } from './story-kinds';

// Good-practice stories of seven of the twelve champions, published before the gathering of
// 28 September 2024; four of them featured by the provincial office and shared at the gathering.
// Written for this demo: the people quoted are invented, the places and crafts are Babel's own.

const paragraphs = (...parts: string[]) => parts.join('\n\n');

export const publishedStories: StoryText[] = [
  {
    key: 'cendil-menjahit',
    villageCode: '19.06.04.2003',
    title: 'Dari Kelas Menjahit Perpusdes Cendil, Ibu-ibu Menerima Pesanan Seragam Sekolah',
    summary:
      'Kelas menjahit yang berawal dari buku pola busana di rak perpustakaan kini menghasilkan pesanan seragam SD dan baju kurung untuk hajatan. Sembilan ibu rumah tangga di Desa Cendil mendapat penghasilan tambahan tanpa meninggalkan rumah.',
    story: paragraphs(
      'Awal 2024, beberapa ibu PKK Desa Cendil sering meminjam buku pola jahit dan majalah busana dari perpustakaan. Pengelola lalu bertanya: bagaimana kalau kita belajar bersama? Perpustakaan meminjam dua mesin jahit milik PKK dan mengundang Bu Rosmiati, penjahit yang sudah dua puluh tahun membuka usaha di Kelapa Kampit, sebagai narasumber.',
      'Kelas berlangsung setiap Sabtu siang di ruang baca. Peserta belajar membaca pola dari buku, mengukur badan, memotong kain, lalu menjahit. Setiap pertemuan ditutup dengan membaca bersama satu bab buku usaha rumahan, misalnya cara menghitung harga jual dan mencatat pesanan.',
      'Setelah empat bulan, peserta memberanikan diri menerima pesanan kecil: sarung bantal, taplak, lalu seragam olahraga murid SD di desa. Menjelang tahun ajaran baru mereka menyelesaikan 64 stel seragam. Pemerintah desa ikut membantu dengan menambah satu mesin jahit dari dana desa pada bulan Juli.',
      'Yang berubah bukan hanya penghasilan. Ibu-ibu yang dulu jarang ke perpustakaan kini datang bersama anak-anak mereka; sambil menunggu ibunya menjahit, anak-anak membaca di pojok anak. Kelompok juga mulai memegang buku kas dan catatan pesanan sendiri, dibuat dari contoh di buku pembukuan sederhana koleksi perpustakaan.',
    ),
    strategy: 'pelibatan_masyarakat',
    testimony:
      'Dulu saya cuma bisa memasang kancing. Sekarang saya bisa membuat seragam anak sendiri dan menerima pesanan tetangga. Hasilnya lumayan untuk uang jajan sekolah anak-anak.',
    testimonyBy: 'Ibu Sulastri, peserta kelas menjahit Desa Cendil',
    activities: { subtypes: ['pelatihan_keterampilan', 'kelas_perempuan'], keywords: ['menjahit', 'pembukuan'], most: 3 },
    pictures: [{ scene: 'kelas', sign: 'Kelas menjahit dan tata busana' }, { scene: 'halaman' }],
    course: {
      status: 'published',
      written: '2024-08-12T19:30',
      submitted: '2024-08-13T08:15',
      published: '2024-08-16T10:00',
      by: 'runi',
      featured: '2024-09-20T09:00',
    },
    comments: [
      {
        at: '2024-09-21T13:10',
        by: 'karolina',
        text: 'Cerita yang kuat. Pada gathering nanti mohon disampaikan juga cara kelompok menghitung harga jual seragam, karena banyak mitra yang menanyakannya.',
      },
    ],
  },
  {
    key: 'sempan-lada',
    villageCode: '19.01.05.2004',
    title: 'Lada Putih Sempan Naik Kelas: Dikemas, Diberi Label, Dijual Daring',
    summary:
      'Petani lada di Desa Sempan biasa menjual lada putih curah ke pengepul dengan harga yang ditentukan pembeli. Lewat pelatihan pengolahan dan pemasaran digital di perpustakaan desa, kelompok wanita tani kini mengemas lada dalam bungkus 100 gram berlabel dan menjualnya lewat media sosial.',
    story: paragraphs(
      'Desa Sempan di Kecamatan Pemali dikelilingi kebun lada. Setiap panen, lada putih dijual curah ke pengepul dan harganya naik turun tanpa bisa ditawar. Di perpustakaan desa sebenarnya tersedia buku tentang pascapanen lada dan pemasaran, tetapi jarang dibaca.',
      'Pengelola perpustakaan mengajak Kelompok Wanita Tani Mawar membaca dan mempraktikkan isi buku itu. Pelatihan pertama membahas perendaman, penjemuran dan sortasi agar lada putih bersih dan kering merata. Pelatihan berikutnya membahas kemasan: plastik tebal yang bisa ditutup rapat dan label berisi nama kelompok, berat serta tanggal kemas. Label didesain bersama di komputer perpustakaan.',
      'Pemuda karang taruna lalu mengajari ibu-ibu memotret produk dengan ponsel dan membuka akun penjualan di media sosial. Perpustakaan menyediakan sudut foto sederhana dan wifi untuk mengunggah.',
      'Sejak Juni kelompok telah menjual sekitar 40 kilogram lada dalam kemasan 100 gram, dengan harga per kilogram jauh di atas harga curah. Pembeli datang dari Pangkalpinang, Palembang dan Jakarta. Pemerintah desa kini menjadikan lada kemasan Sempan sebagai cendera mata resmi pada acara desa.',
    ),
    strategy: 'pelibatan_masyarakat',
    testimony:
      'Dulu kami tidak pernah tahu lada kami dijual orang kota dengan harga berapa. Sekarang kami yang menentukan harganya sendiri, dan pesanan datang lewat ponsel.',
    testimonyBy: 'Ibu Marlina, Ketua KWT Mawar Desa Sempan',
    activities: { subtypes: ['pelatihan_keterampilan'], keywords: ['lada putih', 'pemasaran digital'], most: 3 },
    pictures: [
      { scene: 'kebun_lada', sign: 'Kebun lada KWT Mawar' },
      { scene: 'kelas', sign: 'Sortasi dan pengemasan lada putih' },
      { scene: 'kelas', sign: 'Pemasaran digital lada putih' },
    ],
    course: {
      status: 'published',
      written: '2024-08-26T20:00',
      submitted: '2024-08-26T20:40',
      published: '2024-08-29T09:30',
      by: 'runi',
      featured: '2024-09-20T09:05',
    },
  },
  {
    key: 'air-belo-cual',
    villageCode: '19.05.01.2005',
    title: 'Motif Cual di Meja Baca: Ibu-ibu Air Belo Belajar Membatik',
    summary:
      'Berawal dari buku tentang kain cual Bangka di rak muatan lokal, Perpusdes Air Belo mengadakan pelatihan membatik motif cual. Peserta kini membuat selendang dan taplak bermotif cual yang dipesan untuk seragam kader desa.',
    story: paragraphs(
      'Kain cual adalah kain tradisional Bangka dengan motif bunga dan burung yang dahulu ditenun di Muntok. Perpusdes Air Belo memiliki beberapa buku dan foto lama tentang cual. Ketika ditunjukkan pada pertemuan PKK, banyak ibu yang baru tahu bahwa kain itu berasal dari daerah mereka sendiri.',
      'Menenun cual membutuhkan alat dan waktu yang panjang, maka perpustakaan memilih jalan yang lebih terjangkau: membatik motif cual di atas kain katun. Narasumber dari sanggar batik di Mentok melatih cara menyalin motif dari buku ke kain, mencanting dan mewarnai. Perpustakaan meminjamkan buku motif kepada peserta untuk berlatih di rumah.',
      'Dalam tiga kali pelatihan, dua belas peserta menghasilkan selendang dan taplak. Karya mereka dipamerkan di perpustakaan pada peringatan HUT RI dan dipesan pemerintah desa untuk seragam kader posyandu. Kini kelompok membatik bertemu setiap Kamis di perpustakaan, dan buku tentang budaya Bangka menjadi koleksi yang paling sering dipinjam.',
    ),
    strategy: 'pelibatan_masyarakat',
    testimony:
      'Motif cual ini dulu cuma saya lihat di baju pengantin. Sekarang saya bisa menggambarnya sendiri, dan anak saya bangga memakai selendang buatan ibunya.',
    testimonyBy: 'Ibu Nurhayati, peserta pelatihan membatik Desa Air Belo',
    activities: { subtypes: ['pelatihan_keterampilan', 'kelas_perempuan'], keywords: ['cual', 'membatik'], most: 2 },
    pictures: [{ scene: 'kelas', sign: 'Pelatihan membatik motif cual' }],
    course: {
      status: 'published',
      written: '2024-09-02T16:00',
      submitted: '2024-09-03T07:50',
      published: '2024-09-05T11:20',
      by: 'yulianti',
    },
  },
  {
    key: 'belo-laut-apbdes',
    villageCode: '19.05.01.2006',
    title: 'Perpustakaan Masuk APBDes: Cara Belo Laut Meyakinkan Musyawarah Desa',
    summary:
      'Dengan membawa data kegiatan dan daftar hadir dari SIM, pengelola Perpusdes Belo Laut meyakinkan pemerintah desa dan BPD untuk menganggarkan Rp 25 juta bagi perpustakaan dalam APBDes 2024, sekaligus menerbitkan SK pengelola.',
    story: paragraphs(
      'Sampai 2023 Perpusdes Belo Laut berjalan dengan buku bantuan dan tenaga sukarela. Setiap kali mengusulkan anggaran, pengelola hanya membawa daftar kebutuhan, dan usulan itu selalu kalah oleh pembangunan jalan dan drainase.',
      'Tahun ini pengelola mengubah cara. Sebelum Musrenbangdes ia mencetak rekap kegiatan dari SIM: jumlah kegiatan pelibatan masyarakat, jumlah peserta laki-laki dan perempuan, serta foto kelas ibu-ibu nelayan dan anak-anak yang mendongeng. Data itu dibawa saat audiensi dengan Kepala Desa dan dipaparkan di depan BPD.',
      'Yang membuat forum tertarik adalah angka peserta: lebih dari separuh peserta kelas keterampilan adalah istri nelayan yang kini mengolah hasil tangkapan menjadi kerupuk dan terasi. Pemerintah desa melihat perpustakaan bukan sekadar tempat buku, tetapi tempat warga belajar mencari penghasilan.',
      'Musyawarah desa menyetujui alokasi Rp 25 juta untuk pengadaan buku, kegiatan literasi dan honor dua relawan. Kepala Desa juga menerbitkan SK pengelola perpustakaan, sehingga pengelola dapat mewakili desa dalam kegiatan kabupaten. Pengelola perpustakaan desa lain di Mentok kini meminta contoh bahan paparannya.',
    ),
    strategy: 'advokasi',
    testimony:
      'Selama ini kami mengira perpustakaan hanya untuk anak sekolah. Setelah melihat datanya, kami sepakat perpustakaan layak dianggarkan karena manfaatnya dirasakan ibu-ibu nelayan.',
    testimonyBy: 'Bapak Suhardi, Ketua BPD Desa Belo Laut',
    activities: {
      subtypes: ['alokasi_dana_desa', 'perdes', 'audiensi_kepala_desa'],
      keywords: ['alokasi dana desa', 'Musrenbangdes', 'anggaran', 'peraturan'],
      most: 3,
    },
    pictures: [{ scene: 'kelas', sign: 'Musyawarah desa: anggaran perpustakaan' }, { scene: 'pesisir' }],
    course: {
      status: 'published',
      written: '2024-09-09T19:00',
      submitted: '2024-09-09T19:25',
      published: '2024-09-11T08:40',
      by: 'yulianti',
      featured: '2024-09-20T09:10',
    },
    comments: [
      {
        at: '2024-09-13T10:05',
        by: 'karolina',
        text: 'Mohon bahan paparan Musdes-nya dibagikan ke grup pengelola. Ini akan kami angkat sebagai contoh advokasi berbasis data pada gathering 28 September.',
      },
      { at: '2024-09-13T16:30', by: 'pengelola', text: 'Baik Bu, sudah kami kirim ke grup WhatsApp pengelola Bangka Barat sore ini.' },
    ],
  },
  {
    key: 'rambat-posyandu',
    villageCode: '19.05.02.2007',
    title: 'Dongeng di Posyandu: Ibu Datang Menimbang, Anak Pulang Membawa Buku',
    summary:
      'Perpusdes Rambat membuka lapak baca dan mendongeng setiap jadwal posyandu. Sambil menunggu giliran menimbang, balita dan ibunya membaca bersama, dan kader kesehatan memakai buku bergambar untuk menjelaskan gizi seimbang.',
    story: paragraphs(
      'Setiap tanggal 10, posyandu Desa Rambat ramai oleh ibu dan balita. Antrean menimbang bisa memakan waktu satu jam, dan anak-anak biasanya rewel. Pengelola perpustakaan melihat waktu tunggu itu sebagai kesempatan.',
      'Sejak Februari, perpustakaan membawa dua keranjang buku cerita bergambar dan tikar ke posyandu. Relawan mendongeng dengan boneka tangan, sementara ibu-ibu boleh meminjam buku untuk dibaca di rumah dan mengembalikannya pada posyandu berikutnya. Bidan desa dan kader ikut memakai buku tentang makanan bergizi untuk menjelaskan isi piringku dan pentingnya protein dari ikan.',
      'Dalam enam bulan lapak baca ini meminjamkan lebih dari 300 buku. Kader mencatat kunjungan posyandu naik karena anak-anak sendiri yang mengajak ibunya datang. Pemerintah desa kemudian memasukkan kegiatan mendongeng ke dalam kegiatan pencegahan stunting desa, sehingga pengadaan buku anak dapat dibiayai bersama.',
    ),
    strategy: 'pelibatan_masyarakat',
    testimony:
      'Anak saya sekarang yang mengingatkan jadwal posyandu, karena mau mendengar dongeng. Buku resep MPASI yang saya pinjam juga sangat membantu.',
    testimonyBy: 'Ibu Yuniarti, ibu balita di Desa Rambat',
    activities: { subtypes: ['storytelling', 'sosialisasi', 'kelas_perempuan'], keywords: ['posyandu', 'stunting', 'gizi'], most: 3 },
    pictures: [
      { scene: 'halaman', sign: 'Lapak baca posyandu' },
      { scene: 'kelas', sign: 'Kelas gizi seimbang ibu dan balita' },
    ],
    course: {
      status: 'published',
      written: '2024-08-20T14:00',
      submitted: '2024-08-21T09:00',
      published: '2024-08-23T13:15',
      by: 'yulianti',
    },
  },
  {
    key: 'ketap-konten',
    villageCode: '19.05.03.2009',
    title: 'Klub Konten Remaja Ketap: Ponsel untuk Mengenalkan Desa',
    summary:
      'Remaja Desa Ketap belajar fotografi, desain grafis dan menulis keterangan foto di perpustakaan. Hasilnya dipakai untuk mempromosikan lada, madu dan kerupuk buatan warga serta kegiatan desa di media sosial.',
    story: paragraphs(
      'Banyak remaja di Desa Ketap sudah memiliki ponsel, tetapi ponsel lebih banyak dipakai untuk bermain gim. Pengelola perpustakaan mengajak mereka memakai ponsel untuk sesuatu yang berguna bagi desa: membuat konten.',
      'Kelas remaja dimulai dengan membaca buku fotografi dan jurnalistik dari koleksi perpustakaan, lalu praktik memotret produk warga di rumah produksi kerupuk dan kebun lada. Pertemuan berikutnya membahas desain grafis dengan aplikasi gratis di ponsel, menulis keterangan foto yang jujur dan menarik, serta etika mengunggah foto orang lain. Wifi perpustakaan membuat remaja tidak perlu membeli kuota untuk mengunggah.',
      'Kini ada dua belas anggota Klub Konten yang bergiliran mengisi akun media sosial desa. Foto mereka dipakai pelaku UMKM untuk menjual produk, dan dua anggota mendapat pesanan desain spanduk acara kecamatan. Remaja yang dulu hanya nongkrong di warung kini punya alasan datang ke perpustakaan setiap Jumat sore.',
    ),
    strategy: 'pelibatan_masyarakat',
    testimony:
      'Saya tidak menyangka foto kerupuk buatan ibu saya dilihat orang sampai ke luar Bangka. Sekarang saya juga dibayar untuk membuat desain spanduk.',
    testimonyBy: 'Rizky, 17 tahun, anggota Klub Konten Ketap',
    activities: {
      subtypes: ['kelas_remaja', 'layanan_internet', 'pelatihan_keterampilan'],
      keywords: ['konten', 'fotografi', 'desain grafis', 'internet', 'pemasaran digital'],
      most: 3,
    },
    pictures: [{ scene: 'kelas', sign: 'Kelas fotografi dan konten digital' }],
    course: {
      status: 'published',
      written: '2024-09-13T15:30',
      submitted: '2024-09-14T08:00',
      published: '2024-09-17T10:45',
      by: 'yulianti',
    },
  },
  {
    key: 'puput-cerita',
    villageCode: '19.05.06.2005',
    title: 'Lansia Bercerita, Anak Mendengar: Cerita Rakyat Hidup Lagi di Perpusdes Puput',
    summary:
      'Setiap Minggu sore para lansia Desa Puput menceritakan kisah masa kecil dan cerita rakyat Bangka kepada anak-anak di perpustakaan. Cerita itu ditulis ulang oleh remaja dan dijilid menjadi buku kecil koleksi perpustakaan.',
    story: paragraphs(
      'Perpusdes Puput sudah lama mengadakan senam dan kelas kesehatan lansia. Dari obrolan setelah senam, pengelola menyadari bahwa para lansia menyimpan banyak cerita: kisah Batu Belimbing, masa kejayaan timah, kampung lama sebelum jalan diaspal, dan permainan anak zaman dulu.',
      'Pengelola lalu membuat kegiatan Berbagi Cerita Masa Lalu. Setiap Minggu sore seorang lansia bercerita kepada anak-anak SD dan PAUD di ruang baca, didampingi relawan yang membantu anak-anak bertanya. Anak-anak menggambar bagian cerita yang paling mereka sukai.',
      'Remaja karang taruna merekam cerita dengan ponsel, menuliskannya, dan bersama pengelola menyusunnya menjadi buku kecil bergambar karya anak-anak. Sampai September terkumpul sebelas cerita; tiga di antaranya sudah dijilid dan menjadi koleksi yang paling sering dipinjam.',
      'Kegiatan ini mempertemukan tiga generasi. Lansia merasa dihargai, anak-anak mengenal sejarah kampungnya, dan remaja belajar menulis. Sekolah dasar di desa kini memakai buku cerita karya warga itu dalam pelajaran muatan lokal.',
    ),
    strategy: 'pelibatan_masyarakat',
    testimony:
      'Dulu cerita ini hanya saya ceritakan kepada cucu sendiri. Sekarang anak-anak satu kampung mendengarnya, dan cerita saya menjadi buku di perpustakaan.',
    testimonyBy: 'Atok Hasan, 72 tahun, pencerita di Perpusdes Puput',
    activities: { subtypes: ['kelas_lansia', 'storytelling'], keywords: ['cerita masa lalu', 'cerita rakyat', 'Batu Belimbing'], most: 3 },
    pictures: [
      { scene: 'kelas', sign: 'Mendongeng cerita rakyat Bangka' },
      { scene: 'halaman' },
      { scene: 'kelas', sign: 'Berbagi cerita masa lalu' },
    ],
    course: {
      status: 'published',
      written: '2024-09-03T20:15',
      submitted: '2024-09-04T07:30',
      published: '2024-09-06T09:20',
      by: 'yulianti',
      featured: '2024-09-20T09:15',
    },
  },
];
