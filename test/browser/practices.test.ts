import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { pdfPages } from '../pdf';
import { logIn, openPage, screenshotDir, serverAndBrowser } from './harness';

const env = serverAndBrowser();

const phone = { width: 360, height: 740 };

/** A word no demo story has, so a search for it finds ours alone. */
const token = `tenun${Date.now().toString(36)}`;
const title = `Kelas menenun ${token} yang membuka usaha ibu-ibu`;

/** A real photo, as a phone's camera would hand it over. */
const photo = () =>
  sharp({ create: { width: 1200, height: 900, channels: 3, background: { r: 60, g: 130, b: 170 } } })
    .jpeg({ quality: 85 })
    .toBuffer();

async function fitsThePhone(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(screenshotDir, `practices-${name}.png`), fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
}

async function signedIn(page: Page, username: string): Promise<void> {
  await logIn(page, username);
  await page.getByRole('heading', { name: /^Selamat datang/ }).waitFor();
}

/** The gallery searched for a word, as anyone would: filters, a word, Terapkan. */
async function searchGallery(page: Page, word: string, { featured = false } = {}): Promise<void> {
  await page.goto('/praktik-baik');
  await page.getByRole('heading', { name: 'Praktik baik', level: 1 }).waitFor();
  const search = page.getByRole('searchbox', { name: 'Cari kisah' });
  // Folded away on a phone until opened.
  if (!(await search.isVisible())) await page.getByText('Filter', { exact: true }).click();
  await search.fill(word);
  if (featured) await page.getByLabel('Hanya kisah unggulan').check();
  await page.getByRole('button', { name: 'Terapkan' }).click();
  await page.waitForURL((url) => url.searchParams.get('q') === word && (url.searchParams.get('featured') === '1') === featured);
}

const gallery = (page: Page) => page.getByRole('list', { name: 'Kisah praktik baik' });

describe('good-practice stories', () => {
  it('go from a manager’s phone through review to the whole country’s gallery, featured and in the booklet', async () => {
    const manager = await openPage(env.browser, env.url, phone);
    const reviewer = await openPage(env.browser, env.url);
    const m = manager.page;
    const f = reviewer.page;

    // The manager of Perpusdes Puput writes a story on a phone, from the menu.
    await signedIn(m, 'puput');
    await m.getByRole('button', { name: 'Menu' }).click();
    await m.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Praktik baik' }).click();
    await m.getByRole('heading', { name: 'Praktik baik', level: 1 }).waitFor();
    await m.getByRole('link', { name: 'Tulis praktik baik' }).click();
    await m.getByRole('heading', { name: 'Tulis praktik baik', level: 1 }).waitFor();
    await m.getByText(/^Perpustakaan: /).waitFor();

    // Mistakes are named per field, in Indonesian, before anything is sent.
    await m.getByRole('button', { name: 'Kirim untuk ditinjau' }).click();
    const problems = m.getByRole('alert').filter({ hasText: 'Periksa isian berikut:' });
    await problems.getByText('Judul: Terlalu pendek: minimal 3 karakter.').waitFor();
    await problems.getByText('Ringkasan: Terlalu pendek: minimal 10 karakter.').waitFor();
    await problems.getByText('Kisah: Terlalu pendek: minimal 30 karakter.').waitFor();

    await m.getByLabel('Judul').fill(title);
    await m.getByLabel('Ringkasan').fill('Dua belas ibu belajar menenun di perpustakaan desa; kini lima menerima pesanan.');
    await m
      .getByLabel('Kisah', { exact: true })
      .fill(
        'Dulu ibu-ibu Puput menunggu musim timah. Perpustakaan desa mengundang penenun dari Parittiga, meminjamkan buku pola, ' +
          'dan membuka kelas dua kali seminggu. Sekarang hasil tenun dijual di pasar desa dan lewat ponsel.',
      );
    await m.getByLabel('Strategi').selectOption({ label: 'Pelibatan masyarakat' });
    await m.getByLabel(/^Testimoni/).fill('Saya bisa membantu biaya sekolah anak dari hasil tenun.');
    await m.getByLabel('Yang memberi testimoni').fill('Ibu Sari, peserta kelas menenun');
    // One of the library's own activities, ticked from its reports.
    const chooser = m.getByRole('group', { name: /^Kegiatan yang diceritakan/ });
    const firstActivity = chooser.getByRole('checkbox').first();
    await firstActivity.check();
    await chooser.getByRole('list', { name: 'Kegiatan terpilih (1)' }).waitFor();
    await m.getByText('0 dari paling banyak 5 foto', { exact: false }).waitFor();
    await m.getByLabel('Ambil foto').setInputFiles({ name: 'tenun.jpg', mimeType: 'image/jpeg', buffer: await photo() });
    await m.getByRole('img', { name: 'Foto 1' }).waitFor();
    await m.getByText('1 dari paling banyak 5 foto', { exact: false }).waitFor();
    await fitsThePhone(m, 'form');
    await m.getByRole('button', { name: 'Kirim untuk ditinjau' }).click();

    await m.getByRole('heading', { name: title, level: 1 }).waitFor();
    await m.getByText('Kisah terkirim dan menunggu tinjauan.').waitFor();
    await m.locator('.activity-head').getByText('Menunggu tinjauan').waitFor();
    await m.getByRole('img', { name: `Foto 1 dari “${title}”` }).waitFor();
    await m.getByRole('region', { name: 'Kegiatan yang diceritakan (1)' }).waitFor();
    await m.getByText('— Ibu Sari, peserta kelas menenun').waitFor();
    await fitsThePhone(m, 'submitted');

    // The facilitator of Bangka Barat finds it waiting for review and returns it with what to change.
    await signedIn(f, 'yulianti');
    await f.goto('/praktik-baik');
    await f.getByRole('link', { name: 'Menunggu tinjauan' }).click();
    await gallery(f).getByRole('link', { name: title }).click();
    await f.getByRole('heading', { name: title, level: 1 }).waitFor();
    await f.getByRole('button', { name: 'Kembalikan', exact: true }).click();
    await f.getByRole('button', { name: 'Kembalikan ke penulis' }).click();
    await f.getByText('Apa yang perlu diperbaiki?').waitFor();
    await f.locator('#practice-return-text-error').getByText('Wajib diisi.').waitFor();
    await f.getByLabel('Apa yang perlu diperbaiki?').fill('Sebutkan berapa ibu yang kini menerima pesanan, dan sejak kapan.');
    await f.getByRole('button', { name: 'Kembalikan ke penulis' }).click();
    await f.getByText('Kisah dikembalikan ke penulisnya.').waitFor();

    // The manager reads why on the story, fixes it and sends it again.
    await m.reload();
    const returned = m.getByRole('note').filter({ hasText: 'Dikembalikan oleh peninjau:' });
    await returned.getByText('Sebutkan berapa ibu yang kini menerima pesanan, dan sejak kapan.').waitFor();
    await returned.getByText(/oleh Yulianti/).waitFor();
    await fitsThePhone(m, 'returned');
    await m.getByRole('link', { name: 'Ubah', exact: true }).click();
    await m.getByRole('heading', { name: 'Ubah kisah praktik baik', level: 1 }).waitFor();
    await m.getByText('Sebutkan berapa ibu yang kini menerima pesanan, dan sejak kapan.').waitFor();
    await m.getByRole('img', { name: 'Foto 1' }).waitFor();
    await m.getByLabel('Ringkasan').fill('Dua belas ibu belajar menenun sejak Maret 2024; kini lima menerima pesanan.');
    await m.getByLabel('Catatan untuk pemeriksa').fill('Sudah saya tambahkan jumlah dan bulannya.');
    await m.getByRole('button', { name: 'Kirim untuk ditinjau' }).click();
    await m.getByText('Kisah terkirim dan menunggu tinjauan.').waitFor();
    const thread = m.getByRole('region', { name: 'Percakapan' });
    await thread.getByText('Sudah saya tambahkan jumlah dan bulannya.').waitFor();

    // The facilitator publishes it.
    await f.reload();
    await f.getByRole('button', { name: 'Terbitkan' }).click();
    await f.getByText('Kisah sudah terbit dan dapat dibaca di seluruh Indonesia.').waitFor();
    await f.locator('.activity-head').getByText('Terbit').waitFor();
    expect(await f.getByRole('region', { name: 'Riwayat' }).locator('.timeline__what strong').allTextContents()).toEqual([
      'Dibuat',
      'Foto ditambahkan',
      'Dikirim untuk ditinjau',
      'Dikembalikan',
      'Diubah',
      'Dikirim untuk ditinjau',
      'Diterbitkan',
    ]);

    // The library's own page lists it among its published stories.
    await m.goto('/');
    await m.getByRole('button', { name: 'Menu' }).click();
    await m.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Perpustakaan saya' }).click();
    await m.getByRole('region', { name: 'Praktik baik' }).getByRole('link', { name: title }).waitFor();
    // And so does its rapor.
    await m.getByRole('link', { name: 'Lihat rapor' }).click();
    await m.getByRole('heading', { name: /^Rapor /, level: 1 }).waitFor();
    await m.getByRole('region', { name: 'Praktik baik' }).getByRole('link', { name: title }).waitFor();

    // A library manager in another regency finds it in the gallery by a word of its title, on a phone.
    const other = await openPage(env.browser, env.url, phone);
    await signedIn(other.page, 'cendil');
    await searchGallery(other.page, token);
    await other.page.getByText('1 kisah cocok dengan filter', { exact: true }).waitFor();
    const card = gallery(other.page).getByRole('article', { name: title });
    await card.getByText('Perpusdes Puput').waitFor();
    await card.getByText(/Kabupaten Bangka Barat, Kepulauan Bangka Belitung/).waitFor();
    await card.getByRole('img', { name: `Foto sampul “${title}”` }).waitFor();
    await fitsThePhone(other.page, 'gallery');
    await card.getByRole('link', { name: title }).click();
    await other.page.getByRole('heading', { name: title, level: 1 }).waitFor();
    // A reader from elsewhere may read it, not act on it; its library's page is not theirs to open.
    expect(await other.page.getByRole('region', { name: 'Tindakan' }).count()).toBe(0);
    expect(await other.page.getByRole('link', { name: 'Perpusdes Puput' }).count()).toBe(0);
    await fitsThePhone(other.page, 'story');

    // Not featured yet: the featured filter leaves it out.
    await searchGallery(other.page, token, { featured: true });
    await other.page.getByText('0 kisah cocok dengan filter', { exact: true }).waitFor();

    // The provincial admin features it; now the featured filter finds it, marked.
    const admin = await openPage(env.browser, env.url);
    const a = admin.page;
    await signedIn(a, 'babel');
    await searchGallery(a, token);
    await gallery(a).getByRole('link', { name: title }).click();
    await a.getByRole('button', { name: 'Jadikan unggulan' }).click();
    await a.getByText('Kisah ini sekarang unggulan.').waitFor();
    await a.getByRole('button', { name: 'Hapus dari unggulan' }).waitFor();

    await searchGallery(other.page, token, { featured: true });
    await other.page.getByText('1 kisah cocok dengan filter', { exact: true }).waitFor();
    await gallery(other.page).getByRole('article', { name: title }).getByText('Unggulan', { exact: true }).waitFor();

    // Staff print the booklet of the stories chosen on their cards.
    await searchGallery(a, token, { featured: true });
    await a.getByRole('checkbox', { name: `Masukkan “${title}” ke buku kisah` }).check();
    const booklet = a.getByRole('region', { name: 'Buku kisah (PDF)' });
    await booklet.getByText('1 kisah dipilih, dicetak menurut urutan ini:').waitFor();
    const [file] = await Promise.all([a.waitForEvent('download'), booklet.getByRole('link', { name: 'Unduh buku kisah (PDF)' }).click()]);
    expect(file.suggestedFilename()).toMatch(/^kisah-praktik-baik-.*\.pdf$/);
    const pages = pdfPages(readFileSync(await file.path()));
    expect(pages.some((page) => page.includes(token) && page.includes('Perpusdes Puput'))).toBe(true);
    await a.screenshot({ path: join(screenshotDir, 'practices-booklet.png'), fullPage: true });

    for (const session of [manager, reviewer, other, admin]) await session.context.close();
  });

  it('keeps a draft with its library: another library’s manager and a consultant cannot open it', async () => {
    const manager = await openPage(env.browser, env.url, phone);
    const m = manager.page;
    await signedIn(m, 'puput');
    await m.goto('/praktik-baik/baru');
    await m.getByLabel('Judul').fill(`Draf pojok baca ${token}`);
    await m.getByLabel('Ringkasan').fill('Pojok baca di warung kopi desa, dibuka tiap sore.');
    await m
      .getByLabel('Kisah', { exact: true })
      .fill('Perpustakaan menitipkan dua rak buku di warung kopi dan menggilir bukunya setiap bulan.');
    await m.getByRole('button', { name: 'Simpan draf' }).click();
    await m.getByText('Draf kisah tersimpan.').waitFor();
    const address = new URL(m.url()).pathname;
    await m.goto('/praktik-baik?status=draft');
    await gallery(m)
      .getByRole('link', { name: `Draf pojok baca ${token}` })
      .waitFor();

    for (const username of ['cendil', 'karolina']) {
      const reader = await openPage(env.browser, env.url);
      await signedIn(reader.page, username);
      await reader.page.goto(address);
      await reader.page.getByText('Kisah ini tidak ada, atau belum terbit dan di luar cakupan Anda.').waitFor();
      await searchGallery(reader.page, token);
      expect(await reader.page.getByRole('link', { name: `Draf pojok baca ${token}` }).count()).toBe(0);
      await reader.context.close();
    }
    await manager.context.close();
  });

  it('lets a provincial admin write for a library picked by name, from that library’s activities only, and delete the draft', async () => {
    const { page, context } = await openPage(env.browser, env.url);
    await signedIn(page, 'babel');
    await page.goto('/praktik-baik/baru');
    await page.getByRole('heading', { name: 'Tulis praktik baik', level: 1 }).waitFor();
    const chooser = page.getByRole('group', { name: /^Kegiatan yang diceritakan/ });
    await chooser.getByText('Pilih perpustakaan lebih dulu; kegiatannya muncul di sini.').waitFor();
    await page.getByRole('combobox', { name: 'Mitra' }).fill('Cendil');
    await page.getByRole('option', { name: /Perpusdes Cendil/ }).click();
    await page.getByText(/^Terpilih: Perpusdes Cendil/).waitFor();
    await chooser.getByRole('checkbox').first().check();
    const draft = `Perpustakaan keliling ${token}`;
    await page.getByLabel('Judul').fill(draft);
    await page.getByLabel('Ringkasan').fill('Motor pustaka berkeliling ke tiga dusun setiap Sabtu.');
    await page
      .getByLabel('Kisah', { exact: true })
      .fill('Pengelola membawa dua kotak buku dengan motor ke dusun yang jauh dari balai desa.');
    await page.getByRole('button', { name: 'Simpan draf' }).click();
    await page.getByText('Draf kisah tersimpan.').waitFor();
    await page.getByRole('link', { name: 'Perpusdes Cendil' }).waitFor();
    // The activity linked is the library's own.
    await page.getByRole('region', { name: 'Kegiatan yang diceritakan (1)' }).getByRole('link').click();
    await page.waitForURL(/\/kegiatan\/\d+$/);
    await page.getByRole('region', { name: 'Riwayat' }).waitFor();
    await page.locator('.activity-facts').getByRole('link', { name: 'Perpusdes Cendil' }).waitFor();
    await page.goBack();

    await page.getByRole('button', { name: 'Hapus' }).click();
    await page.getByRole('button', { name: 'Ya, hapus' }).click();
    await page.getByText(`“${draft}” sudah dihapus.`).waitFor();
    await page.getByRole('heading', { name: 'Praktik baik', level: 1 }).waitFor();
    await context.close();
  });
});
